import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import LicenseReport

/// Every HTML page parses as XML (polyglot HTML5) for every shape of report, including an empty one.
@Suite struct SiteRendererWellFormedTests {
    /// Parses `text` as XML; returns the parser's error, if any, with its line and column.
    /// (swift-corelibs-foundation's `parse()` can return true after an error, so `parserError` is checked too.)
    static func xmlError(_ text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        if parser.parse(), parser.parserError == nil { return nil }
        return "\(parser.lineNumber):\(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "error")"
    }

    @Test(arguments: ["moduleBased", "crmSuite", "empty", "hostile"])
    func everyHTMLPageIsWellFormedXML(sample: String) throws {
        let report = switch sample {
        case "crmSuite": SampleReport.crmSuite()
        case "empty": SampleReport.empty()
        case "hostile": HostileReport.report()
        default: SampleReport.moduleBased()
        }
        for audience in Audience.allCases {
            let files = try SiteRenderer(templatesDirectory: nil).render(report, audience: audience)
            for file in files where file.path.hasSuffix(".html") {
                #expect(Self.xmlError(file.text) == nil, "\(sample) \(audience) \(file.path)")
            }
        }
    }

    @Test func emptyReportSaysSoInsteadOfEmptyTables() throws {
        let files = try SiteRenderer(templatesDirectory: nil).render(SampleReport.empty(), audience: .user)
        let page = { (path: String) in files.first { $0.path == path }?.text ?? "" }
        #expect(page("licenses.html").contains("<p>The dataset lists no licence owners.</p>"))
        #expect(!page("licenses.html").contains("<table"))
        #expect(page("status.html").contains("<p>The data has no metered usage.</p>"))
        #expect(page("status.html").contains("There are no system notifications."))
        #expect(!page("status.html").contains("id=\"plan\""))
        #expect(page("index.html").contains("No plan restrictions (module-based subscription)."))
        #expect(!page("index.html").contains("usage/index.html"))
        #expect(page("status.md").contains("- **Subscription:** —"))
    }

    @Test func brokenPageIsCaughtByTheXMLCheck() {
        #expect(Self.xmlError("<html><p>unclosed</html>") != nil)
        #expect(Self.xmlError("<html><p>&nbsp;</p></html>") != nil)
        #expect(Self.xmlError("<html><br></html>") != nil)
        #expect(Self.xmlError("<html><p>a &amp; b</p></html>") == nil)
    }
}
