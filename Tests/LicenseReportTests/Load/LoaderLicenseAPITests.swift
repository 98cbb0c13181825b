import Foundation
import Testing
@testable import LicenseReport

/// `license.json` as the unmodified response of `GET /api/v1/License`: ExtendedLicenseInfo owners, counts from
/// `ExtendedModuleLicenses[]`, names from each row's `Current` ModuleLicense.
@Suite struct LoaderLicenseAPITests {
    /// One ExtendedModuleLicense row; `current` is the members of its Current ModuleLicense (or `null`).
    static func row(_ current: String, total: Int = 15, inUse: Int = 14, free: String = "1", new: String = "null") -> String {
        """
        {"Current": \(current), "New": \(new), "NumberOfLicensesTotal": \(total), "NumberOfLicensesInUse": \(inUse),
         "NumberOfLicensesFree": \(free), "NumberOfLicensesAdded": 0, "NumberOfLicensesNewTotal": \(total), "NumberOfLicensesNewFree": 1}
        """
    }

    static let salesPremium = """
    {"OwnerName": "SUPEROFFICE", "ModuleName": "SuperOffice.SalesPremium", "ModuleDescription": "Sales-Premium",
     "ModuleTooltip": "", "ModuleVersion": "12", "LicenseType": "UserLicense", "Unrestricted": false, "AllowedUserType": "InternalAssociate",
     "NumberOfLicenses": 15, "ExtraFlags": 1, "ExtraInfo": "set=sales", "SortOrder": 120, "IsHidden": false,
     "PrerequisiteModuleName": "", "Signature": "c2ln"}
    """

    /// A LicenseInfo with every property SuperOffice writes.
    static func licenceInfo(owner: String = "SUPEROFFICE", serial: String = #""6120004417""#) -> String {
        """
        {"CompanyName": "Havbris Sjømat AS", "SerialNr": \(serial), "OwnerName": "\(owner)", "OwnerDescription": "SuperOffice AS",
         "ExpiryDate": "0001-01-01T00:00:00", "GraceDate": "0001-01-01T00:00:00", "AdminWarningDate": "0001-01-01T00:00:00",
         "MaintenanceDate": "2027-01-01T00:00:00", "NextCheckDate": "2026-12-02T03:00:00", "ExtraFlags": 0, "DeploymentType": 2,
         "LicenseUrl": "", "LicenseVersion": "12", "ProductType": "Online", "ProductDescription": "", "ModuleLicenses": [],
         "PublicKey": {"Modulus": "AQAB"}, "Signature": "", "ExtraInfo": ""}
        """
    }

    /// An ExtendedLicenseInfo with these licences (object text or `null`) and rows.
    static func info(current: String = licenceInfo(), new: String = "null", rows: [String]) -> String {
        """
        {"Reason": "", "CanBeActivated": false, "Current": \(current), "New": \(new),
         "ExtendedModuleLicenses": [\(rows.joined(separator: ","))],
         "AccumulatedNextCheckDate": "2026-12-02T03:00:00", "TableRight": null, "FieldProperties": {}}
        """
    }

