import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// The golden files of issue 12 in `Golden/glance/`, all from one suite: the sample's headline, the sample
/// dataset's storage chart, the sample's feed and badge (`RECORD_GOLDEN=1` re-records them).
@Suite(.goldenFolders("glance")) struct GlanceGoldenTests {
    @Test func glanceFilesMatchGoldenFiles() async throws {
        let renderer = try SiteRenderer(templatesDirectory: nil)
        let report = SampleReport.moduleBased()
        let chrome = PageChrome(report: report, pageTitle: "Status", current: "status")
        let headline = try renderer.templates.render(chrome, template: "html/_headline")
        let fixture = try GlanceFixtures.report("nordlys-module-based")
        let chart = try #require(fixture.meteredSeries.first.flatMap(MeteredChart.init))
        let svg = try renderer.templates.render(chart, template: "html/_metered_chart")
        try await Golden.check([
            RenderedFile(path: "badge.svg", text: BadgeSVG.render(report.headline)),
            RenderedFile(path: "feed.xml", text: AtomFeed.render(report)),
            RenderedFile(path: "headline.html", text: headline),
            RenderedFile(path: "metered-chart-storagespace.html", text: svg),
        ], in: "glance")
    }
}
