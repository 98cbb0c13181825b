import Foundation
import Testing
@testable import LicenseReport

/// Values from data reach the charts, the headline, the feed and the badge only as escaped text (issue 12).
@Suite struct GlanceEscapingTests {
    static func hostile() -> Report {
        var previous = SampleHistory.previous
        previous.serialNr = HostileReport.text("serialNr1")
        for index in previous.snapshots.indices {
            previous.snapshots[index].restrictions[1].name = HostileReport.text("restrictionName")
        }
        return ReportBuilder.addingGlance(to: HostileReport.report(), warnDays: 30, previousHistory: previous)
    }

    @Test func everyGlanceFileEscapesData() throws {
        let files = try SiteRenderer(templatesDirectory: nil).renderSite(Self.hostile(), audience: .admin, csvDialect: .standard)
        for path in ["feed.xml", "badge.svg", "status.html", "index.html", "licenses.html"] {
            let text = try #require(files.first { $0.path == path }).text
            #expect(!text.contains("<script"), "\(path)")
            #expect(!text.contains("\"'&"), "\(path)")
        }
        let status = try #require(files.first { $0.path == "status.html" }).text
        #expect(status.contains("<title id=\"trend-restriction-script-alert-restrictionname-script-x-restrictionname-end-title\">Trend: &lt;script&gt;"))
        let feed = try #require(files.first { $0.path == "feed.xml" }).text
        #expect(feed.contains("<title>&lt;script&gt;alert(&quot;restrictionName&quot;)&lt;/script&gt;"))
        #expect(SiteValidator.validate(files.filter { ["feed.xml", "badge.svg", "status.html"].contains($0.path) })
            .filter { $0.reason != .danglingLink(href: "index.html", template: nil) }
            .allSatisfy { if case .danglingLink = $0.reason { true } else { false } })
    }

    @Test func historyJSONEscapesAsJSON() throws {
        let text = HistoryJSON.render(Self.hostile().history)
        #expect(text.contains(#""name": "<script>alert(\"restrictionName\")</script> \"'& | *_[ `x` \n restrictionName end""#))
        let loaded = try #require(HistoryFileLoader.load(site: try HistoryFileTests.site(history: text),
                                                         serialNr: HostileReport.text("serialNr1")).history)
        #expect(loaded == Self.hostile().history)
    }
}
