import Foundation

/// One metered service in one usage month, with every figure of the invoicing rule. The month-level
/// facts (month, users, currency, invoice month) are those of the `UsageMonth` that holds the line.
public struct MeteredLine: Hashable, Sendable {
    /// The metered service.
    public var service: MeteredService
    /// The tariff's unit.
    public var unit: String
    /// Sum (or maximum, for `max` services) of the month's rows; 0 when the month has no row for this service.
    public var quantity: Decimal
    /// For `max` services with daily rows: the first day the maximum was reached.
    public var peakDay: CalendarDate?
    /// The tariff's `IncludedBase`.
    public var includedBase: Decimal
    /// The tariff's `IncludedPerUser`.
    public var includedPerUser: Decimal
    /// IncludedBase + IncludedPerUser × the month's users.
    public var threshold: Decimal
    /// quantity − threshold when quantity > threshold, else 0.
    public var overage: Decimal
    /// The tariff's `BlockSize`.
    public var blockSize: Decimal
    /// ceil(overage ÷ BlockSize), a whole number.
    public var blocks: Decimal
    /// The tariff's `PricePerBlock`, in the month's currency.
    public var pricePerBlock: Decimal
    /// blocks × PricePerBlock, exact (before rounding): what the usage report shows before the rounded
    /// amount, so the customer can check the rounding by hand ("3 × 12.345 NOK = 37.035 NOK → 37.04 NOK").
    public var unroundedAmount: Decimal
    /// `unroundedAmount` rounded to the currency's minor unit, half away from zero.
    public var amount: Decimal
}
