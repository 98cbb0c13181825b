/// The build history (issue 12): today's snapshot appended to the previous site's history, the restriction
/// trends and the recent changes, all pure (the previous history is read by the load step).
public enum HistoryRules {
    /// At most this many snapshots are kept; the oldest are dropped.
    public static let maximumSnapshots = 400
    /// The feed lists the changes of at most this many recent builds.
    public static let feedBuilds = 60

    /// What this build saw.
    public static func snapshot(of report: Report) -> HistorySnapshot {
        HistorySnapshot(
            date: report.asOf,
            restrictions: report.restrictions.map {
                HistorySnapshot.RestrictionEntry(name: $0.name, activeCount: $0.activeCount, maximum: $0.maximum, level: $0.level)
            },
            licenses: report.owners.flatMap { owner in
                owner.licenses.map {
                    HistorySnapshot.LicenseEntry(owner: owner.ownerName, name: $0.name, displayName: $0.displayName,
                                                 total: $0.total, inUse: $0.inUse)
                }
            },
            metered: report.usageMonths.map { HistorySnapshot.MonthEntry(month: $0.month, amount: $0.total, currency: $0.currency) },
            runningEvents: report.events.filter(\.isRunning).map {
                HistorySnapshot.EventEntry(event: $0.event, activated: $0.activated?.description)
            },
            nextExpiryDate: report.nextExpiryDate)
    }

    /// The history to write: the previous snapshots dated before today's (a rebuild on the same day replaces
    /// that day's snapshot; a build for an earlier date drops the later ones, so history always ends with the
    /// report date), the newest `maximumSnapshots − 1` of them, then today's.
    /// - Parameters:
    ///   - snapshot: today's snapshot.
    ///   - previous: the previous site's history, or `nil` (first build, or history started afresh).
    ///   - serialNr: the customer's serial number, recorded with the history.
    public static func appending(_ snapshot: HistorySnapshot, to previous: History?, serialNr: String) -> History {
        let earlier = (previous?.snapshots ?? []).filter { $0.date < snapshot.date }.suffix(maximumSnapshots - 1)
        return History(serialNr: serialNr, snapshots: Array(earlier) + [snapshot])
    }

    /// What changed since the snapshot before the last one; `nil` when the history has only one.
    public static func latestChanges(in history: History) -> ChangeReport? {
        let snapshots = history.snapshots
        guard snapshots.count >= 2 else { return nil }
        return changeReport(from: snapshots[snapshots.count - 2], to: snapshots[snapshots.count - 1])
    }

    /// The changes of the last `feedBuilds` builds that changed something, newest first. Recomputed from the
    /// snapshots on every build, so an entry stays the same in every later build until it drops out.
    public static func changeLog(of history: History) -> [ChangeReport] {
        let snapshots = history.snapshots
        guard snapshots.count >= 2 else { return [] }
        return (max(1, snapshots.count - feedBuilds)..<snapshots.count).reversed()
            .map { changeReport(from: snapshots[$0 - 1], to: snapshots[$0]) }
            .filter { !$0.changes.isEmpty }
    }

    /// A restriction's figures at every snapshot that has it, oldest first. The n-th restriction of a name
    /// in the report matches the n-th of that name in each snapshot.
    /// - Parameters:
    ///   - name: the restriction's `Name`.
    ///   - occurrence: 0 for the first restriction of that name in the report, 1 for the second …
    public static func trend(of name: String, occurrence: Int, in history: History) -> [RestrictionStatus.TrendPoint] {
        history.snapshots.compactMap { snapshot in
            let matching = snapshot.restrictions.filter { $0.name == name }
            guard occurrence < matching.count else { return nil }
            let entry = matching[occurrence]
            return RestrictionStatus.TrendPoint(date: snapshot.date, activeCount: entry.activeCount, maximum: entry.maximum)
        }
    }

    private static func changeReport(from before: HistorySnapshot, to after: HistorySnapshot) -> ChangeReport {
        ChangeReport(since: before.date, date: after.date, changes: ChangeRules.changes(from: before, to: after))
    }
}
