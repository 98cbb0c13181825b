import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// `status.json`: defaults, the CRM Suite plan table, restriction rules and flag warnings.
@Suite struct LoaderStatusTests {
    static func dataset(status: String) -> TemporaryDataset {
        TemporaryDataset(["license.json": Sample.license, "status.json": status])
    }

    @Test func defaultsWithoutStatusFile() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license])
        #expect(try dataset.load().get().dataset.status == DatabaseStatus())
    }

    @Test func roundTrip() throws {
        let dataset = Self.dataset(status: """
        {"Subscription": "SuperOffice CRM Online", "Type": "Production", "SubscriptionModel": "CrmSuite", "Plan": "Core",
         "PreparedFor": "Kari Nordmann", "TimeZone": "Europe/Oslo", "UpgradeUrl": "https://example.com/upgrade", "InfoUrl": null,
         "Restrictions": [{"Name": "Active projects", "ActiveCount": 85, "IsNearingMaximum": true, "HasReachedMaximum": false},
                          {"Name": "Dashboards", "ActiveCount": 7},
                          {"Name": "Custom objects", "ActiveCount": 0, "Maximum": 0},
                          {"Name": "Archived widgets", "ActiveCount": 3, "Maximum": null}]}
        """)
        let status = try dataset.load().get().dataset.status
        #expect(status == DatabaseStatus(subscription: "SuperOffice CRM Online", type: "Production", subscriptionModel: .crmSuite, plan: .core,
                                         preparedFor: "Kari Nordmann", timeZoneIdentifier: "Europe/Oslo", upgradeURL: "https://example.com/upgrade",
                                         infoURL: nil, restrictions: [
                                            Restriction(name: "Active projects", activeCount: 85, maximum: 100, isNearingMaximum: true, hasReachedMaximum: false),
                                            Restriction(name: "Dashboards", activeCount: 7, maximum: nil),
                                            Restriction(name: "Custom objects", activeCount: 0, maximum: 0),
                                            Restriction(name: "Archived widgets", activeCount: 3, maximum: nil),
                                         ]))
    }

    /// Every cell of the plan table (SuperOffice CRM Suite plans, documentation version 12).
    @Test(arguments: [
        ("Starter", "Dashboards", 3), ("Starter", "Active projects", 0), ("Starter", "Custom objects", 0), ("Starter", "Active marketing flows", 0),
        ("Core", "Dashboards", nil), ("Core", "Active projects", 100), ("Core", "Custom objects", 0), ("Core", "Active marketing flows", 0),
        ("Growth", "Dashboards", nil), ("Growth", "Active projects", nil), ("Growth", "Custom objects", 15), ("Growth", "Active marketing flows", 0),
        ("Plus", "Dashboards", nil), ("Plus", "Active projects", nil), ("Plus", "Custom objects", nil), ("Plus", "Active marketing flows", 10),
        ("Super", "Dashboards", nil), ("Super", "Active projects", nil), ("Super", "Custom objects", nil), ("Super", "Active marketing flows", nil),
    ] as [(String, String, Int?)])
    func absentMaximumComesFromThePlanTable(_ plan: String, _ limit: String, _ maximum: Int?) throws {
        let dataset = Self.dataset(status: #"{"SubscriptionModel": "CrmSuite", "Plan": ""# + plan + #"", "Restrictions": [{"Name": " "#
            + limit.lowercased() + #" ", "ActiveCount": 1}]}"#)
        #expect(try dataset.load().get().dataset.status.restrictions.map(\.maximum) == [maximum])
    }

    static let errorCases: [DiagnosticCase] = [
        .init("negative maximum", #"{"Restrictions": [{"Name": "Dashboards", "ActiveCount": 1, "Maximum": -1}]}"#,
              at: "$.Restrictions[0].Maximum", .negativeMaximum(value: -1)),
        .init("negative active count", #"{"Restrictions": [{"Name": "Dashboards", "ActiveCount": -3, "Maximum": 3}]}"#,
              at: "$.Restrictions[0].ActiveCount", .invalidCount(field: "ActiveCount", value: "-3")),
        .init("unknown time zone", #"{"TimeZone": "Europe/Oslo "}"#, at: "$.TimeZone", .unknownTimeZone(value: "Europe/Oslo ")),
        .init("unknown plan", #"{"Plan": "Enterprise"}"#, at: "$.Plan",
              .unknownValue(field: "Plan", value: "Enterprise", known: ["Starter", "Core", "Growth", "Plus", "Super"])),
        .init("unknown subscription model", #"{"SubscriptionModel": "Seats"}"#, at: "$.SubscriptionModel",
              .unknownValue(field: "SubscriptionModel", value: "Seats", known: ["CrmSuite", "ModuleBased"])),
        .init("limit not in the plan table", #"{"Plan": "Core", "Restrictions": [{"Name": "Robots", "ActiveCount": 1}]}"#,
              at: "$.Restrictions[0]", .unknownRestrictionLimit(name: "Robots", plan: "Core")),
        .init("no maximum and no plan", #"{"Restrictions": [{"Name": "Dashboards", "ActiveCount": 1}]}"#,
              at: "$.Restrictions[0]", .missingKey(key: "Maximum")),
        .init("restrictions not an array", #"{"Restrictions": {"Name": "Dashboards"}}"#, at: "$.Restrictions",
              .wrongType(expected: "an array of restrictions", found: "an object")),
    ]

    @Test(arguments: errorCases) func statusError(_ test: DiagnosticCase) {
        let dataset = Self.dataset(status: test.text())
        #expect(dataset.diagnostics() == [Diagnostic(test.reason, at: test.location(in: dataset.file("status.json")))])
    }

    @Test func timeZoneMessage() {
        let dataset = Self.dataset(status: #"{"TimeZone": "Oslo"}"#)
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("status.json")): $.TimeZone: error: unknown time zone 'Oslo': use an IANA name such as Europe/Oslo or UTC",
        ])
    }

    /// Flags that agree with the computed level give no warning; others warn at the flag.
    @Test(arguments: [
        // activeCount, maximum, IsNearingMaximum, HasReachedMaximum, flags that disagree
        (84, 100, false, false, []), (85, 100, true, false, []), (100, 100, true, true, []), (100, 100, false, true, []),
        (84, 100, true, false, ["IsNearingMaximum"]), (85, 100, false, false, ["IsNearingMaximum"]),
        (99, 100, true, true, ["HasReachedMaximum"]), (101, 100, true, false, ["HasReachedMaximum"]),
        (0, 0, false, false, ["HasReachedMaximum"]), (5, nil, true, true, ["HasReachedMaximum", "IsNearingMaximum"]),
    ] as [(Int, Int?, Bool, Bool, [String])])
    func flagMismatchWarnings(_ active: Int, _ maximum: Int?, _ nearing: Bool, _ reached: Bool, _ flags: [String]) throws {
        let maximumText = maximum.map(String.init) ?? "null"
        let dataset = Self.dataset(status: #"{"Restrictions": [{"Name": "Active projects", "ActiveCount": \#(active), "Maximum": \#(maximumText), "IsNearingMaximum": \#(nearing), "HasReachedMaximum": \#(reached)}]}"#)
        let level = RestrictionRules.level(activeCount: active, maximum: maximum).rawValue
        let warnings = try dataset.load().get().warnings
        #expect(warnings == flags.map { flag in
            Diagnostic(.restrictionFlagMismatch(name: "Active projects", flag: flag, given: flag == "IsNearingMaximum" ? nearing : reached, computedLevel: level),
                       at: dataset.at("status.json", "$.Restrictions[0].\(flag)"), severity: .warning)
        })
    }

    @Test func flagMismatchMessageAndStrict() {
        let dataset = Self.dataset(status: #"{"Restrictions": [{"Name": "Dashboards", "ActiveCount": 3, "Maximum": 3, "HasReachedMaximum": false}]}"#)
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("status.json")): $.Restrictions[0].HasReachedMaximum: warning: restriction 'Dashboards': HasReachedMaximum is false but the computed level is reached",
        ])
        #expect(dataset.diagnostics(strict: true).map(\.severity) == [.error])
    }
}
