import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// The bundled sample dataset through the whole in-memory pipeline (load → check → compute → render →
/// validate), compared with golden files, and the Nordic twin compared with it figure for figure.
@Suite(.goldenFolders("fixture-nordlys-module-based")) struct FixtureGoldenTests {
    static let fixtures = Repository.url("fixtures")
    static let asOf = CalendarDate(year: 2026, month: 11, day: 15)!

    /// Everything `license-report build` would publish for `fixture`, in memory.
    static func site(_ fixture: String, dialect: CSVDialect = .standard) throws -> [RenderedFile] {
        let folder = fixtures.appendingPathComponent(fixture).path
        let checked = try DatasetLoader.load(folder: folder)
        #expect(checked.warnings.isEmpty, "\(checked.warnings)")
        let report = ReportBuilder.build(checked.dataset, asOf: asOf)
        let files = try SiteRenderer(templatesDirectory: nil).renderSite(report, audience: .admin, csvDialect: dialect)
        #expect(SiteValidator.validate(files) == [])
        return files
    }

    @Test func sampleDatasetPagesMatchGoldenFiles() async throws {
        let files = try Self.site("nordlys-module-based")
        // The top-level pages, report.json, the usage index and the latest month; the stylesheet has its own golden file.
        let kept = files.filter { !$0.path.hasPrefix("assets/") && (!$0.path.hasPrefix("usage/") || $0.path.hasPrefix("usage/index.") || $0.path.hasPrefix("usage/2026-10.")) }
        #expect(kept.count == 16)  // with history.json, feed.xml and badge.svg (issue 12)
        try await Golden.check(kept, in: "fixture-nordlys-module-based")
    }

    @Test func nordicTwinGivesTheSameFigures() throws {
        let comma = try Self.site("nordlys-module-based")
        let nordic = try Self.site("nordlys-module-based-nordic")
        #expect(comma.map(\.path) == nordic.map(\.path))
        let byPath = Dictionary(uniqueKeysWithValues: nordic.map { ($0.path, $0) })
        // report.json and every usage CSV/JSON carry no dataset name: they must be byte-identical.
        for file in comma where file.path == "report.json" || file.path.hasSuffix(".csv") || file.path.hasSuffix(".json") {
            #expect(byPath[file.path]?.contents == file.contents, "\(file.path) differs between the twins")
        }
        // Pages differ only in the dataset name.
        for file in comma where file.path.hasSuffix(".html") || file.path.hasSuffix(".md") {
            let twin = byPath[file.path]?.text.replacingOccurrences(of: "nordlys-module-based-nordic", with: "nordlys-module-based")
            #expect(twin == file.text, "\(file.path) differs beyond the dataset name")
        }
    }
}
