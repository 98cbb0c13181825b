import Testing
@testable import LicenseReport

/// History (issue 12): today's snapshot appended, at most 400 kept, a rebuild on the same day replacing
/// that day, the changes between two snapshots, and the restriction trends.
@Suite struct HistoryRulesTests {
    static func day(_ n: Int) -> CalendarDate { CalendarDate(year: 2026, month: 1, day: 1)!.adding(days: n) }

    static func snapshot(_ n: Int, dashboards: Int = 10) -> HistorySnapshot {
        HistorySnapshot(date: day(n), restrictions: [.init(name: "Dashboards", activeCount: dashboards, maximum: 100,
                                                           level: RestrictionRules.level(activeCount: dashboards, maximum: 100))],
                        licenses: [], metered: [], runningEvents: [], nextExpiryDate: nil)
    }

    @Test func aFirstBuildStartsTheHistory() {
        let history = HistoryRules.appending(Self.snapshot(0), to: nil, serialNr: "42")
        #expect(history.snapshots.map(\.date) == [Self.day(0)])
        #expect(history.serialNr == "42")
        #expect(HistoryRules.latestChanges(in: history) == nil)
        #expect(HistoryRules.changeLog(of: history).isEmpty)
    }

    @Test func atMost400AreKeptOldestDropped() {
        let previous = History(serialNr: "42", snapshots: (0..<400).map { Self.snapshot($0) })
        let history = HistoryRules.appending(Self.snapshot(400), to: previous, serialNr: "42")
        #expect(history.snapshots.count == HistoryRules.maximumSnapshots)
        #expect(history.snapshots.first?.date == Self.day(1))
        #expect(history.snapshots.last?.date == Self.day(400))
    }

    @Test func aRebuildOnTheSameDayReplacesThatDay() {
        let previous = History(serialNr: "42", snapshots: [Self.snapshot(0), Self.snapshot(1, dashboards: 20)])
        let history = HistoryRules.appending(Self.snapshot(1, dashboards: 30), to: previous, serialNr: "42")
        #expect(history.snapshots.map(\.date) == [Self.day(0), Self.day(1)])
        #expect(history.snapshots.last?.restrictions.first?.activeCount == 30)
        #expect(HistoryRules.latestChanges(in: history)?.since == Self.day(0))
    }

    @Test func aBuildForAnEarlierDateDropsTheLaterSnapshots() {
        let previous = History(serialNr: "42", snapshots: [Self.snapshot(0), Self.snapshot(5), Self.snapshot(9)])
        let history = HistoryRules.appending(Self.snapshot(6), to: previous, serialNr: "42")
        #expect(history.snapshots.map(\.date) == [Self.day(0), Self.day(5), Self.day(6)])
    }

    @Test func theChangeLogListsBuildsThatChangedNewestFirst() {
        let history = History(serialNr: "42", snapshots: [Self.snapshot(0, dashboards: 10), Self.snapshot(1, dashboards: 10),
                                                          Self.snapshot(2, dashboards: 90), Self.snapshot(3, dashboards: 100)])
        let log = HistoryRules.changeLog(of: history)
        #expect(log.map(\.date) == [Self.day(3), Self.day(2)])
        #expect(log.map(\.since) == [Self.day(2), Self.day(1)])
    }

    @Test func theTrendFollowsARestrictionByNameAndOccurrence() {
        var second = Self.snapshot(1, dashboards: 20)
        second.restrictions.append(.init(name: "Dashboards", activeCount: 7, maximum: nil, level: .unlimited))
        let history = History(serialNr: "42", snapshots: [Self.snapshot(0, dashboards: 10), second])
        #expect(HistoryRules.trend(of: "Dashboards", occurrence: 0, in: history).map(\.activeCount) == [10, 20])
        #expect(HistoryRules.trend(of: "Dashboards", occurrence: 1, in: history).map(\.activeCount) == [7])
        #expect(HistoryRules.trend(of: "Forms", occurrence: 0, in: history).isEmpty)
    }

