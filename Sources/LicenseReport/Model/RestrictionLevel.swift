/// The level of a plan restriction (SuperOffice's 85 % / 100 % indicators).
public enum RestrictionLevel: String, CaseIterable, Hashable, Comparable, Sendable {
    /// Below 85 % of Maximum: shown black.
    case normal
    /// At or above 85 % (`IsNearingMaximum`): shown yellow.
    case approaching
    /// At or above 100 %, including Maximum 0 (`HasReachedMaximum`): shown red.
    case reached
    /// No Maximum.
    case unlimited

    /// Severity order: unlimited < normal < approaching < reached.
    public static func < (lhs: RestrictionLevel, rhs: RestrictionLevel) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int {
        switch self {
        case .unlimited: 0
        case .normal: 1
        case .approaching: 2
        case .reached: 3
        }
    }
}