    @Test func unmodifiedResponseLoadsUnderStrict() throws {
        let dataset = TemporaryDataset(["license.json": "[" + Self.info(rows: [Self.row(Self.salesPremium)]) + "]"])
        let checked = try dataset.load(strict: true).get()
        #expect(checked.warnings == [])
        #expect(checked.dataset.owners == [
            LicenseOwner(ownerName: "SUPEROFFICE", ownerDescription: "SuperOffice AS", companyName: "Havbris Sjømat AS", serialNr: "6120004417",
                         moduleLicenses: [ModuleLicense(name: "SuperOffice.SalesPremium", description: "Sales-Premium", licenseType: .userLicense,
                                                        total: 15, inUse: 14, extraFlags: 1, sortOrder: 120)]),
        ])
    }

    /// `GET /api/v1/License/{ownerName}` returns one object; a LicenseInfo-shaped owner beside it keeps working.
    @Test func oneObjectAndMixedShapes() throws {
        let single = TemporaryDataset(["license.json": Self.info(rows: [])])
        #expect(try single.load(strict: true).get().dataset.owners.map(\.ownerName) == ["SUPEROFFICE"])
        let mixed = TemporaryDataset(["license.json": "[" + Self.info(rows: []) + "," + Sample.owner.replacingOccurrences(of: "SUPEROFFICE", with: "ADDON") + "]"])
        #expect(try mixed.load(strict: true).get().dataset.owners.map(\.ownerName) == ["SUPEROFFICE", "ADDON"])
    }

    @Test func hiddenUnrestrictedAndSystemRows() throws {
        let hidden = #"{"ModuleName": "SuperOffice.Travel", "ModuleDescription": "Travel", "LicenseType": "SatelliteLicense", "IsHidden": true, "SortOrder": 5}"#
        let unrestricted = #"{"ModuleName": "SuperOffice.Web", "LicenseType": "SiteLicense", "Unrestricted": true}"#
        let dataset = TemporaryDataset(["license.json": Self.info(rows: [
            Self.row(hidden, total: 0, inUse: 0, free: "0"), Self.row(unrestricted, total: 0, inUse: 3, free: "0"),
        ])])
        let licenses = try dataset.load(strict: true).get().dataset.owners[0].moduleLicenses
        #expect(licenses == [
            ModuleLicense(name: "SuperOffice.Travel", description: "Travel", licenseType: .satelliteLicense, total: 0, inUse: 0,
                          isHidden: true, sortOrder: 5),
            ModuleLicense(name: "SuperOffice.Web", description: "", licenseType: .siteLicense, total: 0, inUse: 3, unrestricted: true),
        ])
        #expect(licenses.map(\.isUserPlan) == [false, false])
    }

    @Test func currentNullReadsNewWithAWarning() throws {
        let text = Self.info(current: "null", new: Self.licenceInfo(owner: "ADDON", serial: "42"), rows: [Self.row("null", new: Self.salesPremium)])
        let dataset = TemporaryDataset(["license.json": text])
        let checked = try dataset.load().get()
        #expect(checked.warnings.map(\.description) == [
            "\(dataset.file("license.json")): $.Current: warning: Current is null: the owner is read from New, a licence downloaded but not yet activated",
            "\(dataset.file("license.json")): $.ExtendedModuleLicenses[0].Current: warning: Current is null: the module licence is read from New, a licence downloaded but not yet activated",
        ])
        #expect(checked.dataset.owners.map(\.ownerName) == ["ADDON"])
        #expect(checked.dataset.owners[0].serialNr == "42")
        #expect(checked.dataset.owners[0].moduleLicenses.map(\.name) == ["SuperOffice.SalesPremium"])
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var name: String
        var rows: [String]
        var expected: [String]
        var testDescription: String { name }
    }

    /// Every rule of the LicenseInfo shape, reported at the path of the response's own key.
    static let errorCases: [ErrorCase] = [
        .init(name: "no module name", rows: [row("null")],
              expected: ["$.ExtendedModuleLicenses[0]: error: module licence without a name: Current and New are both null (expected Current.ModuleName)"]),
        .init(name: "ModuleName missing", rows: [row(#"{"LicenseType": "SiteLicense"}"#)],
              expected: ["$.ExtendedModuleLicenses[0].Current: error: missing required key 'ModuleName'"]),
        .init(name: "ModuleName empty", rows: [row(#"{"ModuleName": " ", "LicenseType": "SiteLicense"}"#)],
              expected: ["$.ExtendedModuleLicenses[0].Current.ModuleName: error: ModuleName must not be empty"]),
        .init(name: "Free mismatch", rows: [row(salesPremium, free: "4")],
              expected: ["$.ExtendedModuleLicenses[0].NumberOfLicensesFree: error: Free 4 does not equal Total − InUse (15 − 14 = 1)"]),
        .init(name: "InUse above Total", rows: [row(salesPremium, total: 10, inUse: 12, free: "-2")],
              expected: ["$.ExtendedModuleLicenses[0].NumberOfLicensesInUse: error: InUse 12 is greater than Total 10 for a restricted licence"]),
        .init(name: "a name twice", rows: [row(salesPremium), row(salesPremium)],
              expected: ["$.ExtendedModuleLicenses[1].Current.ModuleName: error: licence Name 'SuperOffice.SalesPremium' appears twice in owner SUPEROFFICE (the first is at $.ExtendedModuleLicenses[0])"]),
        .init(name: "unknown LicenseType", rows: [row(#"{"ModuleName": "X", "LicenseType": "Unknown"}"#)],
              expected: ["$.ExtendedModuleLicenses[0].Current.LicenseType: error: unknown LicenseType 'Unknown'; known values: SiteLicense, SatelliteLicense, UserLicense"]),
        .init(name: "count missing", rows: [#"{"Current": {"ModuleName": "X", "LicenseType": "SiteLicense"}, "NumberOfLicensesInUse": 0}"#],
              expected: ["$.ExtendedModuleLicenses[0]: error: missing required key 'NumberOfLicensesTotal'"]),
        .init(name: "Current missing", rows: [#"{"NumberOfLicensesTotal": 1, "NumberOfLicensesInUse": 0}"#],
              expected: ["$.ExtendedModuleLicenses[0]: error: missing required key 'Current'"]),
        .init(name: "misspelt key", rows: [row(salesPremium).replacingOccurrences(of: "NumberOfLicensesAdded", with: "NumberOfLicencesAdded")],
              expected: ["$.ExtendedModuleLicenses[0].NumberOfLicencesAdded: warning: unknown field 'NumberOfLicencesAdded' is ignored"]),
    ]

    @Test(arguments: errorCases)
    func rulesAtTheResponsePaths(_ testCase: ErrorCase) {
        let dataset = TemporaryDataset(["license.json": Self.info(rows: testCase.rows)])
        #expect(dataset.diagnostics().map(\.description) == testCase.expected.map { "\(dataset.file("license.json")): \($0)" })
    }

    @Test func duplicateOwnerPointsAtCurrentOwnerName() {
        let dataset = TemporaryDataset(["license.json": "[" + Self.info(rows: []) + "," + Self.info(rows: []) + "]"])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("license.json")): $[1].Current.OwnerName: error: OwnerName 'SUPEROFFICE' appears twice (the first is at $[0])",
        ])
    }

    @Test func bothLicencesNullIsAnError() {
        let dataset = TemporaryDataset(["license.json": Self.info(current: "null", rows: [])])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("license.json")): $: error: expected a LicenseInfo object in Current or New, found null",
        ])
    }

    struct ExpiryCase: CustomTestStringConvertible, Sendable {
        var written: String
        var expected: CalendarDate?
        var testDescription: String { written }
    }

    /// "0001-01-01T00:00:00" with or without fraction or offset is no date; other dates count as written,
    /// offsets with or without a colon.
    static let expiryCases: [ExpiryCase] = [
        .init(written: "0001-01-01T00:00:00", expected: nil),
        .init(written: "0001-01-01T00:00:00.0000000", expected: nil),
        .init(written: "0001-01-01T00:00:00+01:00", expected: nil),
        .init(written: "0001-01-01T00:00:00-0500", expected: nil),
        .init(written: "2027-03-31T00:00:00-0500", expected: CalendarDate(year: 2027, month: 3, day: 31)),
        .init(written: "2027-03-31T23:30:00.123+0130", expected: CalendarDate(year: 2027, month: 3, day: 31)),
        .init(written: "2027-03-31T00:00:00", expected: CalendarDate(year: 2027, month: 3, day: 31)),
    ]

    @Test(arguments: expiryCases)
    func expiryDates(_ testCase: ExpiryCase) throws {
        let info = Self.licenceInfo().replacingOccurrences(of: #""ExpiryDate": "0001-01-01T00:00:00""#,
                                                           with: #""ExpiryDate": "\#(testCase.written)""#)
        let dataset = TemporaryDataset(["license.json": Self.info(current: info, rows: [])])
        let owner = try #require(try dataset.load(strict: true).get().dataset.owners.first)
        #expect(owner.expiryDate == testCase.expected)
        #expect(owner.graceDate == nil)
    }
}
