import Foundation

/// The words of the usage report that are not in its templates: its title and the PDF's subject and
/// keywords (what an accounting system files the attachment under), the rounding of amounts, and the
/// sentence that names the report's companion files. One function per sentence, so the HTML, Markdown
/// and PDF say it the same way.
extension DisplayText {
    /// The report's title (`<title>`, and the PDF's Title): "Usage report 2026-10 – Nordlys Energi AS,
    /// serial number 4711209386". Without a company or serial number, that part is left out.
    static func usageReportTitle(month: YearMonth, customer: Customer) -> String {
        var title = words("usage_title", ["month": month.description])
        if !customer.companyName.isEmpty { title += words("usage_title_company", ["company": customer.companyName]) }
        if !customer.serialNr.isEmpty { title += words("usage_title_serial", ["serial": customer.serialNr]) }
        return title
    }

    /// The PDF's Subject and the page's description: customer, serial number, usage month, invoice month and
    /// total, so a clerk's accounting system can file the attachment without opening it:
    /// "Metered services of Nordlys Energi AS (SuperOffice serial number 4711209386) used in October 2026,
    /// billed on the invoice for November 2026: 397.94 NOK".
    static func usageReportSubject(_ month: UsageMonth, customer: Customer) -> String {
        let company = customer.companyName.isEmpty ? "" : words("usage_subject_company", ["company": customer.companyName])
        let serial = customer.serialNr.isEmpty ? "" : words("usage_subject_serial", ["serial": customer.serialNr])
        return words("usage_subject", ["company": company, "serial": serial, "month": monthName(month.month),
                                       "invoice_month": monthName(month.invoiceMonth), "total": money(month.total, month.currency)])
    }

    /// The PDF's Keywords, separated by "; " (a company name may hold commas): "usage report; 2026-10;
    /// invoice 2026-11; 4711209386; Nordlys Energi AS; NOK". Empty parts are left out.
    static func usageReportKeywords(_ month: UsageMonth, customer: Customer) -> String {
        [words("usage_keyword"), month.month.description, words("usage_keyword_invoice", ["month": month.invoiceMonth.description]),
         customer.serialNr, customer.companyName, month.currency.code].filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// The two steps of a rounded amount, after the terms "3 × 12.345 NOK": the exact product "= 37.035 NOK"
    /// and the rounded amount "→ 37.04 NOK". `rounded` is `nil` when the product needs no rounding
    /// ("= 300.00 NOK" alone).
    static func amountResult(unrounded: Decimal, amount: Decimal, _ currency: Currency) -> (exact: String, rounded: String?) {
        guard unrounded != amount else { return ("= \(money(amount, currency))", nil) }
        return ("= \(price(unrounded, currency))", "→ \(money(amount, currency))")
    }

    /// What the arrow means, under the calculation: "An arrow (→) marks an amount rounded to the nearest
    /// 0.01 NOK, halves away from zero (0.005 NOK up to 0.01 NOK)."
    static func roundingNote(_ currency: Currency) -> String {
        let unit = Decimal(sign: .plus, exponent: -currency.minorUnit, significand: 1)
        let half = unit / 2
        return words("rounding_note", ["unit": price(unit, currency), "half": price(half, currency)])
    }

    /// The report's companion files, named in text because a report sent on its own has no folder to link
    /// into: "The same figures come as 2026-10.csv, 2026-10.json and 2026-10.md."
    static func companionFiles(_ names: [String]) -> String {
        words("companion_files", ["files": list(names)])
    }

    /// "a, b and c" in the language ("a, b og c").
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.joined() }
        return words("list_and", ["items": items.dropLast().joined(separator: ", "), "last": items[items.count - 1]])
    }
}
