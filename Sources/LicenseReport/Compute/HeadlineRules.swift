/// The status headline's facts (issue 12): what is wrong, worst first, computed once for every page.
public enum HeadlineRules {
    /// The headline of a report.
    /// - Parameters:
    ///   - restrictions: the restrictions in report order.
    ///   - warnings: the expiry warnings (`ExpiryWarningRules.warnings`), earliest first.
    ///   - warnDays: the warning window.
    /// - Returns: the limits reached (Maximum > 0) and approaching, by index; the expired and expiring items;
    ///   the worst state: `.error` with a limit reached or something expired, `.warning` with a limit
    ///   approaching or something expiring, else `.normal`. A Maximum of 0 ("not in plan") counts for nothing.
    public static func headline(restrictions: [RestrictionStatus], warnings: [ExpiryWarning], warnDays: Int) -> StatusHeadline {
        let indexed = restrictions.enumerated().filter { !$0.element.isNotInPlan }
        let reached = indexed.filter { $0.element.level == .reached }.map(\.offset)
        let approaching = indexed.filter { $0.element.level == .approaching }.map(\.offset)
        let expired = warnings.filter { $0.level == .expired }
        let expiring = warnings.filter { $0.level == .expiring }
        let level: StatusLevel = !reached.isEmpty || !expired.isEmpty ? .error
            : !approaching.isEmpty || !expiring.isEmpty ? .warning : .normal
        return StatusHeadline(level: level, reached: reached, approaching: approaching,
                              limitedCount: indexed.count { $0.element.maximum != nil },
                              worstLimitLevel: indexed.map(\.element.level).max(),
                              expired: expired, expiring: expiring, warnDays: warnDays)
    }
}
