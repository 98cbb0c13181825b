import Foundation

/// The view model of `usage/YYYY-MM.html` / `.md` (`usage-month.mustache`): one usage month of the
/// report, to attach to the invoice. Every value is display text; the templates only place and escape it.
struct UsageMonthPage {
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
        /// "3 × 100.00 NOK = 300.00 NOK", or with the rounding shown: "3 × 12.345 NOK = 37.035 NOK → 37.04 NOK".
        var amountFormula: Formula
        /// True when the line is billed (amount above zero blocks).
        var over: Bool
    }

    /// A calculation shown as its terms, its result and, when the result was rounded, the rounded value
    /// ("3 × 12.345 NOK", "= 37.035 NOK", "→ 37.04 NOK"), so a narrow printed column wraps between the
    /// parts and nowhere else.
    struct Formula {
        var terms: String
        var result: String
        /// "→ 37.04 NOK" when `result` is an exact value that was rounded, else `nil`.
        var rounded: String?
        /// "10 + 0.5 × 42 = 31 GB", "3 × 12.345 NOK = 37.035 NOK → 37.04 NOK".
        var text: String

        init(_ terms: String, _ result: String, rounded: String? = nil) {
            self.terms = terms
            self.result = result
            self.rounded = rounded
            text = [terms, result, rounded].compactMap { $0 }.joined(separator: " ")
        }
    }

    /// A day-level peak of a `max` service.
    struct Peak {
        var name: String
        var quantity: String
        var day: String
    }

    /// "Usage report 2026-03 – Nordlys Fjellsport AS, serial number 4711-2026-0042": `<title>` and the PDF's Title.
    var title: String
    /// The PDF's Subject and the page's description (customer, serial number, months, total).
    var subject: String
    /// The PDF's Keywords.
    var keywords: String
    /// The whole stylesheet, inlined in a `<style>` element (escaped for it by the `CSS` content type), so
    /// the page needs no other file: it is sent alone as an invoice attachment.
    var stylesheet: String
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
    /// What the arrow of a rounded amount means; `nil` when no amount of the month was rounded.
    var roundingNote: String?
    /// Outside a site: "The same figures come as 2026-03.csv, 2026-03.json and 2026-03.md." (the HTML's
    /// companions, named in text since a report sent alone has nothing to link to).
    var companionsOfHTML: String
    /// The same for the Markdown report (CSV, JSON and HTML).
    var companionsOfMarkdown: String
    /// "2026-03.csv" etc., for the "also available as" line.
    var csvFile: String
    var jsonFile: String
    var markdownFile: String
    var htmlFile: String

    /// Builds the page of one usage month.
    /// - Parameters:
    ///   - month: the usage month.
    ///   - report: the report it belongs to (customer, report date).
    ///   - chrome: the site header and navigation, inside a full site (with links to the month list);
    ///     `nil` for a single month written by `license-report usage` (and for the page printed to PDF).
    ///   - stylesheet: the site's stylesheet (every `assets/*.css`), inlined in the page.
    init(_ month: UsageMonth, of report: Report, chrome: PageChrome? = nil, stylesheet: String = "") {
        let currency = month.currency
        let customer = report.customer
        title = DisplayText.usageReportTitle(month: month.month, customer: customer)
        subject = DisplayText.usageReportSubject(month, customer: customer)
        keywords = DisplayText.usageReportKeywords(month, customer: customer)
        self.stylesheet = stylesheet
        self.month = month.month.description
        invoiceMonthCode = month.invoiceMonth.description
        heading = DisplayText.words("title_usage_month", ["month": DisplayText.monthName(month.month)])
        subtitle = DisplayText.words("usage_subtitle", ["invoice_month": DisplayText.monthName(month.invoiceMonth)])
        siteLinks = chrome != nil
        self.chrome = chrome
        self.customer = customer.companyName
        serialNr = customer.serialNr
        usageMonth = DisplayText.monthName(month.month)
        invoiceMonth = DisplayText.monthName(month.invoiceMonth)
        self.currency = currency.code
        users = "\(month.users)"
        usersSource = DisplayText.usersSource(month.usersSource)
        reportDate = DisplayText.date(report.asOf)
        lines = month.lines.map { Line($0, users: month.users, currency: currency) }
        total = DisplayText.money(month.total, currency)
        totalLabel = DisplayText.monthTotalLabel(month: month.month, invoiceMonth: month.invoiceMonth)
        peaks = month.lines.compactMap { line in
            line.peakDay.map { Peak(name: DisplayText.serviceName(line.service),
                                    quantity: DisplayText.quantity(line.quantity, unit: line.unit), day: DisplayText.date($0)) }
        }
        hasPeaks = !peaks.isEmpty
        roundingNote = month.lines.contains { $0.unroundedAmount != $0.amount } ? DisplayText.roundingNote(currency) : nil
        let stem = UsageReportRenderer.stem(of: month)
        csvFile = stem + ".csv"
        jsonFile = stem + ".json"
        markdownFile = stem + ".md"
        htmlFile = stem + ".html"
        companionsOfHTML = DisplayText.companionFiles([csvFile, jsonFile, markdownFile])
        companionsOfMarkdown = DisplayText.companionFiles([csvFile, jsonFile, htmlFile])
    }
}

