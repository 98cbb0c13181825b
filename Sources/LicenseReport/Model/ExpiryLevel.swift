/// How close a time-limited owner or licence is to its `ExpiryDate`, as of the report date, with the
/// warning window of `--warn-days` (`ExpiryWarningRules.level`).
public enum ExpiryLevel: String, CaseIterable, Hashable, Comparable, Sendable {
    /// Expires after the warning window.
    case normal
    /// Expires within the warning window (today included): a warning, shown like an approaching limit.
    case expiring
    /// The expiry date has passed: an error-level indicator, shown like a reached limit.
    case expired

    /// Severity order: normal < expiring < expired.
    public static func < (lhs: ExpiryLevel, rhs: ExpiryLevel) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int {
        switch self {
        case .normal: 0
        case .expiring: 1
        case .expired: 2
        }
    }
}
