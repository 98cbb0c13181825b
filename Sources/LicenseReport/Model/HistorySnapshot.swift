import Foundation

/// What one build saw, kept in `history.json` so that a later build can say what changed
/// (`HistoryRules.snapshot(of:)`): per restriction its count, maximum and level; per licence Total and
/// InUse; per usage month its metered total; the running events; the next expiry.
public struct HistorySnapshot: Hashable, Sendable {
    /// One restriction, by name.
    public struct RestrictionEntry: Hashable, Sendable {
        /// `Name`.
        public var name: String
        /// `ActiveCount`.
        public var activeCount: Int
        /// `Maximum`; `nil` = unlimited.
        public var maximum: Int?
        /// The computed level.
        public var level: RestrictionLevel
    }

    /// One visible licence, by owner and name.
    public struct LicenseEntry: Hashable, Sendable {
        /// `OwnerName`.
        public var owner: String
        /// `Name` (the key within the owner).
        public var name: String
        /// `Description`, else `Name` (what pages call it).
        public var displayName: String
        /// `Total`.
        public var total: Int
        /// `InUse`.
        public var inUse: Int
    }

    /// One usage month's metered total.
    public struct MonthEntry: Hashable, Sendable {
        /// The usage month.
        public var month: YearMonth
        /// The month's total (the sum of its rounded lines).
        public var amount: Decimal
        /// The currency of `amount`.
        public var currency: Currency
    }

    /// One running system event, identified by its name and activation time.
    public struct EventEntry: Hashable, Sendable {
        /// `eventname`.
        public var event: String
        /// `registered` as ISO 8601 with its offset ("2026-11-14T18:45:00+01:00"), or `nil` when not given.
        public var activated: String?
    }

    /// The report date of the build.
    public var date: CalendarDate
    /// In report order.
    public var restrictions: [RestrictionEntry]
    /// Owners in report order, each owner's licences in report order.
    public var licenses: [LicenseEntry]
    /// Oldest month first.
    public var metered: [MonthEntry]
    /// The events running at the end of the report date, in report order.
    public var runningEvents: [EventEntry]
    /// The next expiry date, if any.
    public var nextExpiryDate: CalendarDate?
}
