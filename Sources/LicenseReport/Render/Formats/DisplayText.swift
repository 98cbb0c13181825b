import Foundation

/// Locale-free display texts shared by every page and attachment: counts, days left, indicator labels,
/// service and month names, quantities, prices and money. Every function is pure; the same input gives
/// the same text. (Safe link targets and ids: DisplayText+Links.swift.)
enum DisplayText {
    /// Placeholder for a value that is absent.
    static let none = "—"

    /// A whole number grouped in threes: 12345 → "12,345".
    static func count(_ value: Int) -> String { DecimalFormatting.grouped(String(value)) }

    /// The next expiry, saying what expires: "2026-12-31 (46 days left): Sales Intelligence licence
    /// (SUPEROFFICE)" or "2027-03-31 (136 days left): SUPEROFFICE subscription"; "No time-limited licences"
    /// when nothing expires on or after the report date.
    static func nextExpiry(_ notice: ExpiryNotice?) -> String {
        guard let notice else { return "No time-limited licences" }
        return "\(notice.date) (\(daysLeft(notice.daysLeft))): \(expiryItem(notice))"
    }

    /// What expires, in words: "Sales Intelligence licence (SUPEROFFICE)" or "SUPEROFFICE subscription"
    /// (" licence" is not repeated when the name already ends with it), followed by " and 2 more" when
    /// other items expire on the same day.
    static func expiryItem(_ notice: ExpiryNotice) -> String {
        let item = notice.licenseName.map { name in
            let noun = name.lowercased().hasSuffix("licence") || name.lowercased().hasSuffix("license") ? "" : " licence"
            return "\(name)\(noun) (\(notice.ownerName))"
        } ?? "\(notice.ownerName) subscription"
        return notice.othersOnSameDay == 0 ? item : "\(item) and \(notice.othersOnSameDay) more"
    }

    /// The wording of a month's total row, the same on status.html, status.md and the usage pages:
    /// "Total for March 2026, billed on the invoice for April 2026" (months by name, as everywhere on
    /// those pages: one date style per page).
    static func monthTotalLabel(month: YearMonth, invoiceMonth: YearMonth) -> String {
        "Total for \(monthName(month)), billed on the invoice for \(monthName(invoiceMonth))"
    }

    /// Days from the report date to an expiry date: "1 day left", "30 days left", "expires today", "expired".
    static func daysLeft(_ days: Int) -> String {
        switch days {
        case ..<0: "expired"
        case 0: "expires today"
        case 1: "1 day left"
        default: "\(count(days)) days left"
        }
    }

    /// The symbol of an indicator; the page never shows a level by colour alone (issue 2).
    static func symbol(_ level: RestrictionLevel) -> String {
        switch level {
        case .normal: "●"
        case .approaching: "▲"
        case .reached: "■"
        case .unlimited: "∞"
        }
    }

    /// The text label of an indicator.
    static func label(_ level: RestrictionLevel) -> String {
        switch level {
        case .normal: "Normal"
        case .approaching: "Approaching limit"
        case .reached: "Limit reached"
        case .unlimited: "Unlimited"
        }
    }

    /// The display name of a metered service, in SuperOffice's wording.
    static func serviceName(_ service: MeteredService) -> String {
        switch service {
        case .storageSpace: "Storage space"
        case .mailingsEmails: "E-mails sent via Mailings"
        case .customerCenterLogins: "Customer Centre logins"
        case .chatSessions: "Chat sessions"
        case .formSubmissions: "Form submissions"
        }
    }

    /// "March 2026" for a month (English month names, no locale involved).
    static func monthName(_ month: YearMonth) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return "\(names[month.month - 1]) \(month.year)"
    }

    /// A restriction name as the object of "N of M …": the first letter lower-cased unless the name
    /// starts with an acronym ("Active projects" → "active projects", "CRM objects" stays).
    static func limitPhrase(_ name: String) -> String {
        let characters = Array(name)
        guard let first = characters.first, first.isUppercase else { return name }
        if characters.count > 1, characters[1].isUppercase { return name }
        return first.lowercased() + String(characters.dropFirst())
    }

    /// What the users figure was taken from, as a sentence fragment for the usage report's facts.
    static func usersSource(_ source: UsersSource) -> String {
        switch source {
        case .usage: "the active users reported for the month in the usage data"
        case .licenses: "the user plans in use (their In use added up), since the usage data gives no active users for the month"
        }
    }

    /// A quantity with grouping and its exact decimals: "12,345.678" (`DecimalFormatting.quantity`).
    static func quantity(_ value: Decimal) -> String { DecimalFormatting.quantity(value) }

    /// A quantity with its unit: "41.2 GB".
    static func quantity(_ value: Decimal, unit: String) -> String {
        unit.isEmpty ? quantity(value) : quantity(value) + " " + unit
    }

    /// A price per block as plain text (no grouping, `.` decimal point): at least the currency's minor
    /// unit of decimals, more when the tariff has more (PricePerBlock allows 6): "150.00", "0.125", "12" (JPY).
    static func pricePlain(_ value: Decimal, _ currency: Currency) -> String {
        let exact = DecimalFormatting.canonical(value)
        let decimals = exact.split(separator: ".").dropFirst().first?.count ?? 0
        return DecimalFormatting.plain(value, fractionDigits: max(decimals, currency.minorUnit))
    }

    /// A price per block for display: grouped, with the currency code: "1,150.00 NOK".
    static func price(_ value: Decimal, _ currency: Currency) -> String {
        DecimalFormatting.grouped(pricePlain(value, currency)) + " " + currency.code
    }

    /// An amount as plain text with exactly the currency's minor unit of decimals: "300.00", "1200" (JPY).
    static func amountPlain(_ value: Decimal, _ currency: Currency) -> String {
        DecimalFormatting.plain(value, fractionDigits: currency.minorUnit)
    }

    /// An amount for display: "1,234.50 NOK" (`DecimalFormatting.money`).
    static func money(_ value: Decimal, _ currency: Currency) -> String {
        DecimalFormatting.money(value, currency)
    }
}
