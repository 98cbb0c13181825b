import Foundation

/// Where a metered month's users figure came from.
public enum UsersSource: String, Hashable, Sendable {
    /// The month's `ActiveUsers` row in the usage data.
    case usage
    /// The sum of `InUse` over user plans of all owners.
    case licenses
}

/// One usage month of a module-based subscription: every metered service with a tariff, and the total
/// billed on the invoice of the following month. The one model of "a month of usage": the status page,
/// the usage reports (HTML, Markdown, CSV, JSON) and report.json all format this value.
public struct UsageMonth: Hashable, Sendable {
    /// The usage month.
    public var month: YearMonth
    /// The month it is billed on: `month.next` (docs/rules.md, "Invoice month").
    public var invoiceMonth: YearMonth
    /// The users figure thresholds scale with.
    public var users: Int
    /// Where `users` came from: the month's ActiveUsers or the user plans' InUse.
    public var usersSource: UsersSource
    /// The tariff currency.
    public var currency: Currency
    /// One line per service with a tariff, in `MeteredService` order.
    public var lines: [MeteredLine]
    /// The sum of the lines' rounded amounts (never re-rounded).
    public var total: Decimal
}
