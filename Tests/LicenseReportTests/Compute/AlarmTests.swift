import Testing
@testable import LicenseReport

/// `--fail-on` as a pure function of the report (issue 12), usable per tenant.
@Suite struct AlarmTests {
    /// The sample: Dashboards approaching, Custom objects reached, Active marketing flows not in plan (Maximum 0),
    /// ACME-SYNC expired, a licence expiring in 17 days.
    static let report = SampleReport.moduleBased()

    static func describe(_ alarms: [Alarm]) -> [String] { alarms.map(\.text) }

    @Test(arguments: [
        ([], []),
        ([FailCondition.reached], ["reached: Custom objects: 15 of 15 (Limit reached)"]),
        ([.approaching], ["approaching: Dashboards: 85 of 100 (Approaching limit)", "approaching: Custom objects: 15 of 15 (Limit reached)"]),
        ([.approaching, .reached], ["approaching: Dashboards: 85 of 100 (Approaching limit)", "reached: Custom objects: 15 of 15 (Limit reached)"]),
        ([.expiring], ["expiring: ACME-SYNC subscription: 2026-03-01 (expired)",
                       "expiring: SuperOffice.QuoteManagement licence (SUPEROFFICE): 2026-04-01 (17 days left)"]),
    ] as [([FailCondition], [String])])
    func alarmsOfTheSample(conditions: [FailCondition], expected: [String]) {
        #expect(Self.describe(Self.report.alarms(failingOn: Set(conditions))) == expected)
    }

    @Test func notInPlanIsNeverAnAlarm() {
        let alarms = Self.report.alarms(failingOn: Set(FailCondition.allCases))
        #expect(!Self.describe(alarms).contains { $0.contains("Active marketing flows") })
        #expect(alarms.count == 4)
    }

    @Test func aWarningWindowOfZeroLeavesOnlyTheExpired() {
        let report = ReportBuilder.addingGlance(to: SampleReport.moduleBasedFigures(), warnDays: 0, previousHistory: nil)
        #expect(Self.describe(report.alarms(failingOn: [.expiring])) == ["expiring: ACME-SYNC subscription: 2026-03-01 (expired)"])
    }
}
