import Foundation

/// How a month's usage rows of one service are combined.
public enum Aggregation: String, CaseIterable, Hashable, Sendable {
    /// Counts (e-mails, logins): the month's rows are added up.
    case sum
    /// Levels (storage): the month's highest row counts.
    case max
}

/// The price list of one metered service (`tariffs.json` → `Services[]`).
public struct Tariff: Hashable, Sendable {
    /// `Service`.
    public var service: MeteredService
    /// `Unit` shown next to quantities, e.g. "GB" or "e-mails".
    public var unit: String
    /// `Aggregation`.
    public var aggregation: Aggregation
    /// `IncludedBase`: quantity included regardless of users, >= 0.
    public var includedBase: Decimal
    /// `IncludedPerUser`: quantity included per user, >= 0.
    public var includedPerUser: Decimal
    /// `BlockSize`: overage is billed in blocks of this size, > 0.
    public var blockSize: Decimal
    /// `PricePerBlock` in the tariff currency, >= 0, at most 6 decimals.
    public var pricePerBlock: Decimal
}