extension UsageMonthPage.Line {
    /// Formats one metered line; every figure is the compute stage's.
    init(_ line: MeteredLine, users: Int, currency: Currency) {
        let q: (Decimal) -> String = DisplayText.quantity
        service = line.service.rawValue
        name = DisplayText.serviceName(line.service)
        unit = line.unit
        usage = q(line.quantity)
        threshold = q(line.threshold)
        overage = q(line.overage)
        blocks = q(line.blocks)
        price = DisplayText.price(line.pricePerBlock, currency)
        amount = DisplayText.money(line.amount, currency)
        let withUnit = { (value: Decimal) in DisplayText.quantity(value, unit: line.unit) }
        thresholdFormula = UsageMonthPage.Formula("\(q(line.includedBase)) + \(q(line.includedPerUser)) × \(users)", "= \(withUnit(line.threshold))")
        over = line.overage > 0
        if over {
            overageFormula = UsageMonthPage.Formula("\(q(line.quantity)) − \(q(line.threshold))", "= \(withUnit(line.overage))")
            blocksFormula = UsageMonthPage.Formula(DisplayText.words("formula_rounded_up", ["terms": "\(q(line.overage)) ÷ \(q(line.blockSize))"]), "= \(q(line.blocks))")
        } else {
            overageFormula = UsageMonthPage.Formula("\(q(line.quantity)) ≤ \(q(line.threshold)),", DisplayText.words("formula_none"))
            blocksFormula = UsageMonthPage.Formula(DisplayText.words("formula_no_overage"), "= \(q(line.blocks))")
        }
        let result = DisplayText.amountResult(unrounded: line.unroundedAmount, amount: line.amount, currency)
        amountFormula = UsageMonthPage.Formula("\(q(line.blocks)) × \(price)", result.exact, rounded: result.rounded)
    }
}

extension UsageMonthPage: MustacheViewModel {
    /// The stored properties of `UsageMonthPage`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "title": .init(\.title) { $0.title }, "subject": .init(\.subject) { $0.subject }, "keywords": .init(\.keywords) { $0.keywords }, "stylesheet": .init(\.stylesheet) { $0.stylesheet }, "month": .init(\.month) { $0.month }, "invoiceMonthCode": .init(\.invoiceMonthCode) { $0.invoiceMonthCode }, "heading": .init(\.heading) { $0.heading },
        "subtitle": .init(\.subtitle) { $0.subtitle }, "siteLinks": .init(\.siteLinks) { $0.siteLinks }, "chrome": .init(\.chrome) { $0.chrome }, "customer": .init(\.customer) { $0.customer },
        "serialNr": .init(\.serialNr) { $0.serialNr }, "usageMonth": .init(\.usageMonth) { $0.usageMonth }, "invoiceMonth": .init(\.invoiceMonth) { $0.invoiceMonth }, "currency": .init(\.currency) { $0.currency },
        "users": .init(\.users) { $0.users }, "usersSource": .init(\.usersSource) { $0.usersSource }, "reportDate": .init(\.reportDate) { $0.reportDate }, "lines": .init(\.lines) { $0.lines }, "total": .init(\.total) { $0.total },
        "totalLabel": .init(\.totalLabel) { $0.totalLabel }, "peaks": .init(\.peaks) { $0.peaks }, "hasPeaks": .init(\.hasPeaks) { $0.hasPeaks }, "roundingNote": .init(\.roundingNote) { $0.roundingNote },
        "companionsOfHTML": .init(\.companionsOfHTML) { $0.companionsOfHTML }, "companionsOfMarkdown": .init(\.companionsOfMarkdown) { $0.companionsOfMarkdown }, "csvFile": .init(\.csvFile) { $0.csvFile },
        "jsonFile": .init(\.jsonFile) { $0.jsonFile }, "markdownFile": .init(\.markdownFile) { $0.markdownFile }, "htmlFile": .init(\.htmlFile) { $0.htmlFile },
    ]
}

extension UsageMonthPage.Line: MustacheViewModel {
    /// The stored properties of `UsageMonthPage.Line`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "service": .init(\.service) { $0.service }, "name": .init(\.name) { $0.name }, "unit": .init(\.unit) { $0.unit }, "usage": .init(\.usage) { $0.usage }, "threshold": .init(\.threshold) { $0.threshold },
        "overage": .init(\.overage) { $0.overage }, "blocks": .init(\.blocks) { $0.blocks }, "price": .init(\.price) { $0.price }, "amount": .init(\.amount) { $0.amount },
        "thresholdFormula": .init(\.thresholdFormula) { $0.thresholdFormula }, "overageFormula": .init(\.overageFormula) { $0.overageFormula }, "blocksFormula": .init(\.blocksFormula) { $0.blocksFormula },
        "amountFormula": .init(\.amountFormula) { $0.amountFormula }, "over": .init(\.over) { $0.over },
    ]
}

extension UsageMonthPage.Formula: MustacheViewModel {
    /// The stored properties of `UsageMonthPage.Formula`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "terms": .init(\.terms) { $0.terms }, "result": .init(\.result) { $0.result }, "rounded": .init(\.rounded) { $0.rounded }, "text": .init(\.text) { $0.text },
    ]
}

extension UsageMonthPage.Peak: MustacheViewModel {
    /// The stored properties of `UsageMonthPage.Peak`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "name": .init(\.name) { $0.name }, "quantity": .init(\.quantity) { $0.quantity }, "day": .init(\.day) { $0.day },
    ]
}