    @Test func sampleChangesInWords() throws {
        let changes = try #require(SampleReport.moduleBased().changes)
        #expect(changes.since == CalendarDate(iso: "2026-03-14"))
        #expect(changes.changes.map(DisplayText.change) == [
            "Dashboards is approaching its limit (84 → 85 of 100)",
            "Selections 1,200 → 1,234, no limit",
            "Sales Premium +2 in use (21 → 23 of 25)",
            "Metered total for February 2026: 42.51 NOK",
            "New system event: Mailing paused",
            "Next expiry 2026-04-01 → 2026-06-30",
        ])
    }

    typealias R = HistorySnapshot.RestrictionEntry
    typealias L = HistorySnapshot.LicenseEntry

    @Test(arguments: [
        (HistoryChange.restriction(before: R(name: "Forms", activeCount: 849, maximum: 1000, level: .normal),
                                   after: R(name: "Forms", activeCount: 1000, maximum: 1000, level: .reached)),
         "Forms reached its limit (849 → 1,000 of 1,000)"),
        (.restriction(before: R(name: "Forms", activeCount: 900, maximum: 1000, level: .approaching),
                      after: R(name: "Forms", activeCount: 800, maximum: 1000, level: .normal)),
         "Forms is below 85 % of its limit (900 → 800 of 1,000)"),
        (.restriction(before: R(name: "Forms", activeCount: 900, maximum: 1000, level: .approaching),
                      after: R(name: "Forms", activeCount: 900, maximum: 2000, level: .normal)),
         "Forms is below 85 % of its limit (900 of 1,000 → 900 of 2,000)"),
        (.restriction(before: nil, after: R(name: "Forms", activeCount: 3, maximum: 10, level: .normal)), "New restriction Forms: 3 of 10"),
        (.restriction(before: R(name: "Forms", activeCount: 3, maximum: 10, level: .normal), after: nil), "Restriction Forms is no longer listed"),
        (.license(before: L(owner: "SUPEROFFICE", name: "Sales-Premium", displayName: "Sales-Premium", total: 25, inUse: 25),
                  after: L(owner: "SUPEROFFICE", name: "Sales-Premium", displayName: "Sales-Premium", total: 25, inUse: 22)),
         "Sales-Premium −3 in use (25 → 22 of 25)"),
        (.license(before: L(owner: "SUPEROFFICE", name: "S", displayName: "Sales", total: 25, inUse: 25),
                  after: L(owner: "SUPEROFFICE", name: "S", displayName: "Sales", total: 30, inUse: 26)),
         "Sales: 25 of 25 → 26 of 30 in use"),
        (.month(before: .init(month: YearMonth(iso: "2026-10")!, amount: 100, currency: Currency(code: "NOK")!),
                after: .init(month: YearMonth(iso: "2026-10")!, amount: 1234.5, currency: Currency(code: "NOK")!)),
         "Metered total for October 2026: 100.00 → 1,234.50 NOK"),
        (.eventFinished(.init(event: "Upgrade", activated: nil)), "System event finished: Upgrade"),
        (.nextExpiry(before: CalendarDate(iso: "2026-12-31"), after: nil), "Next expiry 2026-12-31 → none"),
    ])
    func changeInWords(change: HistoryChange, expected: String) {
        #expect(DisplayText.change(change) == expected)
    }

    @Test func identicalSnapshotsHaveNoChange() {
        let snapshot = HistoryRules.snapshot(of: SampleReport.moduleBased())
        #expect(ChangeRules.changes(from: snapshot, to: snapshot).isEmpty)
    }

    @Test func eventsStartAndFinishAndMonthsThatDropOutAreNoChange() {
        var before = Self.snapshot(0)
        var after = Self.snapshot(1)
        let nok = Currency(code: "NOK")!
        before.metered = [.init(month: YearMonth(iso: "2025-01")!, amount: 5, currency: nok)]
        after.metered = [.init(month: YearMonth(iso: "2026-01")!, amount: 7, currency: nok)]
        before.runningEvents = [.init(event: "A", activated: "2026-01-01T08:00:00+01:00"), .init(event: "B", activated: nil)]
        after.runningEvents = [.init(event: "B", activated: nil), .init(event: "C", activated: nil)]
        #expect(ChangeRules.changes(from: before, to: after) == [
            .month(before: nil, after: .init(month: YearMonth(iso: "2026-01")!, amount: 7, currency: nok)),
            .eventStarted(.init(event: "C", activated: nil)),
            .eventFinished(.init(event: "A", activated: "2026-01-01T08:00:00+01:00")),
        ])
    }
}
