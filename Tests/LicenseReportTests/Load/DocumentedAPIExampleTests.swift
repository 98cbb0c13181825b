import Foundation
import Testing
@testable import LicenseReport

/// The worked examples of the Web API shapes in docs/dataset-format.md load and give the figures the text
/// beside them states, so the documentation cannot drift from the loader.
@Suite struct DocumentedAPIExampleTests {
    static let document = try! String(contentsOf: FixtureGoldenTests.fixtures.deletingLastPathComponent()
        .appendingPathComponent("docs/dataset-format.md"), encoding: .utf8)

    /// The ```json blocks of the section that starts with `heading`, up to the next heading of its level or higher.
    static func examples(under heading: String) -> [String] {
        guard let start = document.range(of: "\n" + heading + "\n") else { return [] }
        let level = heading.prefix { $0 == "#" }.count
        var section = document[start.upperBound...]
        if let end = section.firstRange(of: try! Regex("\n#{1,\(level)} ")) { section = section[..<end.lowerBound] }
        return section.components(separatedBy: "```json\n").dropFirst().compactMap { $0.components(separatedBy: "\n```").first }
    }

    @Test func licenceResponse() throws {
        let blocks = Self.examples(under: "### license.json as the Web API returns it")
        #expect(blocks.count == 1)
        let checked = try TemporaryDataset(["license.json": try #require(blocks.first)]).load(strict: true).get()
        let owner = try #require(checked.dataset.owners.first)
        #expect([owner.ownerName, owner.companyName, owner.serialNr] == ["SUPEROFFICE", "Havbris Sjømat AS", "6120004417"])
        #expect(owner.expiryDate == nil)
        #expect(owner.moduleLicenses.map { "\($0.description) \($0.total)/\($0.inUse)/\($0.free ?? 0) \($0.isUserPlan)" }
                == ["System 1/1/0 false", "Sales-Premium 15/14/1 true"])
    }

    @Test func fencingResponses() throws {
        let blocks = Self.examples(under: "## fencing/ (optional)")
        #expect(blocks.count == 2)
        let dataset = TemporaryDataset(["license.json": Sample.license, "status.json": #"{"SubscriptionModel": "CrmSuite", "Plan": "Core"}"#])
        try FileManager.default.createDirectory(atPath: dataset.file("fencing"), withIntermediateDirectories: true)
        dataset.write("fencing/projects.json", blocks[0])
        dataset.write("fencing/dashboards.json", blocks[1])
        let report = ReportBuilder.build(try dataset.load(strict: true).get().dataset, asOf: CalendarDate(year: 2026, month: 11, day: 15)!)
        // The trend (issue 12) is the history's; here only the computed row counts.
        #expect(report.restrictions.map { var row = $0; row.trend = []; return row } == [
            RestrictionStatus(name: "Dashboards", activeCount: 14, maximum: nil, percent: nil, level: .unlimited),
            RestrictionStatus(name: "Active projects", activeCount: 92, maximum: 100, percent: 92, level: .approaching),
        ])
    }

    @Test func eventsResponse() throws {
        let blocks = Self.examples(under: "### events.json as the Web API returns it")
        #expect(blocks.count == 1)
        let dataset = TemporaryDataset(["license.json": Sample.license, "status.json": #"{"TimeZone": "Europe/Oslo"}"#,
                                        "events.json": try #require(blocks.first)])
        let events = try dataset.load(strict: true).get().dataset.events
        #expect(events.map(\.eventName) == ["Mail relay upgrade", "Re-index of documents"])
        #expect(events.map { $0.registered?.displayText } == ["2026-11-02 14:15 +01:00", "2026-11-14 19:30 +01:00"])
        #expect(events.map { $0.finished?.displayText } == ["2026-11-02 17:45 +01:00", nil])
        #expect(events.map(\.scope) == [.database, .database])
        #expect(events.map { $0.registeredBy?.fullName } == ["Tore Haugland", nil])
    }
}
