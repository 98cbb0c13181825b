/// A computed restriction row.
public struct RestrictionStatus: Hashable, Sendable {
    /// `Name`.
    public var name: String
    /// `ActiveCount`.
    public var activeCount: Int
    /// `Maximum`, `nil` = unlimited.
    public var maximum: Int?
    /// floor(100 × ActiveCount ÷ Maximum); `nil` when unlimited or Maximum is 0.
    public var percent: Int?
    /// The level.
    public var level: RestrictionLevel
    /// `ActiveCount` and `Maximum` at each kept build up to the report date, oldest first (today's last):
    /// the restriction's trend. Empty until history is added (`ReportBuilder.addingGlance`).
    public var trend: [TrendPoint] = []

    /// One build's figures of a restriction.
    public struct TrendPoint: Hashable, Sendable {
        /// The build's report date.
        public var date: CalendarDate
        /// `ActiveCount` then.
        public var activeCount: Int
        /// `Maximum` then; `nil` = unlimited.
        public var maximum: Int?
    }

    /// True for a Maximum of 0: the feature is not in the plan. The level stays `reached` (report.json), but
    /// pages say "Not in plan" and it raises no alarm: nothing filled up.
    public var isNotInPlan: Bool { maximum == 0 }

    /// True for a limit reached that is an alarm: ActiveCount ≥ Maximum > 0.
    public var isLimitReached: Bool { level == .reached && !isNotInPlan }
}
