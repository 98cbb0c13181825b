import Foundation
import LicenseReport
import Testing

/// Measures the validate stage on a 1,000-page site built in memory (docs/performance.md, "Validation").
/// Run in release for the documented figure:
/// `swift build -c release -Xswiftc -enable-testing --build-tests && swift test -c release --skip-build --filter SiteValidatorPerformanceTests`
@Suite struct SiteValidatorPerformanceTests {
    /// One realistic page of about 30 KB: navigation links to other pages and their ids, a restrictions
    /// table, a metered-usage table of 70 lines, events with `<details>` and portraits.
    static func page(_ number: Int, of count: Int) -> RenderedFile {
        let name = String(format: "page-%04d", number)
        let next = String(format: "page-%04d.html", (number + 1) % count)
        var body = """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Licence status &#8211; Customer \(number)</title><link rel="stylesheet" href="assets/site.css" /></head>
        <body>
        <header><nav><a href="index.html">Overview</a> <a href="\(next)#metered">Next customer</a> <a href="#events">Events</a></nav></header>
        <main>
        <h1 id="database">Database of Customer \(number) AS &amp; Co</h1>
        <table id="restrictions"><thead><tr><th scope="col">Restriction</th><th scope="col">Usage</th><th scope="col">Level</th></tr></thead><tbody>

        """
        for row in 0..<8 {
            body += "<tr data-level=\"approaching\" id=\"restriction-\(row)\"><td>Active projects \(row)</td><td>85 of 100 (85&#160;%)</td><td><span aria-hidden=\"true\">&#9650;</span> approaching</td></tr>\n"
        }
        body += "</tbody></table>\n<h2 id=\"metered\">Metered services</h2>\n<table><thead><tr><th scope=\"col\">Month</th><th scope=\"col\">Service</th><th scope=\"col\">Usage</th><th scope=\"col\">Threshold</th><th scope=\"col\">Overage</th><th scope=\"col\">Blocks</th><th scope=\"col\">Amount</th></tr></thead><tbody>\n"
        for row in 0..<70 {
            body += "<tr data-service=\"StorageSpace\" id=\"metered-\(row)\"><td>2026-\(row % 12 + 1)</td><td>Storage space</td><td>1&#160;234.5 GB</td><td>1&#160;000 GB</td><td>234.5 GB</td><td>3</td><td>1&#160;500.00 NOK</td></tr>\n"
        }
        body += "</tbody></table>\n<h2 id=\"events\">System notifications</h2>\n<table><thead><tr><th scope=\"col\">Event</th><th scope=\"col\">Activated by</th><th scope=\"col\">Description</th></tr></thead><tbody>\n"
        for row in 0..<40 {
            body += "<tr id=\"event-\(row)\"><td>Maintenance \(row)</td><td><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Portrait of Ada Lovelace\" width=\"16\" height=\"16\" /> Ada Lovelace</td><td><details><summary>Details</summary><p>Planned downtime &lt;02:00&#8211;03:00&gt; for &quot;all&quot; users. <a href=\"#database\">Database</a></p></details></td></tr>\n"
        }
        body += "</tbody></table>\n</main>\n</body>\n</html>\n"
        return RenderedFile(path: name + ".html", text: body, template: "templates/html/status.mustache")
    }

    /// The whole site: `count` pages, an index linking to each, and the stylesheet.
    static func site(pages count: Int) -> [RenderedFile] {
        var links = ""
        for number in 0..<count { links += String(format: "<li><a href=\"page-%04d.html#database\">Customer %d</a></li>\n", number, number) }
        let index = RenderedFile(path: "index.html", text: """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head><meta charset="utf-8" /><title>Customers</title><link rel="stylesheet" href="assets/site.css" /></head>
        <body><ul>
        \(links)</ul></body>
        </html>

        """, template: "templates/html/index.mustache")
        return (0..<count).map { page($0, of: count) } + [index, RenderedFile(path: "assets/site.css", text: "body { margin: 0 }\n")]
    }

    /// 1,000 pages in release (the documented figure); 200 in debug builds to keep `swift test` quick.
    static var pageCount: Int {
        #if DEBUG
        return 200
        #else
        return 1_000
        #endif
    }

    @Test func thousandPageSite() {
        let files = Self.site(pages: Self.pageCount)
        let bytes = files.reduce(0) { $0 + $1.contents.count }
        let averagePageSize = files.filter { $0.path.hasPrefix("page-") }.reduce(0) { $0 + $1.contents.count } / Self.pageCount
        #expect((25_000...35_000).contains(averagePageSize))

        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let cpuBefore = Self.processCPUSeconds()
        let elapsed = clock.measure { diagnostics = SiteValidator.validate(files) }
        let cpu = Self.processCPUSeconds() - cpuBefore
        #expect(diagnostics == [])
        #expect(files.count == Self.pageCount + 2)

        // Wall time depends on what else runs on the machine and on the number of cores (pages are
        // checked in parallel); CPU time (all threads of this otherwise idle process) does not.
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let pages = files.count - 1
        print(String(format: "Validated %d pages (%.1f MB, %d bytes per page on average): wall %.3f s (%.0f pages/s), CPU %.3f s (%.0f pages/s).",
                     pages, Double(bytes) / 1_000_000, averagePageSize, seconds, Double(pages) / seconds, cpu, Double(pages) / cpu))
    }

    /// CPU time of this process (all threads), in seconds.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test func brokenPageInALargeSiteIsFound() {
        var files = Self.site(pages: 50)
        files[7].contents = Array(files[7].text.replacingOccurrences(of: "1&#160;500.00 NOK</td></tr>\n<tr data-service=\"StorageSpace\" id=\"metered-5\">",
                                                                       with: "1&#160;500.00 NOK</td>\n<tr data-service=\"StorageSpace\" id=\"metered-5\">").utf8)
        let messages = SiteValidator.validate(files).map(\.description)
        // A missing `</tr>` is found where the parent's end tag arrives, and the cascade that follows is
        // reported too; links into the broken page are not reported as dangling.
        let suffix = " (from template templates/html/status.mustache)"
        #expect(messages == [
            "page-0007.html:91:9: error: closing tag </tbody> does not match <tr> opened on line 25 — in the page: «</tbody></table>»" + suffix,
            "page-0007.html:91:17: error: closing tag </table> does not match <tbody> opened on line 20 — in the page: «</tbody></table>»" + suffix,
            "page-0007.html:135:8: error: closing tag </main> does not match <table> opened on line 20 — in the page: «</main>»" + suffix,
            "page-0007.html:136:8: error: closing tag </body> does not match <main> opened on line 7 — in the page: «</body>»" + suffix,
            "page-0007.html:137:8: error: closing tag </html> does not match <body> opened on line 5 — in the page: «</html>»" + suffix,
            "page-0007.html:138:1: error: the page ends before <html> opened on line 2 is closed" + suffix,
        ])
    }
}
