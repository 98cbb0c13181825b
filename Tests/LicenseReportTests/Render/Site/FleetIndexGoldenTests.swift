import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// Golden files of the fleet overview (Golden/fleet): every kind of row (reached, approaching, an expiry,
/// no restrictions, failed with and without a previous site) and data that must be escaped. The
/// stylesheet is a stand-in, so that a change to site.css does not touch these files.
@Suite(.goldenFolders("fleet")) struct FleetIndexGoldenTests {
    static func rows() -> [FleetOverviewRow] {
        func row(_ tenant: String, _ name: String?, _ level: RestrictionLevel?, _ expiry: String?, _ days: Int?,
                 _ total: FleetOverviewRow.MeteredTotal?, _ events: Int?) -> FleetOverviewRow {
            FleetOverviewRow(tenant: tenant, status: .built, companyName: name, serialNr: name == nil ? nil : "100\(tenant.count)",
                             worstLevel: level, nextExpiryDate: expiry, nextExpiryDaysLeft: days, latestMeteredTotal: total,
                             runningEvents: events, errorCount: 0, firstError: nil)
        }
        return FleetOverviewOrder.ordered([
            row("nordlys", "Nordlys Energi AS", .approaching, "2026-12-31", 32, .init(month: "2026-10", amount: "12345.50", currency: "NOK"), 2),
            row("bergfalk", "Bergfalk <Rådgivning> & Co", .reached, nil, nil, nil, 0),
            row("lysholm", "Lysholm | Regnskap *AS*", .normal, "2026-11-29", 0, .init(month: "2026-10", amount: "1200", currency: "JPY"), 1),
            row("solvang", "", nil, nil, nil, nil, 0),
            FleetOverviewRow(tenant: "havbris", failure: [Diagnostic(.malformedJSON(detail: "expected a key in double quotes, found ']'"),
                                                                    at: SourceLocation(file: "/data/havbris/license.json", line: 1, column: 30))],
                             folder: "/data/havbris"),
            FleetOverviewRow(tenant: "new-customer", failure: [Diagnostic(.missingFile(name: "license.json"))], folder: "/data/new-customer"),
        ])
    }

    @Test func overviewInBothFormatsAndJSON() async throws {
        let renderer = try SiteRenderer(templatesDirectory: nil)
        let rows = Self.rows()
        #expect(rows.map(\.tenant) == ["bergfalk", "nordlys", "lysholm", "havbris", "new-customer", "solvang"])
        let hasSite: (String) -> Bool = { $0 != "new-customer" }
        let page = FleetIndexPage(asOf: "2026-11-29", rows: rows, hasSite: hasSite, stylesheet: "/* site.css */")
        let files = [
            RenderedFile(path: "index.html", text: try renderer.templates.render(page, template: "html/fleet-index"), template: "html/fleet-index"),
            RenderedFile(path: "index.json", text: FleetOverviewJSON.index(asOf: "2026-11-29", rows: rows)),
            RenderedFile(path: "index.md", text: try renderer.templates.render(page, template: "markdown/fleet-index"), template: "markdown/fleet-index"),
        ]
        #expect(FleetIndex.validate(files, rows: rows, hasSite: hasSite) == [])
        // A link to a site that is not there is still a dangling link.
        #expect(FleetIndex.validate(files, rows: rows, hasSite: { _ in false }).count == 10)
        let html = files[0].text
        #expect(html.contains("Bergfalk &lt;Rådgivning&gt; &amp; Co"))
        #expect(html.contains("1,200 JPY (October 2026)") && html.contains("12,345.50 NOK (October 2026)"))
        #expect(html.contains("<th scope=\"row\">new-customer</th>"))
        try await Golden.check(files, in: "fleet")
    }
}
