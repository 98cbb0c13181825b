import Testing
@testable import LicenseReport

/// The `--warn-days` rule (issue 12) as a table, and the warnings it gives for owners and licences.
@Suite struct ExpiryWarningRulesTests {
    @Test(arguments: [
        // daysLeft, warnDays, level
        (nil, 30, nil),
        (-365, 30, .expired), (-1, 30, .expired),
        (0, 30, .expiring), (1, 30, .expiring), (16, 30, .expiring), (30, 30, .expiring),
        (31, 30, .normal), (400, 30, .normal),
        (0, 0, .expiring), (1, 0, .normal), (-1, 0, .expired),
        (60, 60, .expiring), (61, 60, .normal),
    ] as [(Int?, Int, ExpiryLevel?)])
    func level(daysLeft: Int?, warnDays: Int, expected: ExpiryLevel?) {
        #expect(ExpiryWarningRules.level(daysLeft: daysLeft, warnDays: warnDays) == expected)
    }

    @Test func warningsListOwnersAndLicencesEarliestFirst() {
        let owners = ExpiryWarningRules.annotated(SampleReport.moduleBasedFigures().owners, warnDays: 30)
        let warnings = ExpiryWarningRules.warnings(of: owners)
        #expect(warnings.map(\.ownerName) == ["ACME-SYNC", "SUPEROFFICE"])
        #expect(warnings.map(\.licenseName) == [nil, "SuperOffice.QuoteManagement"])
        #expect(warnings.map(\.level) == [.expired, .expiring])
        #expect(warnings.map(\.daysLeft) == [-14, 17])
        #expect(owners[0].expiryLevel == .normal)  // 107 days left
        #expect(owners[1].expiryLevel == .expired)
        #expect(owners[0].licenses.map(\.expiryLevel) == [nil, nil, nil, nil, .expiring])
    }

    @Test func aWiderWindowWarnsAboutTheSubscriptionToo() {
        let owners = ExpiryWarningRules.annotated(SampleReport.moduleBasedFigures().owners, warnDays: 107)
        let warnings = ExpiryWarningRules.warnings(of: owners)
        #expect(warnings.map(\.daysLeft) == [-14, 17, 107])
        #expect(warnings.last?.licenseName == nil)
    }
}
