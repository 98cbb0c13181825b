import Foundation
import Mustache
import Testing
@testable import LicenseReport

/// The view models' `child(named:)` tables (`MustacheViewModel`) give swift-mustache exactly what its
/// `Mirror` lookup gave: the same names, the same values of the same types, `nil` for anything else.
@Suite struct MustacheViewModelTests {
    /// Every view model type with a table; each must be reached by the sample walk below.
    static let viewModelTypes: [String] = [
        "StatusPage.EventRow", "StatusPage.EventRow.ActivatedBy", "IndexPage", "IndexPage.WorstLevel", "IndexPage.LatestUsage",
        "LicenseTypeReference.Entry", "LicensesPage", "LicensesPage.LicenseRow", "LicensesPage.OwnerExpiry",
        "LicensesPage.OwnerSection", "StatusPage.Month", "StatusPage.Month.Line", "PageChrome", "PageChrome.NavLink", "StatusPage",
        "StatusPage.Fact", "StatusPage.RestrictionRow", "UsageIndexPage", "UsageIndexPage.Month", "UsageMonthPage",
        "UsageMonthPage.Line", "UsageMonthPage.Formula", "UsageMonthPage.Peak",
        // Issue 12: headline, changes, expiry indicators, charts.
        "HeadlineView", "HeadlineView.Part", "HeadlineView.Item", "ChangesView", "ChangesView.Line", "IndicatorView",
        "MeteredChart", "MeteredChart.Bar", "MeteredChart.Segment", "MeteredChart.GridLine", "MeterView", "MeterView.Mark",
        "SparklineView",
        // Issue 9: the fleet overview.
        "FleetIndexPage", "FleetIndexPage.Row",
    ].map { "LicenseReport." + $0 }

    /// Every model handed to `TemplateLibrary.render`, built from reports that fill every optional part.
    static func samples() -> [Any] {
        var models: [Any] = []
        for report in [SampleReport.moduleBased(), SampleReport.crmSuite(), SampleReport.empty(), UsageFixture.report()] {
            models += [IndexPage(report: report), LicensesPage(report: report)]
            models += Audience.allCases.map { StatusPage(report: report, audience: $0) }
            let chrome = PageChrome(report: report, pageTitle: "Usage reports", current: "usage/index", root: "../")
            models += [UsageIndexPage(report, chrome: chrome), UsageIndexPage(report)]
            models += report.usageMonths.flatMap { [UsageMonthPage($0, of: report, chrome: chrome), UsageMonthPage($0, of: report)] }
        }
        let rows = [FleetOverviewRow(tenant: "a", report: SampleReport.moduleBased()), FleetOverviewRow(tenant: "b", report: UsageFixture.report()),
                    FleetOverviewRow(tenant: "c", failure: [Diagnostic(.missingFile(name: "license.json"))], folder: "root/c")]
        models.append(FleetIndexPage(asOf: "2026-11-15", rows: rows, hasSite: { $0 != "c" }, stylesheet: "body {}"))
        return models
    }

    /// What swift-mustache 2.1.1 `Mirror.getValue(forKey:)` returns: the labelled child, an `Optional`
    /// unwrapped one level.
    static func mirrorValue(_ object: Any, _ name: String) -> Any? {
        guard let value = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    /// Walks `value` and everything stored in it; checks every struct with stored properties.
    static func check(_ value: Any, visited: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .struct, !mirror.children.isEmpty {
            let typeName = String(reflecting: type(of: value))
            guard let model = value as? MustacheParent else {
                Issue.record("\(typeName) is rendered by a template but looked up through Mirror (add a MustacheViewModel table)")
                return
            }
            visited.insert(typeName)
            let labels = mirror.children.compactMap(\.label)
            let keys = Array((type(of: value) as? any MustacheViewModel.Type)?.keyNames ?? [])
            #expect(keys.sorted() == labels.sorted(), "\(typeName): table keys differ from the stored properties")
            for label in labels + ["noSuchProperty", "", "."] {
                let expected = mirrorValue(value, label)
                let actual = model.child(named: label)
                #expect((actual == nil) == (expected == nil), "\(typeName).\(label): nil differs")
                if let actual, let expected {
                    #expect(type(of: actual) == type(of: expected), "\(typeName).\(label): \(type(of: actual)) ≠ \(type(of: expected))")
                    #expect(String(reflecting: actual) == String(reflecting: expected), "\(typeName).\(label): value differs")
                }
            }
        }
        if [.struct, .collection, .optional].contains(mirror.displayStyle) {
            for child in mirror.children { check(child.value, visited: &visited) }
        }
    }

    @Test func tablesMatchMirrorForEveryViewModel() {
        var visited = Set<String>()
        for model in Self.samples() { Self.check(model, visited: &visited) }
        #expect(visited == Set(Self.viewModelTypes), "types never reached by a sample: \(Set(Self.viewModelTypes).subtracting(visited).sorted())")
    }

    @Test func optionalPropertiesUnwrapLikeMirror() throws {
        let rows = LicensesPage(report: SampleReport.moduleBased()).owners.flatMap { $0.userPlans + $0.systemLicenses }
        let withName = try #require(rows.first { $0.licenseName != nil })
        #expect(withName.child(named: "licenseName") is String)
        let usage = UsageFixture.report()
        let chrome = UsageMonthPage(usage.usageMonths[0], of: usage)
        #expect(chrome.chrome == nil)
        #expect(chrome.child(named: "chrome") == nil)
        #expect(chrome.child(named: "lines") is [UsageMonthPage.Line])
        #expect(chrome.child(named: "stem") == nil)
    }
}

extension MustacheViewModel {
    /// The names in the type's table (for the test's comparison with `Mirror`).
    static var keyNames: [String] { Array(mustacheKeys.keys) }
}
