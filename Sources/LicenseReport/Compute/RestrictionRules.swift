/// The CRM Suite restriction rule (SuperOffice's 85 % / 100 % indicators), in integers only.
///
/// Source: SuperOffice documentation of the CRM Suite plans and their restrictions ("N of M active
/// projects", yellow when nearing the maximum at 85 %, red when it is reached at 100 %), and the
/// `FencingInfo` carrier (`ActiveCount`, `Maximum`, `IsNearingMaximum`, `HasReachedMaximum`).
/// See docs/rules.md.
public enum RestrictionRules {
    /// The share of `Maximum` (in percent) from which a restriction is `approaching`.
    public static let approachingPercent = 85

    /// The level of one restriction.
    /// - Parameters:
    ///   - activeCount: `ActiveCount`, >= 0.
    ///   - maximum: `Maximum`, >= 0; `nil` = unlimited.
    /// - Returns: `unlimited` when `maximum` is nil; `reached` when activeCount ≥ maximum (so Maximum 0 is
    ///   reached: the feature is not in the plan); `approaching` when 100 × activeCount ≥ 85 × maximum;
    ///   else `normal`.
    public static func level(activeCount: Int, maximum: Int?) -> RestrictionLevel {
        guard let maximum else { return .unlimited }
        if activeCount >= maximum { return .reached }
        if 100 * activeCount >= approachingPercent * maximum { return .approaching }
        return .normal
    }

    /// The percent shown next to a restriction: floor(100 × ActiveCount ÷ Maximum), in integers.
    ///
    /// Flooring means a restriction below its maximum never shows 100 % (99.95 % shows 99 %, 84.9 % shows 84 %),
    /// so the number never contradicts the level. A restriction above its maximum shows its true share
    /// (101 of 100 shows 101 %), because hiding an overrun would mislead the administrator.
    /// - Parameters:
    ///   - activeCount: `ActiveCount`, >= 0.
    ///   - maximum: `Maximum`, >= 0; `nil` = unlimited.
    /// - Returns: the floored percent; `nil` when unlimited or when Maximum is 0 (no meaningful share).
    public static func percent(activeCount: Int, maximum: Int?) -> Int? {
        guard let maximum, maximum > 0 else { return nil }
        // activeCount and maximum are non-negative (checked), so integer division floors.
        return (100 * activeCount) / maximum
    }

    /// The computed status of one restriction row.
    /// - Parameter restriction: a checked restriction (`Maximum` already resolved from the plan table).
    /// - Returns: name, counts, percent and level.
    public static func status(of restriction: Restriction) -> RestrictionStatus {
        RestrictionStatus(name: restriction.name, activeCount: restriction.activeCount, maximum: restriction.maximum,
                          percent: percent(activeCount: restriction.activeCount, maximum: restriction.maximum),
                          level: level(activeCount: restriction.activeCount, maximum: restriction.maximum))
    }

    /// The most severe level of `statuses` (reached > approaching > normal > unlimited); `nil` when empty.
    public static func worstLevel(of statuses: [RestrictionStatus]) -> RestrictionLevel? {
        statuses.map(\.level).max()
    }
}
