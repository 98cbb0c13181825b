import Foundation

/// Locale-free display texts of the usage report: service names, month names, the users source,
/// and the number formats shared by the HTML, Markdown, CSV and JSON outputs.
enum UsageText {
    /// The display name of a metered service; the same text as on the status page.
    static func serviceName(_ service: MeteredService) -> String { DisplayText.serviceName(service) }

    /// "March 2026"; the same text as on the status page.
    static func monthName(_ month: YearMonth) -> String { DisplayText.monthName(month) }

    /// "March 2026 (2026-03)": the long form used in headings and facts.
    static func monthLong(_ month: YearMonth) -> String {
        "\(monthName(month)) (\(month))"
    }

    /// What the users figure was taken from, as a sentence fragment for the facts list.
    static func usersSource(_ source: UsersSource) -> String {
        switch source {
        case .usage: "ActiveUsers reported for the month in the usage data"
        case .licenses: "user plans in use (sum of InUse), since the month has no ActiveUsers figure"
        }
    }

    /// A quantity with grouping and its exact decimals: "12,345.5".
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
