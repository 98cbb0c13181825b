/// The facts of the status headline every page starts with, computed once (`HeadlineRules.headline`);
/// pages only put them into words. Worst first: reached limits, expired items, approaching limits,
/// items that expire within the warning window.
public struct StatusHeadline: Hashable, Sendable {
    /// The worst state.
    public var level: StatusLevel = .normal
    /// Indices into `Report.restrictions` of the limits reached (ActiveCount ≥ Maximum > 0), in report order.
    /// A Maximum of 0 ("not in plan") is not an alarm and is not listed.
    public var reached: [Int] = []
    /// Indices into `Report.restrictions` of the limits approaching (85 % or more, below 100 %).
    public var approaching: [Int] = []
    /// How many restrictions have a Maximum above 0 (so "all limits normal" has something to say).
    public var limitedCount: Int = 0
    /// The most severe level of the restrictions that are not "not in plan" (`nil` when there are none):
    /// the overview's Restrictions card.
    public var worstLimitLevel: RestrictionLevel? = nil
    /// Owners and licences whose expiry date has passed, earliest first.
    public var expired: [ExpiryWarning] = []
    /// Owners and licences that expire within `warnDays` days (today included), earliest first.
    public var expiring: [ExpiryWarning] = []
    /// The warning window in days (`--warn-days`).
    public var warnDays: Int = ExpiryWarningRules.defaultWarnDays
}
