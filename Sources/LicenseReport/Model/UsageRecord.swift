import Foundation

/// One row of `usage.csv`/`usage.json` for a metered service.
public struct UsageRecord: Hashable, Sendable {
    /// `Period`.
    public var period: UsagePeriod
    /// `Service`.
    public var service: MeteredService
    /// `Quantity`, >= 0, in the tariff's unit.
    public var quantity: Decimal
    /// Where the row was read (for diagnostics).
    public var location: SourceLocation
}
