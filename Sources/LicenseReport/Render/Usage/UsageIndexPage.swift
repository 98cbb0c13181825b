/// The view model of `usage/index.html` / `.md` (`usage-index.mustache`): the usage months, newest
/// first, with their totals and links to each month's four files.
struct UsageIndexPage {
    /// One usage month.
    struct Month {
        var month: String
        var monthName: String
        var invoiceMonth: String
        var total: String
        var html: String
        var markdown: String
        var csv: String
        var json: String
    }

    var title: String
    var customer: String
    var serialNr: String
    var currency: String
    /// The site's header and navigation (root "../"); the index is only written inside a full site.
    var chrome: PageChrome?
    var months: [Month]
    var hasMonths: Bool
    /// One chart per metered service, months oldest to newest (the status page's charts).
    var meteredCharts: [MeteredChart]
    var hasMeteredCharts: Bool

    /// Builds the index of the report's usage months, with the site's `chrome`.
    init(_ report: Report, chrome: PageChrome? = nil) {
        self.chrome = chrome
        title = DisplayText.words("title_usage_index")
        customer = report.customer.companyName
        serialNr = report.customer.serialNr
        currency = report.usageMonths.last?.currency.code ?? ""
        months = report.usageMonths.reversed().map { month in
            let stem = UsageReportRenderer.stem(of: month)
            return Month(month: month.month.description, monthName: DisplayText.monthName(month.month),
                         invoiceMonth: DisplayText.monthName(month.invoiceMonth),
                         total: DisplayText.money(month.total, month.currency),
                         html: stem + ".html", markdown: stem + ".md", csv: stem + ".csv", json: stem + ".json")
        }
        hasMonths = !months.isEmpty
        meteredCharts = report.meteredSeries.compactMap(MeteredChart.init)
        hasMeteredCharts = !meteredCharts.isEmpty
    }
}

extension UsageIndexPage: MustacheViewModel {
    /// The stored properties of `UsageIndexPage`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "customer": \.customer, "serialNr": \.serialNr, "currency": \.currency, "chrome": \.chrome,
        "months": \.months, "hasMonths": \.hasMonths, "meteredCharts": \.meteredCharts,
        "hasMeteredCharts": \.hasMeteredCharts,
    ]
}

extension UsageIndexPage.Month: MustacheViewModel {
    /// The stored properties of `UsageIndexPage.Month`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "month": \.month, "monthName": \.monthName, "invoiceMonth": \.invoiceMonth, "total": \.total, "html": \.html,
        "markdown": \.markdown, "csv": \.csv, "json": \.json,
    ]
}
