import Foundation
import Testing
@testable import LicenseReport

/// `fencing/`: unmodified FencingInfo responses, one file per call, named by the file; Maximum 0's two readings.
@Suite struct LoaderFencingTests {
    static func fencing(_ active: Int, _ maximum: String, nearing: String = "false", reached: String = "false", message: String = "") -> String {
        """
        {"ActiveCount": \(active), "Maximum": \(maximum), "IsNearingMaximum": \(nearing), "HasReachedMaximum": \(reached),
         "WarningMessage": "\(message)", "WarningTooltip": "", "TableRight": {"Mask": "Read"}, "FieldProperties": {}}
        """
    }

    static func dataset(plan: String? = "Core", restrictions: String = "[]", _ files: [String: String]) -> TemporaryDataset {
        let status = plan.map { #"{"SubscriptionModel": "CrmSuite", "Plan": "\#($0)", "Restrictions": \#(restrictions)}"# }
            ?? #"{"Restrictions": \#(restrictions)}"#
        let dataset = TemporaryDataset(["license.json": Sample.license, "status.json": status])
        try! FileManager.default.createDirectory(atPath: dataset.file("fencing"), withIntermediateDirectories: true)
        for (name, text) in files { dataset.write("fencing/" + name, text) }
        return dataset
    }

    @Test func eachFileNamesItsLimitInThePagesOrder() throws {
        let dataset = Self.dataset([
            "license.json": Self.fencing(19, "20", nearing: "true", message: " CRM Suite user licences "),
            "marketing-flows.json": Self.fencing(0, "0", reached: "true"),
            "projects.json": Self.fencing(92, "100", nearing: "true"),
            "dashboards.json": Self.fencing(14, "0"),
        ])
        let checked = try dataset.load(strict: true).get()
        #expect(checked.dataset.status.restrictions == [
            Restriction(name: "Dashboards", activeCount: 14, maximum: nil, isNearingMaximum: false, hasReachedMaximum: false),
            Restriction(name: "Active projects", activeCount: 92, maximum: 100, isNearingMaximum: true, hasReachedMaximum: false),
            Restriction(name: "Active marketing flows", activeCount: 0, maximum: 0, isNearingMaximum: false, hasReachedMaximum: true),
            Restriction(name: "CRM Suite user licences", activeCount: 19, maximum: 20, isNearingMaximum: true, hasReachedMaximum: false),
        ])
    }

    @Test func theLicenceFenceWithoutAMessageIsTheLicenceLimit() throws {
        let dataset = Self.dataset(["license.json": Self.fencing(3, "10")])
        #expect(try dataset.load().get().dataset.status.restrictions.map(\.name) == ["Licence limit"])
    }

    struct ZeroCase: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var plan: String?
        var nearing: String
        var reached: String
        /// `nil` = unlimited, 0 = not in the plan (reached).
        var maximum: Int?
        var testDescription: String { name }
    }

    /// The rule of issue 11 for `Maximum` 0: unlimited only when both flags are false and the plan table says
    /// unlimited; otherwise "not in the plan".
    static let zeroCases: [ZeroCase] = [
        .init(name: "flags false, Core has no dashboard limit", file: "dashboards.json", plan: "Core", nearing: "false", reached: "false", maximum: nil),
        .init(name: "flags false, Starter limits dashboards", file: "dashboards.json", plan: "Starter", nearing: "false", reached: "false", maximum: 0),
        .init(name: "reached flag set, Core has no dashboard limit", file: "dashboards.json", plan: "Core", nearing: "false", reached: "true", maximum: 0),
        .init(name: "nearing flag set", file: "dashboards.json", plan: "Core", nearing: "true", reached: "false", maximum: 0),
        .init(name: "flags absent", file: "dashboards.json", plan: "Core", nearing: "null", reached: "null", maximum: 0),
        .init(name: "no plan", file: "dashboards.json", plan: nil, nearing: "false", reached: "false", maximum: 0),
        .init(name: "Plus has 10 marketing flows", file: "marketing-flows.json", plan: "Plus", nearing: "false", reached: "false", maximum: 0),
        .init(name: "Super has no limits", file: "marketing-flows.json", plan: "Super", nearing: "false", reached: "false", maximum: nil),
        .init(name: "the licence fence is not in the table", file: "license.json", plan: "Super", nearing: "null", reached: "false", maximum: 0),
        .init(name: "the licence fence, reached flag set", file: "license.json", plan: "Core", nearing: "false", reached: "true", maximum: 0),
    ]

    /// The licence fence answers only near or at its limit: 0 of 0 with both flags false is no limit at all.
    @Test func theLicenceFencesAllClearIsNoRestriction() throws {
        let dataset = Self.dataset(plan: "Core", ["license.json": Self.fencing(0, "0")])
        let checked = try dataset.load(strict: true).get()
        #expect(checked.dataset.status.restrictions == [])
        #expect(checked.warnings == [])
    }

    @Test(arguments: zeroCases)
    func maximumZero(_ testCase: ZeroCase) throws {
        let dataset = Self.dataset(plan: testCase.plan, [testCase.file: Self.fencing(0, "0", nearing: testCase.nearing, reached: testCase.reached)])
        let restriction = try #require(try dataset.load().get().dataset.status.restrictions.first)
        #expect(restriction.maximum == testCase.maximum)
    }

    @Test func flagsThatDisagreeWarnAtTheFile() {
        let dataset = Self.dataset(["projects.json": Self.fencing(100, "100", nearing: "true", reached: "false")])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("fencing/projects.json")): $.HasReachedMaximum: warning: restriction 'Active projects': HasReachedMaximum is false but the computed level is reached",
        ])
    }

    @Test func aNameInBothFilesIsAnErrorNamingBoth() {
        let dataset = Self.dataset(restrictions: #"[{"Name": "Sales guides", "ActiveCount": 1, "Maximum": 5}, {"Name": " active PROJECTS", "ActiveCount": 1}]"#,
                                   ["projects.json": Self.fencing(92, "100", nearing: "true")])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("status.json")): $.Restrictions[1].Name: error: restriction ' active PROJECTS' is in both status.json and \(dataset.file("fencing/projects.json")): remove it from status.json (fetch keeps \(dataset.file("fencing/projects.json")) up to date)",
        ])
    }

    @Test func unknownFilesWarnAndOtherFilesAreIgnored() {
        let dataset = Self.dataset(["custom-objects.json": "{}", "README.md": "notes", "projects.json": Self.fencing(1, "100")])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("fencing/custom-objects.json")): warning: unknown file 'custom-objects.json' in fencing/ is ignored; known files: dashboards.json, projects.json, marketing-flows.json, license.json",
        ])
    }

    @Test func structuralErrorsAtTheirPaths() {
        let dataset = Self.dataset(["projects.json": #"{"Maximum": -1, "IsNearingMaximum": "no", "Name": "Projects"}"#, "dashboards.json": "[]"])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("fencing/dashboards.json")): $: error: expected a FencingInfo object, found an array",
            "\(dataset.file("fencing/projects.json")): $: error: missing required key 'ActiveCount'",
            "\(dataset.file("fencing/projects.json")): $.IsNearingMaximum: error: expected true or false, found a string",
            "\(dataset.file("fencing/projects.json")): $.Maximum: error: Maximum must be 0 or more (or null for unlimited), found -1",
            "\(dataset.file("fencing/projects.json")): $.Name: warning: unknown field 'Name' is ignored",
        ])
    }

    @Test func fencingWithoutStatusJSON() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license])
        try FileManager.default.createDirectory(atPath: dataset.file("fencing"), withIntermediateDirectories: true)
        dataset.write("fencing/projects.json", Self.fencing(5, "100"))
        #expect(try dataset.load(strict: true).get().dataset.status.restrictions == [
            Restriction(name: "Active projects", activeCount: 5, maximum: 100, isNearingMaximum: false, hasReachedMaximum: false),
        ])
    }
}
