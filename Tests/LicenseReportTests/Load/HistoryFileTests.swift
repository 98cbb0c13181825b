import Foundation
import Testing
@testable import LicenseReport

/// history.json (issue 12): what the writer writes the reader reads back; a damaged, foreign or other-version
/// file is one warning and a fresh start; a folder without our marker is not read at all.
@Suite struct HistoryFileTests {
    /// A temporary site folder holding `history` (as text) and, unless `marker` is false, the tool's marker.
    static func site(history: String?, marker: Bool = true) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if marker { try Data(Publisher.markerText.utf8).write(to: folder.appendingPathComponent(Publisher.markerFileName)) }
        if let history { try Data(history.utf8).write(to: folder.appendingPathComponent("history.json")) }
        return folder.path
    }

    @Test func whatIsWrittenIsReadBack() throws {
        let report = SampleReport.moduleBased()
        let text = HistoryJSON.render(report.history)
        let loaded = HistoryFileLoader.load(site: try Self.site(history: text), serialNr: "1234567890")
        #expect(loaded.warnings == [])
        #expect(loaded.history == report.history)
        // One snapshot a line, so each build adds one line.
        #expect(text.split(separator: "\n").count == 7 + report.history.snapshots.count)
        #expect(HistoryJSON.render(try #require(loaded.history)) == text)
    }

    @Test func noFolderNoFileOrNoMarkerMeansNoHistoryAndNoWarning() throws {
        #expect(HistoryFileLoader.load(site: "/nonexistent/site", serialNr: "1").history == nil)
        let withoutFile = HistoryFileLoader.load(site: try Self.site(history: nil), serialNr: "1")
        #expect(withoutFile.history == nil && withoutFile.warnings.isEmpty)
        let foreignFolder = HistoryFileLoader.load(site: try Self.site(history: HistoryJSON.render(History(serialNr: "1")), marker: false),
                                                   serialNr: "1")
        #expect(foreignFolder.history == nil && foreignFolder.warnings.isEmpty)
    }

    static let valid = HistoryJSON.render(SampleHistory.previous)

    @Test(arguments: [
        ("{ \"generator\": ", "malformed JSON"),
        ("[]", "expected an object, found an array"),
        (valid.replacingOccurrences(of: "\"license-report\"", with: "\"someone-else\""), "$.generator: warning: the previous history is not continued, history starts afresh: expected \"license-report\""),
        (valid.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2"), "$.schemaVersion"),
        (valid.replacingOccurrences(of: "\"date\": \"2026-03-14\"", with: "\"date\": \"2026-03-12\""), "$.snapshots[1].date: warning: the previous history is not continued, history starts afresh: dates must increase"),
        (valid.replacingOccurrences(of: "\"level\": \"normal\"", with: "\"level\": \"green\""), "unknown level 'green'"),
        (valid.replacingOccurrences(of: "\"amount\": \"212.53\"", with: "\"amount\": 212.53"), "$.snapshots[0].metered[0].amount"),
        (valid.replacingOccurrences(of: "\"serialNr\": \"1234567890\"", with: "\"serialNr\": \"999\""), "it belongs to serial number '999', not '1234567890'"),
    ])
    func aDamagedOrForeignFileIsOneWarningAndAFreshStart(text: String, message: String) throws {
        let folder = try Self.site(history: text)
        let loaded = HistoryFileLoader.load(site: folder, serialNr: "1234567890")
        #expect(loaded.history == nil)
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.severity == .warning)
        #expect(loaded.warnings.first?.stage == .load)
        #expect(loaded.warnings.first?.description.hasPrefix(folder + "/history.json") == true)
        #expect(loaded.warnings.first?.description.contains(message) == true, "\(loaded.warnings)")
    }

    @Test func aFolderNamedHistoryIsNotAFile() throws {
        let folder = try Self.site(history: nil)
        try FileManager.default.createDirectory(atPath: folder + "/history.json", withIntermediateDirectories: true)
        let loaded = HistoryFileLoader.load(site: folder, serialNr: "1")
        #expect(loaded.history == nil)
        #expect(loaded.warnings.map(\.message) == ["the previous history is not continued, history starts afresh: it is not a regular file"])
    }
}
