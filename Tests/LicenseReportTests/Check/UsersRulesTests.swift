import Testing
@testable import LicenseReport

/// A metered month whose users cannot be determined is an error naming the month; license.json without
/// an owner is an error (issue 10, point 14).
@Suite struct UsersRulesTests {
    static let systemOnly = #"{"OwnerName": "SUPEROFFICE", "CompanyName": "N", "SerialNr": "1", "ModuleLicenses": [{"Name": "Sales-Premium", "LicenseType": "UserLicense", "Total": 10, "InUse": 7}]}"#

    static func dataset(license: String, usage: String, status: String? = nil, tariffs: Bool = true) -> TemporaryDataset {
        var files = ["license.json": license, "usage.csv": "Period,Service,Quantity\n" + usage]
        if tariffs { files["tariffs.json"] = Sample.tariffs }
        if let status { files["status.json"] = status }
        return TemporaryDataset(files)
    }

    @Test func noOwnerAndNoActiveUsersAreTwoErrors() {
        let dataset = Self.dataset(license: "[]", usage: "2026-03,MailingsEmails,5000\n")
        #expect(dataset.diagnostics() == [
            Diagnostic(.noLicenseOwner, at: dataset.at("license.json", "$")),
            Diagnostic(.unknownUsers(month: "2026-03"), at: dataset.at("usage.csv", line: 2, column: 1)),
        ])
        #expect(dataset.diagnostics().last?.message == "the users of 2026-03 are unknown: the usage has no ActiveUsers row for 2026-03 and license.json has no user plan (a licence with ExtraFlags bit 1), so the thresholds cannot be computed: add an ActiveUsers row for 2026-03")
    }

    @Test func noOwnerWithoutUsageIsOneError() {
        let dataset = TemporaryDataset(["license.json": "[]"])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("license.json")): $: error: license.json has no licence owner: export at least SuperOffice's own LicenseInfo (OwnerName SUPEROFFICE)",
        ])
    }

    /// Each month without ActiveUsers is named, at its first row; a month with ActiveUsers is fine.
    @Test func userPlansWithoutExtraFlagsNameEachMonthWithoutActiveUsers() {
        let dataset = Self.dataset(license: Self.systemOnly, usage: """
            2026-04-03,MailingsEmails,10
            2026-03,ActiveUsers,4
            2026-03,MailingsEmails,5000
            2026-05,StorageSpace,12
            2026-04-01,MailingsEmails,10

            """)
        #expect(dataset.diagnostics() == [
            Diagnostic(.unknownUsers(month: "2026-04"), at: dataset.at("usage.csv", line: 2, column: 1)),
            Diagnostic(.unknownUsers(month: "2026-05"), at: dataset.at("usage.csv", line: 5, column: 1)),
        ])
        #expect(dataset.diagnostics(strict: true).count == 2)
    }

    @Test func userPlansWithNoUsersInUseAreAWarning() throws {
        let license = Sample.license(licence: #""Name": "Sales-Premium", "LicenseType": "UserLicense", "Total": 10, "InUse": 0, "ExtraFlags": 1"#)
        let dataset = Self.dataset(license: license, usage: "2026-03,MailingsEmails,5000\n")
        let checked = try dataset.load().get()
        #expect(checked.warnings == [Diagnostic(.noUsersInUse(month: "2026-03"), at: dataset.at("usage.csv", line: 2, column: 1), severity: .warning)])
        #expect(dataset.diagnostics(strict: true).map(\.severity) == [.error])
    }

    @Test func aCRMSuiteDatasetIsNotInvoiced() throws {
        let dataset = Self.dataset(license: Self.systemOnly, usage: "2026-03,MailingsEmails,5000\n", status: #"{"SubscriptionModel": "CrmSuite"}"#)
        #expect(try dataset.load().get().warnings.map(\.reason) == [.usageIgnoredForCRMSuite(file: "usage.csv")])
    }

    @Test func withoutTariffsOnlyTheMissingTariffsAreReported() {
        let dataset = Self.dataset(license: Self.systemOnly, usage: "2026-03,MailingsEmails,5000\n", tariffs: false)
        #expect(dataset.diagnostics().map(\.reason) == [.requiredWith(name: "tariffs.json", because: "the usage file has metered usage to price")])
    }

    @Test func aBrokenLicenseFileDoesNotAddUnknownUsers() {
        let dataset = Self.dataset(license: "[{", usage: "2026-03,MailingsEmails,5000\n")
        #expect(dataset.diagnostics().map(\.location?.file) == [dataset.file("license.json")])
    }

    @Test func usersOfTheUserPlansBeyondACountAreTooLarge() {
        let plans = (1...2).map { #"{"Name": "Plan\#($0)", "LicenseType": "UserLicense", "Total": 2147483647, "InUse": 2147483647, "ExtraFlags": 1}"# }
        let license = #"{"OwnerName": "SUPEROFFICE", "CompanyName": "N", "SerialNr": "1", "ModuleLicenses": [\#(plans.joined(separator: ","))]}"#
        let dataset = Self.dataset(license: license, usage: "2026-03,MailingsEmails,5000\n")
        #expect(dataset.diagnostics() == [Diagnostic(.numberTooLarge(field: "the users of the user plans (InUse)", value: "4294967294", limit: "2147483647"),
                                                     at: dataset.at("usage.csv", line: 2, column: 1))])
    }
}
