import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// Golden files of the usage reports (Golden/usage, without the `usage/` of their paths): recorded when
/// missing (or with RECORD_GOLDEN=1), compared otherwise; see `Golden`.
/// A change to a golden file is a change to what customers receive: review it as a diff.
@Suite(.goldenFolders("usage")) struct UsageGoldenTests {
    @Test func marchInAllFourFormatsAndTheIndex() async throws {
        let files = try UsageReportRenderer.render(UsageFixture.report(), templates: UsageFixture.templates(), stylesheet: UsageFixture.stylesheet(), dialect: .standard)
        #expect(files.map(\.path) == [
            "usage/2026-02.csv", "usage/2026-02.html", "usage/2026-02.json", "usage/2026-02.md",
            "usage/2026-03.csv", "usage/2026-03.html", "usage/2026-03.json", "usage/2026-03.md",
            "usage/index.html", "usage/index.md",
        ])
        let golden = files.filter { $0.path.hasPrefix("usage/2026-03") || $0.path.hasPrefix("usage/index") }
        try await Golden.check(golden.map { RenderedFile(path: String($0.path.dropFirst("usage/".count)), bytes: $0.contents) }, in: "usage")
    }

    @Test func marchExcelNordicCSV() async throws {
        let files = try UsageFixture.renderer().renderUsageMonth(UsageFixture.report(), month: UsageFixture.march,
                                                                 csvDialect: .excelNordic)
        let csv = try #require(files.first { $0.path == "usage/2026-03.csv" })
        try await Golden.check([RenderedFile(path: "2026-03-excel-nordic.csv", bytes: csv.contents)], in: "usage")
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
