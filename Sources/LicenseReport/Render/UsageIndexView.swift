import Foundation

/// The flat view model of `usage-index.mustache`: the usage months, newest first, with their totals.
struct UsageIndexView {
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

    /// Builds the index of `statements` (any order; listed newest first), with the site's `chrome`.
    init(_ statements: [UsageStatement], chrome: PageChrome? = nil) {
        self.chrome = chrome
        let newestFirst = statements.sorted { $0.month > $1.month }
        title = "Usage reports"
        customer = newestFirst.first?.companyName ?? ""
        serialNr = newestFirst.first?.serialNr ?? ""
        currency = newestFirst.first?.currency.code ?? ""
        months = newestFirst.map { statement in
            Month(month: statement.month.description, monthName: UsageText.monthName(statement.month),
                  invoiceMonth: statement.invoiceMonth.description,
                  total: UsageText.money(statement.total, statement.currency),
                  html: statement.stem + ".html", markdown: statement.stem + ".md",
                  csv: statement.stem + ".csv", json: statement.stem + ".json")
        }
        hasMonths = !months.isEmpty
    }
}
