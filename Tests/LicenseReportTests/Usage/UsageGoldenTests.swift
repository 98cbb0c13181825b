import Foundation
import Testing
@testable import LicenseReport

/// Golden files of the usage reports: recorded when missing (or with RECORD_GOLDEN=1), compared otherwise.
/// A change to a golden file is a change to what customers receive: review it as a diff.
@Suite struct UsageGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden/usage")

    /// Compares `bytes` with the golden file `name`, recording it when missing or when RECORD_GOLDEN=1.
    static func assertGolden(_ bytes: [UInt8], _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        if record || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            return
        }
        let expected = try [UInt8](Data(contentsOf: url))
        #expect(bytes == expected, "\(name) differs from its golden file; run with RECORD_GOLDEN=1 to re-record and review the diff",
                sourceLocation: sourceLocation)
        if bytes != expected {
            let actual = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("actual-" + name)
            try? Data(bytes).write(to: actual)
        }
    }

    @Test func marchInAllFourFormatsAndTheIndex() throws {
        let files = try UsageReportRenderer.render(UsageFixture.report(), templates: UsageFixture.templates(), stylesheet: UsageFixture.stylesheet(), dialect: .standard)
        #expect(files.map(\.path) == [
            "usage/2026-02.csv", "usage/2026-02.html", "usage/2026-02.json", "usage/2026-02.md",
            "usage/2026-03.csv", "usage/2026-03.html", "usage/2026-03.json", "usage/2026-03.md",
            "usage/index.html", "usage/index.md",
        ])
        for file in files where file.path.hasPrefix("usage/2026-03") || file.path.hasPrefix("usage/index") {
            try Self.assertGolden(file.contents, String(file.path.dropFirst("usage/".count)))
        }
    }

    @Test func marchExcelNordicCSV() throws {
        let files = try UsageFixture.renderer().renderUsageMonth(UsageFixture.report(), month: UsageFixture.march,
                                                                 csvDialect: .excelNordic)
        let csv = try #require(files.first { $0.path == "usage/2026-03.csv" })
        try Self.assertGolden(csv.contents, "2026-03-excel-nordic.csv")
    }

    @Test func singleMonthHasNoLinksOutsideUsageAndNoIndex() throws {
        let files = try UsageFixture.renderer().renderUsageMonth(UsageFixture.report(), month: UsageFixture.march,
                                                                 csvDialect: .standard)
        #expect(files.map(\.path) == ["usage/2026-03.csv", "usage/2026-03.html", "usage/2026-03.json", "usage/2026-03.md"])
        let html = try #require(files.first { $0.path == "usage/2026-03.html" }).text
        #expect(!html.contains("index.html"))
        #expect(!html.contains("<header class=\"site-header\">"))
        #expect(!html.contains("status.html"))
        #expect(!html.contains("href="), "a report sent alone links to nothing")
        #expect(!html.contains("<link"), "its styles are inline")
        #expect(html.contains("<style>\n/* license-report: the site's stylesheet."))
        #expect(html.contains("The same figures come as 2026-03.csv, 2026-03.json and 2026-03.md."))
        let markdown = try #require(files.first { $0.path == "usage/2026-03.md" }).text
        #expect(!markdown.contains("]("), "no links in the Markdown sent alone either")
        #expect(markdown.contains("The same figures come as 2026-03.csv, 2026-03.json and 2026-03.html."))
    }

    @Test func theWholeSiteGivesUsagePagesTheSiteNavigation() throws {
        let files = try UsageReportRenderer.render(UsageFixture.report(), templates: UsageFixture.templates(), stylesheet: UsageFixture.stylesheet(), dialect: .standard)
        for path in ["usage/2026-03.html", "usage/index.html"] {
            let html = try #require(files.first { $0.path == path }).text
            #expect(html.contains("<header class=\"site-header\">"))
            #expect(html.contains("<a href=\"../status.html\">Status</a>"))
            #expect(html.contains("<a href=\"../usage/index.html\" aria-current=\"page\">Usage</a>"))
        }
        let markdown = try #require(files.first { $0.path == "usage/2026-03.md" }).text
        #expect(markdown.contains("[Status](../status.md)"))
    }

    @Test func aMonthWithoutUsageIsAnErrorNamingTheMonthsWithUsage() throws {
        let april = YearMonth(year: 2026, month: 4)!
        #expect(throws: DiagnosticError([Diagnostic(.noUsageForMonth(month: "2026-04", available: ["2026-02", "2026-03"]))])) {
            try UsageFixture.renderer().renderUsageMonth(UsageFixture.report(), month: april, csvDialect: .standard)
        }
    }

    @Test func noUsageGivesNoFiles() throws {
        let files = try UsageReportRenderer.render(UsageFixture.report(months: []), templates: UsageFixture.templates(), stylesheet: UsageFixture.stylesheet(), dialect: .standard)
        #expect(files.isEmpty)
    }
}
