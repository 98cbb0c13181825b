import Foundation

/// One metered service across the usage months, oldest first: what its chart shows on the status page and
/// the usage index (`MeteredBilling.series`).
public struct MeteredSeries: Hashable, Sendable {
    /// One month of the service.
    public struct Point: Hashable, Sendable {
        /// The usage month.
        public var month: YearMonth
        /// The month's quantity (sum, or maximum for a `max` service).
        public var quantity: Decimal
        /// The month's threshold.
        public var threshold: Decimal
        /// Quantity above the threshold (0 when not above).
        public var overage: Decimal
        /// The billed amount, in `currency`.
        public var amount: Decimal
        /// The month's currency.
        public var currency: Currency
    }

    /// The service.
    public var service: MeteredService
    /// The tariff's unit ("GB"), from the newest month.
    public var unit: String
    /// Oldest month first: one point per usage month.
    public var points: [Point]
}
