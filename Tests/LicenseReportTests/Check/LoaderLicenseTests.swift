import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// `license.json`: value rules, consistency rules, owner order and "0 = forever".
@Suite struct LoaderLicenseTests {
    static let base = #""Name": "Sales-Premium", "LicenseType": "UserLicense""#

    static let valueCases: [DiagnosticCase] = [
        .init("negative count", base + #", "Total": -2, "InUse": 0"#, at: "$.ModuleLicenses[0].Total",
              .invalidCount(field: "Total", value: "-2")),
        .init("fractional count", base + #", "Total": 10, "InUse": 2.5"#, at: "$.ModuleLicenses[0].InUse",
              .invalidCount(field: "InUse", value: "2.5")),
        .init("NaN count", base + #", "Total": NaN, "InUse": 1"#, at: "$.ModuleLicenses[0].Total",
              .notFinite(field: "Total", value: "NaN")),
        .init("InUse over Total", base + #", "Total": 10, "InUse": 12"#, at: "$.ModuleLicenses[0].InUse",
              .inUseExceedsTotal(inUse: 12, total: 10)),
        .init("Free disagrees", base + #", "Total": 10, "InUse": 7, "Free": 4"#, at: "$.ModuleLicenses[0].Free",
              .freeMismatch(free: 4, total: 10, inUse: 7)),
        .init("unknown licence type", #""Name": "X", "LicenseType": "FloatingLicense", "Total": 1, "InUse": 0"#,
              at: "$.ModuleLicenses[0].LicenseType",
              .unknownValue(field: "LicenseType", value: "FloatingLicense", known: ["SiteLicense", "SatelliteLicense", "UserLicense"])),
        .init("empty name", #""Name": " ", "LicenseType": "UserLicense", "Total": 1, "InUse": 0"#, at: "$.ModuleLicenses[0].Name",
              .emptyValue(field: "Name")),
        .init("bad expiry date", base + #", "Total": 1, "InUse": 0, "ExpiryDate": "2026-02-30""#,
              at: "$.ModuleLicenses[0].ExpiryDate", .invalidDate(field: "ExpiryDate", value: "2026-02-30")),
        .init("negative ExtraFlags", base + #", "Total": 1, "InUse": 0, "ExtraFlags": -1"#,
              at: "$.ModuleLicenses[0].ExtraFlags", .invalidCount(field: "ExtraFlags", value: "-1")),
    ]

