import Foundation
import Testing
@testable import LicenseReport

/// Unmodified SuperOffice Web API exports: the carriers' standard properties (`TableRight`, `FieldProperties`)
/// and the properties the report does not use are accepted and ignored, so `check --strict` passes.
@Suite struct LoaderCarrierExportTests {
    /// `TableRight` and `FieldProperties` as the Web API serialises them on every carrier.
    static let carrierProperties = """
    "TableRight": {"Mask": "Read", "Reason": ""},
    "FieldProperties": {"Name": {"FieldRight": {"Mask": "Read", "Reason": ""}, "FieldType": "System.String", "FieldLength": 255}}
    """

    /// One `LicenseInfo` with one `ModuleLicenseLink`, every property SuperOffice's carriers have.
    static let export = """
    [{"OwnerName": "SUPEROFFICE", "OwnerDescription": "SuperOffice AS", "CompanyName": "Nordlys AS", "SerialNr": "1234567890",
      "ExpiryDate": "0001-01-01T00:00:00", "GraceDate": "0001-01-01T00:00:00", "AdminWarningDate": "0001-01-01T00:00:00",
      "MaintenanceDate": "2027-06-30T00:00:00", "NextCheckDate": "2026-11-20T00:00:00", "DeploymentType": 2, "ExtraFlags": 0,
      "LicenseUrl": "https://license.superoffice.com/", "LicenseVersion": "11.0", "ProductDescription": "SuperOffice CRM Online",
      "ProductType": "Online", "PublicKey": {"Modulus": "AQAB", "Exponent": "AQAB", "Signature": "c2ln"}, "Signature": "c2lnbmF0dXJl",
      \(carrierProperties),
      "ModuleLicenses": [
        {"Name": "Sales-Premium", "Description": "Sales Premium", "LicenseType": "UserLicense", "Total": 10, "InUse": 7, "Free": 3,
         "PrevTotal": 8, "Unrestricted": false, "IsHidden": false, "ExtraFlags": 1, "SortOrder": 1, "Assigned": false, "CanAssign": true,
         "ModuleLicenseId": 42, "PrerequisiteModuleName": "", "Tooltip": "Sales Premium user plan",
         \(carrierProperties)}
      ]}]
    """

    @Test func unmodifiedLicenceExportLoadsWithoutWarnings() throws {
        let dataset = TemporaryDataset(["license.json": Self.export])
        let checked = try dataset.load(strict: true).get()
        #expect(checked.warnings == [])
        #expect(checked.dataset.owners == [
            LicenseOwner(ownerName: "SUPEROFFICE", ownerDescription: "SuperOffice AS", companyName: "Nordlys AS", serialNr: "1234567890",
                         moduleLicenses: [
                            ModuleLicense(name: "Sales-Premium", description: "Sales Premium", licenseType: .userLicense, total: 10, inUse: 7,
                                          extraFlags: 1, sortOrder: 1),
                         ]),
        ])
    }

    @Test func fencingInfoPropertiesAreIgnoredOnRestrictions() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license, "status.json": """
        {"SubscriptionModel": "CrmSuite", "Plan": "Core", "Restrictions": [
          {"Name": "Active projects", "ActiveCount": 85, "Maximum": 100, "IsNearingMaximum": true, "HasReachedMaximum": false,
           "WarningMessage": "You are nearing the maximum", "WarningTooltip": "85 of 100", \(Self.carrierProperties)}]}
        """])
        let checked = try dataset.load(strict: true).get()
        #expect(checked.warnings == [])
        #expect(checked.dataset.status.restrictions == [
            Restriction(name: "Active projects", activeCount: 85, maximum: 100, isNearingMaximum: true, hasReachedMaximum: false),
        ])
    }

    /// Ignoring the carrier properties does not hide a misspelt key next to them.
    @Test func aMisspeltKeyBesideThemStillWarns() {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: """
        "Name": "Sales-Premium", "LicenseType": "UserLicense", "Total": 1, "InUse": 0, "PrevTotals": 1, \(Self.carrierProperties)
        """)])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("license.json")): $.ModuleLicenses[0].PrevTotals: warning: unknown field 'PrevTotals' is ignored",
        ])
    }
}
