import Foundation

/// The flat, pre-formatted view model of `usage-month.mustache` (HTML and Markdown): every value is
/// display text; the templates only place and escape it.
struct UsageMonthView {
    /// One metered service of the month.
    struct Line {
        /// The service code, e.g. "StorageSpace" (for `data-service`).
        var service: String
        /// The display name, e.g. "Storage space".
        var name: String
        var unit: String
        var usage: String
        var threshold: String
        var overage: String
        var blocks: String
        var price: String
        var amount: String
        /// "IncludedBase + IncludedPerUser × users = threshold", e.g. "10 + 0.5 × 42 = 31 GB".
        var thresholdFormula: Formula
        /// "41.2 − 31 = 10.2 GB", or "25 ≤ 31, none" when within the threshold.
        var overageFormula: Formula
        /// "10.2 ÷ 5, rounded up = 3": overage in blocks of BlockSize.
        var blocksFormula: Formula
        /// "3 × 100.00 NOK = 300.00 NOK".
        var amountFormula: Formula
        /// True when the line is billed (amount above zero blocks).
        var over: Bool
    }

    /// A calculation shown as its terms and its result ("10 + 0.5 × 42", "= 31 GB"), so a narrow
    /// printed column wraps between the two and nowhere else.
    struct Formula {
        var terms: String
        var result: String
        /// "10 + 0.5 × 42 = 31 GB".
        var text: String

        init(_ terms: String, _ result: String) {
            self.terms = terms
            self.result = result
            text = terms + " " + result
        }
    }

    /// A day-level peak of a `max` service.
    struct Peak {
        var name: String
        var quantity: String
        var day: String
    }

    var title: String
    /// "2026-03".
    var month: String
    /// "2026-04".
    var invoiceMonthCode: String
    var heading: String
    var subtitle: String
    /// True inside a full site: a navigation line links back to the overview and the month list.
    var siteLinks: Bool
    /// The site's header and navigation (root "../"), only inside a full site: a single month written by
    /// `license-report usage` has no other pages to link to.
    var chrome: PageChrome?
    var customer: String
    var serialNr: String
    var usageMonth: String
    var invoiceMonth: String
    var currency: String
    var users: String
    var usersSource: String
    var reportDate: String
    var lines: [Line]
    var total: String
    var totalLabel: String
    var peaks: [Peak]
    var hasPeaks: Bool
    /// "2026-03.csv" etc., for the "also available as" line.
    var csvFile: String
    var jsonFile: String
    var markdownFile: String
    var htmlFile: String

    /// Builds the view of one statement.
    /// - Parameters:
    ///   - statement: the month's statement.
    ///   - siteLinks: true inside a full site (links to the month list).
    ///   - chrome: the site header and navigation, inside a full site; `nil` for a single month.
    init(_ statement: UsageStatement, siteLinks: Bool, chrome: PageChrome? = nil) {
        let currency = statement.currency
        title = "Usage report \(statement.month) – \(statement.companyName)"
        month = statement.month.description
        invoiceMonthCode = statement.invoiceMonth.description
        heading = "Usage report for \(UsageText.monthName(statement.month))"
        subtitle = "Metered services of a module-based SuperOffice subscription, billed on the invoice for \(UsageText.monthName(statement.invoiceMonth))."
        self.siteLinks = siteLinks
        self.chrome = chrome
        customer = statement.companyName
        serialNr = statement.serialNr
        usageMonth = UsageText.monthLong(statement.month)
        invoiceMonth = UsageText.monthLong(statement.invoiceMonth)
        self.currency = currency.code
        users = "\(statement.users)"
        usersSource = UsageText.usersSource(statement.usersSource)
        reportDate = statement.asOf.description
        lines = statement.lines.map { Line($0, currency: currency) }
        total = UsageText.money(statement.total, currency)
        totalLabel = DisplayText.monthTotalLabel(month: statement.month, invoiceMonth: statement.invoiceMonth)
        peaks = statement.lines.compactMap { line in
            line.peakDay.map { Peak(name: UsageText.serviceName(line.service),
                                    quantity: UsageText.quantity(line.quantity, unit: line.unit), day: $0.description) }
        }
        hasPeaks = !peaks.isEmpty
        csvFile = statement.stem + ".csv"
        jsonFile = statement.stem + ".json"
        markdownFile = statement.stem + ".md"
        htmlFile = statement.stem + ".html"
    }
}

extension UsageMonthView.Line {
    /// Formats one metered line; every figure is the compute stage's.
    init(_ line: MeteredLine, currency: Currency) {
        let q: (Decimal) -> String = UsageText.quantity
        service = line.service.rawValue
        name = UsageText.serviceName(line.service)
        unit = line.unit
        usage = q(line.quantity)
        threshold = q(line.threshold)
        overage = q(line.overage)
        blocks = q(line.blocks)
        price = UsageText.price(line.pricePerBlock, currency)
        amount = UsageText.money(line.amount, currency)
        let withUnit = { (value: Decimal) in UsageText.quantity(value, unit: line.unit) }
        thresholdFormula = UsageMonthView.Formula("\(q(line.includedBase)) + \(q(line.includedPerUser)) × \(line.users)", "= \(withUnit(line.threshold))")
        over = line.overage > 0
        if over {
            overageFormula = UsageMonthView.Formula("\(q(line.quantity)) − \(q(line.threshold))", "= \(withUnit(line.overage))")
            blocksFormula = UsageMonthView.Formula("\(q(line.overage)) ÷ \(q(line.blockSize)), rounded up", "= \(q(line.blocks))")
        } else {
            overageFormula = UsageMonthView.Formula("\(q(line.quantity)) ≤ \(q(line.threshold)),", "none")
            blocksFormula = UsageMonthView.Formula("no overage", "= \(q(line.blocks))")
        }
        amountFormula = UsageMonthView.Formula("\(q(line.blocks)) × \(price)", "= \(amount)")
    }
}
