/// `--fail-on` (issue 12) as a pure function of the report, so that a fleet build can evaluate it per tenant.
extension Report {
    /// The rows that make any of `conditions` hold, in report order: restrictions first (approaching includes
    /// reached; a Maximum of 0 is "not in plan" and never an alarm), then the expiry warnings, earliest
    /// first (expiring includes expired). Each row is listed once: a reached limit under `.reached` when
    /// that was asked for, else under `.approaching`.
    /// - Returns: empty when no condition holds (exit 0); else the rows to print before exiting 1.
    public func alarms(failingOn conditions: Set<FailCondition>) -> [Alarm] {
        var alarms: [Alarm] = []
        for restriction in restrictions where !restriction.isNotInPlan {
            let met: [FailCondition] = switch restriction.level {
            case .reached: [.approaching, .reached]
            case .approaching: [.approaching]
            case .normal, .unlimited: []
            }
            if let condition = met.filter(conditions.contains).max() {
                alarms.append(Alarm(condition: condition, subject: .restriction(restriction)))
            }
        }
        if conditions.contains(.expiring) {
            alarms += expiryWarnings.map { Alarm(condition: .expiring, subject: .expiry($0)) }
        }
        return alarms
    }
}
