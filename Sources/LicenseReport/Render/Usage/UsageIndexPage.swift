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

    /// Builds the index of the report's usage months, with the site's `chrome`; `meteredCharts` when
    /// the caller has drawn them already (`MeteredChart.charts(of:)`).
    init(_ report: Report, chrome: PageChrome? = nil, meteredCharts: [MeteredChart]? = nil) {
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
        self.meteredCharts = meteredCharts ?? MeteredChart.charts(of: report)
        hasMeteredCharts = !self.meteredCharts.isEmpty
    }
}

extension UsageIndexPage: MustacheViewModel {
    /// The stored properties of `UsageIndexPage`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "title": .init(\.title) { $0.title }, "customer": .init(\.customer) { $0.customer }, "serialNr": .init(\.serialNr) { $0.serialNr }, "currency": .init(\.currency) { $0.currency }, "chrome": .init(\.chrome) { $0.chrome },
        "months": .init(\.months) { $0.months }, "hasMonths": .init(\.hasMonths) { $0.hasMonths }, "meteredCharts": .init(\.meteredCharts) { $0.meteredCharts },
        "hasMeteredCharts": .init(\.hasMeteredCharts) { $0.hasMeteredCharts },
    ]
}

extension UsageIndexPage.Month: MustacheViewModel {
    /// The stored properties of `UsageIndexPage.Month`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "month": .init(\.month) { $0.month }, "monthName": .init(\.monthName) { $0.monthName }, "invoiceMonth": .init(\.invoiceMonth) { $0.invoiceMonth }, "total": .init(\.total) { $0.total }, "html": .init(\.html) { $0.html },
        "markdown": .init(\.markdown) { $0.markdown }, "csv": .init(\.csv) { $0.csv }, "json": .init(\.json) { $0.json },
    ]
}
