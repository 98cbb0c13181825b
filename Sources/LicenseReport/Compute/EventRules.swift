/// System notifications (SuperOffice's SystemEvents archive) as of the report date.
public enum EventRules {
    /// Whether an event is still running at the end of the report date.
    ///
    /// The end of the report date is local midnight after `asOf` in the dataset's time zone (each
    /// `ZonedDateTime` already carries that zone's offset). An event runs when it has been activated by then
    /// (no activation time counts as activated) and it has no finished time (`eta`) or finishes strictly
    /// after that midnight. An event scheduled to start after the report date is not running yet.
    /// - Parameters:
    ///   - event: the event.
    ///   - asOf: the report date.
    /// - Returns: true when running.
    public static func isRunning(_ event: SystemEvent, asOf: CalendarDate) -> Bool {
        if let registered = event.registered, localSeconds(registered) >= endOfDay(asOf) { return false }
        guard let finished = event.finished else { return true }
        return localSeconds(finished) > endOfDay(asOf)
    }

    /// The events as reported: sorted by activation time (events without one last), then by name, then by
    /// input order; each with its type label ("System-wide", "Database", "Group", "User") and running flag.
    public static func reports(of events: [SystemEvent], asOf: CalendarDate) -> [EventReport] {
        let ordered = events.enumerated().sorted { lhs, rhs in
            switch (lhs.element.registered, rhs.element.registered) {
            case let (l?, r?) where l != r: return l < r
            case (.some, .none): return true
            case (.none, .some): return false
            default:
                if lhs.element.eventName != rhs.element.eventName { return lhs.element.eventName < rhs.element.eventName }
                return lhs.offset < rhs.offset
            }
        }
        return ordered.map { _, event in
            EventReport(event: event.eventName, status: event.status, message: event.message,
                        activated: event.registered, activatedBy: event.registeredBy, finished: event.finished,
                        scopeLabel: event.scope.label, scope: event.scope.rawValue, type: event.type.trimmingSpaces,
                        description: event.extraInfo, isRunning: isRunning(event, asOf: asOf))
        }
    }

    /// Seconds since the epoch on the local wall clock of the value's offset.
    private static func localSeconds(_ value: ZonedDateTime) -> Int64 {
        value.secondsSinceEpoch + Int64(value.utcOffsetSeconds)
    }

    /// Local midnight after `date`, in local seconds since the epoch.
    private static func endOfDay(_ date: CalendarDate) -> Int64 {
        Int64(date.daysSinceEpoch + 1) * 86_400
    }
}
