/// The overall state of a report, for the headline and the badge: the worst of its restriction levels
/// and expiry levels (`HeadlineRules.headline`).
public enum StatusLevel: String, CaseIterable, Hashable, Comparable, Sendable {
    /// Nothing reached, approaching, expiring or expired.
    case normal
    /// A limit is approaching, or something expires within the warning window.
    case warning
    /// A limit is reached (a Maximum above 0), or something has expired.
    case error

    /// Severity order: normal < warning < error.
    public static func < (lhs: StatusLevel, rhs: StatusLevel) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int {
        switch self {
        case .normal: 0
        case .warning: 1
        case .error: 2
        }
    }
}
