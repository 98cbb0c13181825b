/// A condition of `license-report build --fail-on`: the build publishes as usual, then exits 1 when the
/// condition holds (`Report.alarms(failingOn:)`).
public enum FailCondition: String, CaseIterable, Hashable, Comparable, Sendable {
    /// A limit approaching or reached (Maximum above 0): approaching includes reached.
    case approaching
    /// A limit reached (ActiveCount ≥ Maximum > 0).
    case reached
    /// An owner or licence that expires within `--warn-days`, or has expired.
    case expiring

    /// Declaration order.
    public static func < (lhs: FailCondition, rhs: FailCondition) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One row that makes a `--fail-on` condition hold.
public struct Alarm: Hashable, Sendable {
    /// What the row is.
    public enum Subject: Hashable, Sendable {
        /// A restriction approaching or at its limit.
        case restriction(RestrictionStatus)
        /// An owner or licence expiring or expired.
        case expiry(ExpiryWarning)
    }

    /// The condition it triggers (the first of the requested ones that it meets).
    public var condition: FailCondition
    /// The row.
    public var subject: Subject
}
