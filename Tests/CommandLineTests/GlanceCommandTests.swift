import Foundation
import Testing
import TestSupport

/// End-to-end (issue 12): history over consecutive builds of the built binary, the feed's ids across builds,
/// a damaged history, and the exit statuses of `--fail-on` and `--warn-days`.
@Suite(.serialized) struct GlanceCommandTests {
    static func build(_ dataset: URL, _ output: URL, _ date: String, _ extra: [String] = []) throws -> ProcessResult {
        try LicenseReportBinary.run(["build", dataset.path, "--output", output.path, "--as-of", date] + extra)
    }

    static func text(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "\(file.lastPathComponent) has no \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    /// Entry ids by title.
    static func feedIDs(_ feed: String) -> [String: String] {
        var ids: [String: String] = [:]
        for entry in feed.components(separatedBy: "<entry>").dropFirst() {
            let id = entry.components(separatedBy: "<id>")[1].components(separatedBy: "</id>")[0]
            let title = entry.components(separatedBy: "<title>")[1].components(separatedBy: "</title>")[0]
            ids[title] = id
        }
        return ids
    }

    @Test func historyOverThreeConsecutiveBuilds() throws {
        let dataset = try Repository.copyOfFixture("bergfalk-crm-core")
        let site = try temporaryFolder().appendingPathComponent("site")

        let first = try Self.build(dataset, site, "2026-11-14")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try Self.text(site, "status.html").contains("No earlier build to compare with"))
        #expect(!(try Self.text(site, "feed.xml").contains("<entry>")))

        try Self.replace("\"ActiveCount\": 85,\n      \"Maximum\": 100,\n      \"IsNearingMaximum\": true,\n      \"HasReachedMaximum\": false",
                         with: "\"ActiveCount\": 100,\n      \"Maximum\": 100", in: dataset.appendingPathComponent("status.json"))
        let second = try Self.build(dataset, site, "2026-11-15")
        #expect(second.status == 0, "\(second.stderr)")
        let status2 = try Self.text(site, "status.html")
        #expect(status2.contains("<p>Since the build of 2026-11-14:</p>"))
        #expect(status2.contains("<li>Sales guides reached its limit (85 → 100 of 100)</li>"))
        #expect(status2.contains("<li>New system event: Price list import</li>"))
        let ids2 = Self.feedIDs(try Self.text(site, "feed.xml"))
        #expect(ids2.count == 2)

        // Keep the site of build 2, to build day 3 twice from it.
        let copy = try temporaryFolder().appendingPathComponent("site-copy")
        try FileManager.default.copyItem(at: site, to: copy)

        try Self.replace("\"InUse\": 11,\n      \"Free\": 1,", with: "\"InUse\": 12,\n      \"Free\": 0,",
                         in: dataset.appendingPathComponent("license.json"))
        let third = try Self.build(dataset, site, "2026-11-16")
        #expect(third.status == 0, "\(third.stderr)")
        let history = try Self.text(site, "history.json")
        #expect(history.components(separatedBy: "{\"date\": ").count - 1 == 3)
        #expect(history.contains("{\"date\": \"2026-11-14\"") && history.contains("{\"date\": \"2026-11-16\""))
        let status3 = try Self.text(site, "status.html")
        #expect(status3.contains("<p>Since the build of 2026-11-15:</p>"))
        #expect(status3.contains("<li>CRM Suite +1 in use (11 → 12 of 12)</li>"))
        #expect(status3.contains("over 3 builds"))  // the sparklines' descriptions
        // The changes of build 2 keep their ids in build 3.
        let ids3 = Self.feedIDs(try Self.text(site, "feed.xml"))
        #expect(ids3.count == 3)
        for (title, id) in ids2 { #expect(ids3[title] == id, "\(title)") }
        // report.json never carries history: it is the same as without any.
        let fresh = try temporaryFolder().appendingPathComponent("fresh")
        #expect(try Self.build(dataset, fresh, "2026-11-16").status == 0)
        #expect(try Self.text(fresh, "report.json") == Self.text(site, "report.json"))

        // Same dataset, date and previous site: byte-identical.
        let again = try Self.build(dataset, copy, "2026-11-16")
        #expect(again.status == 0, "\(again.stderr)")
        let left = try snapshot(of: site), right = try snapshot(of: copy)
        #expect(left.keys.sorted() == right.keys.sorted())
        for (path, bytes) in left { #expect(right[path] == bytes, "\(path) differs") }

        // A rebuild on the same day replaces that day's snapshot: the site stays the same.
        let rebuild = try Self.build(dataset, site, "2026-11-16")
        #expect(rebuild.status == 0)
        #expect(try snapshot(of: site) == left)
    }

    @Test(arguments: [false, true])
    func aDamagedHistoryIsAWarningAndAFreshStart(strict: Bool) throws {
        let site = try temporaryFolder().appendingPathComponent("site")
        let dataset = Repository.url("fixtures/bergfalk-crm-core")
        #expect(try Self.build(dataset, site, "2026-11-14").status == 0)
        try Data("{\"generator\": \"license-report\", \"schemaVersion\": 1, \"serialNr\": \"5520871143\", \"snapshots\": [".utf8)
            .write(to: site.appendingPathComponent("history.json"))
        let result = try Self.build(dataset, site, "2026-11-15", strict ? ["--strict"] : [])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(site.path)/history.json:1:"))
        #expect(result.stderr.contains("warning: the previous history is not continued, history starts afresh: malformed JSON"))
        #expect(result.stdout.contains("1 warning."))
        let history = try Self.text(site, "history.json")
        #expect(history.components(separatedBy: "{\"date\": ").count - 1 == 1)
    }

    @Test(arguments: [
        ("bergfalk-crm-core", ["--fail-on", "reached"], 1, ["alarm: reached: Document templates: 50 of 50 (Limit reached)",
                                                          "--fail-on reached: 1 row triggered; exit 1."]),
        ("bergfalk-crm-core", ["--fail-on", "approaching"], 1, ["alarm: approaching: Sales guides: 85 of 100 (Approaching limit)",
                                                              "alarm: approaching: Document templates: 50 of 50 (Limit reached)"]),
        ("bergfalk-crm-core", ["--fail-on", "expiring"], 0, []),
        ("lysholm-crm-starter", ["--fail-on", "reached"], 0, []),
        ("lysholm-crm-starter", ["--fail-on", "expiring"], 1, ["alarm: expiring: SUPEROFFICE subscription: 2026-12-01 (16 days left)"]),
        ("lysholm-crm-starter", ["--fail-on", "expiring", "--warn-days", "15"], 0, []),
        ("nordlys-module-based", ["--fail-on", "expiring"], 0, []),
        ("nordlys-module-based", ["--fail-on", "expiring", "--warn-days", "46", "--fail-on", "reached"], 1,
         ["alarm: expiring: Sales Intelligence licence (SUPEROFFICE): 2026-12-31 (46 days left)"]),
    ] as [(String, [String], Int32, [String])])
    func failOnExitsOneAfterPublishing(fixture: String, options: [String], status: Int32, lines: [String]) throws {
        let site = try temporaryFolder().appendingPathComponent("site")
        let result = try Self.build(Repository.url("fixtures/\(fixture)"), site, "2026-11-15", options)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built "))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path), "the site is published first")
        for line in lines { #expect(result.stderr.contains(line + "\n"), "\(result.stderr)") }
        if status == 0 { #expect(!result.stderr.contains("alarm:")) }
    }

    @Test(arguments: [
        (["--warn-days=-1"], "--warn-days -1 is not a whole number of days from 0 to 3650"),
        (["--warn-days", "x"], "--warn-days"),
        (["--warn-days", "3651"], "--warn-days 3651 is not a whole number of days from 0 to 3650"),
        (["--fail-on", "soon"], "--fail-on"),
    ])
    func badAlertOptionsAreUsageErrors(options: [String], message: String) throws {
        let site = try temporaryFolder().appendingPathComponent("site")
        let result = try Self.build(Repository.url("fixtures/bergfalk-crm-core"), site, "2026-11-15", options)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    @Test func badDataKeepsItsExitCodeWithFailOn() throws {
        let dataset = try Repository.copyOfFixture("bergfalk-crm-core")
        try Self.replace("\"InUse\": 11,", with: "\"InUse\": 13,", in: dataset.appendingPathComponent("license.json"))
        let site = try temporaryFolder().appendingPathComponent("site")
        let result = try Self.build(dataset, site, "2026-11-15", ["--fail-on", "reached"])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(!result.stderr.contains("alarm:"))
    }
}