    @Test(arguments: valueCases) func valueRule(_ test: DiagnosticCase) {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: test.text())])
        #expect(dataset.diagnostics() == [Diagnostic(test.reason, at: test.location(in: dataset.file("license.json")))])
    }

    @Test func inUseOverTotalMessage() {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: Self.base + #", "Total": 10, "InUse": 12"#)])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("license.json")): $.ModuleLicenses[0].InUse: error: InUse 12 is greater than Total 10 for a restricted licence",
        ])
    }

    @Test func unrestrictedLicenceMayExceedTotal() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: Self.base + #", "Total": 0, "InUse": 12, "Unrestricted": true"#)])
        let licence = try #require(try dataset.load().get().dataset.owners.first?.moduleLicenses.first)
        #expect(licence.free == nil)
        #expect(licence.unrestricted)
    }

    /// SuperOffice exports an unrestricted licence with `Free` 0 (there is no counter): not an error.
    @Test func unrestrictedLicenceIsNotCheckedAgainstFree() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: Self.base + #", "Total": 0, "InUse": 3, "Free": 0, "Unrestricted": true"#)])
        let checked = try dataset.load(strict: true).get()
        #expect(checked.warnings == [])
        let licence = try #require(checked.dataset.owners.first?.moduleLicenses.first)
        #expect(licence.total == 0)
        #expect(licence.inUse == 3)
        #expect(licence.unrestricted)    // Free has no meaning without a counter: report.json writes null
    }

    /// The same counts on a restricted licence break both counter rules.
    @Test func restrictedLicenceKeepsBothCounterRules() {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: Self.base + #", "Total": 0, "InUse": 3, "Free": 0, "Unrestricted": false"#)])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("license.json")): $.ModuleLicenses[0].Free: error: Free 0 does not equal Total − InUse (0 − 3 = -3)",
            "\(dataset.file("license.json")): $.ModuleLicenses[0].InUse: error: InUse 3 is greater than Total 0 for a restricted licence",
        ])
    }

    @Test func duplicateLicenceName() {
        let dataset = TemporaryDataset(["license.json": """
        {"OwnerName": "SUPEROFFICE", "CompanyName": "A", "SerialNr": "1", "ModuleLicenses": [
          {"Name": "Sales-Premium", "LicenseType": "UserLicense", "Total": 1, "InUse": 0},
          {"Name": "Sales-Premium", "LicenseType": "UserLicense", "Total": 2, "InUse": 0}]}
        """])
        #expect(dataset.diagnostics() == [Diagnostic(.duplicateLicenseName(name: "Sales-Premium", owner: "SUPEROFFICE", first: "$.ModuleLicenses[0]"),
                                                     at: dataset.at("license.json", "$.ModuleLicenses[1].Name"))])
    }

    @Test func duplicateOwner() {
        let dataset = TemporaryDataset(["license.json": """
        [{"OwnerName": "Acme", "CompanyName": "A", "SerialNr": "1", "ModuleLicenses": []},
         {"OwnerName": "ACME", "CompanyName": "A", "SerialNr": "2", "ModuleLicenses": []}]
        """])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("license.json")): $[1].OwnerName: error: OwnerName 'ACME' appears twice (the first is at $[0])",
        ])
    }

    /// The loader keeps file order; the report orders owners once (`OwnerRules.ordered`).
    @Test func ownersAreReportedSuperOfficeFirst() throws {
        let dataset = TemporaryDataset(["license.json": """
        [{"OwnerName": "Zeta Add-ons", "CompanyName": "A", "SerialNr": "3", "ModuleLicenses": []},
         {"OwnerName": "Acme", "CompanyName": "A", "SerialNr": "2", "ModuleLicenses": []},
         {"OwnerName": "SuperOffice", "CompanyName": "A", "SerialNr": "1", "ModuleLicenses": []}]
        """])
        let loaded = try dataset.load().get().dataset
        #expect(loaded.owners.map(\.ownerName) == ["Zeta Add-ons", "Acme", "SuperOffice"])
        let report = ReportBuilder.build(loaded, asOf: CalendarDate(year: 2026, month: 1, day: 1)!)
        #expect(report.owners.map(\.ownerName) == ["SuperOffice", "Acme", "Zeta Add-ons"])
        #expect(report.customer == Customer(companyName: "A", serialNr: "1"))
    }

    @Test(arguments: [#""ExpiryDate": 0"#, #""ExpiryDate": "0""#, #""ExpiryDate": "0001-01-01T00:00:00""#,
                      #""ExpiryDate": "0001-01-01""#, #""ExpiryDate": null"#, #""ExpiryDate": """#, #""GraceDate": null"#])
    func foreverIsNotTimeLimited(_ member: String) throws {
        let dataset = TemporaryDataset(["license.json": #"{"OwnerName": "SUPEROFFICE", "CompanyName": "A", "SerialNr": "1", "#
            + member + #", "ModuleLicenses": []}"#])
        let owner = try #require(try dataset.load().get().dataset.owners.first)
        #expect(owner.expiryDate == nil)
    }

    @Test(arguments: [("2027-01-31", "2027-01-31"), ("2027-01-31T00:00:00", "2027-01-31"), ("2027-01-31T23:59:59.997", "2027-01-31"),
                      ("2027-01-31T12:00:00+01:00", "2027-01-31"), ("2027-01-31T12:00:00Z", "2027-01-31")])
    func expiryDatesInSuperOfficeForms(_ text: String, _ expected: String) throws {
        let dataset = TemporaryDataset(["license.json": #"{"OwnerName": "SUPEROFFICE", "CompanyName": "A", "SerialNr": "1", "ExpiryDate": ""#
            + text + #"", "ModuleLicenses": []}"#])
        let owner = try #require(try dataset.load().get().dataset.owners.first)
        #expect(owner.expiryDate == CalendarDate(iso: expected))
    }

    @Test func roundTripOfAValidFile() throws {
        let dataset = TemporaryDataset(["license.json": "[" + Sample.owner + """
        , {"OwnerName": "Nordic Add-ons", "CompanyName": "Nordlys AS", "SerialNr": 77, "GraceDate": "2027-02-14",
           "ModuleLicenses": [{"Name": "Sync", "Description": "Calendar sync", "LicenseType": "SatelliteLicense", "Total": 5, "InUse": 5,
                               "IsHidden": true, "SortOrder": -1, "ExpiryDate": "2026-12-31T00:00:00"}]}]
        """])
        let owners = try dataset.load().get().dataset.owners
        #expect(owners == [
            LicenseOwner(ownerName: "SUPEROFFICE", ownerDescription: "SuperOffice AS", companyName: "Nordlys AS", serialNr: "1234567890",
                         expiryDate: CalendarDate(year: 2027, month: 1, day: 31), moduleLicenses: [
                            ModuleLicense(name: "Sales-Premium", description: "Sales Premium", licenseType: .userLicense, total: 10, inUse: 7,
                                          extraFlags: 1, sortOrder: 1),
                            ModuleLicense(name: "SuperOffice.Server", description: "SuperOffice Server", licenseType: .siteLicense, total: 1, inUse: 1),
                         ]),
            LicenseOwner(ownerName: "Nordic Add-ons", companyName: "Nordlys AS", serialNr: "77",
                         graceDate: CalendarDate(year: 2027, month: 2, day: 14), moduleLicenses: [
                            ModuleLicense(name: "Sync", description: "Calendar sync", licenseType: .satelliteLicense, total: 5, inUse: 5,
                                          isHidden: true, sortOrder: -1, expiryDate: CalendarDate(year: 2026, month: 12, day: 31)),
                         ]),
        ])
    }
}
