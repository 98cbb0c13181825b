import Foundation
import Mustache
import Testing
@testable import LicenseReport

/// The usage pages carry the stylesheet inline (issue 14): the `CSS` content type escapes it for a polyglot
/// `<style>` element, and a template may switch content type only around that one variable.
@Suite struct InlineStylesheetTests {
    @Test(arguments: [
        ("a > b { color: red; }", "a > b { color: red; }"),
        ("content: \"Page \" counter(page);", "content: \"Page \" counter(page);"),
        ("/* </style><script> */", "/* \\3C /style>\\3C script> */"),
        ("content: \"R&D\";", "content: \"R\\26 D\";"),
    ])
    func styleElementEscapesOnlyWhatEndsTheElementOrStartsAnEntity(css: String, expected: String) {
        #expect(MarkupEscaping.styleElement(css) == expected)
    }

    /// The parsed form decides (TemplateChecksTests has the positions): one stylesheet island is allowed.
    @Test(arguments: [
        ("{{% CONTENT_TYPE: HTML}}\n<style>{{% CONTENT_TYPE: CSS}}{{stylesheet}}{{% CONTENT_TYPE: HTML}}</style>{{name}}", true),
        ("{{% CONTENT_TYPE: HTML}}\n<p>{{% CONTENT_TYPE: TEXT}}{{name}}</p>", false),
        ("{{% CONTENT_TYPE: HTML}}\n<style>{{% CONTENT_TYPE: CSS}}{{stylesheet}}</style>\n<p>{{name}}</p>", false),
        ("{{% CONTENT_TYPE: HTML}}\n<style>{{% CONTENT_TYPE: CSS}}{{a}}{{b}}{{% CONTENT_TYPE: HTML}}</style>", false),
    ])
    func aContentTypeMayChangeOnlyAroundOneStylesheet(template: String, accepted: Bool) throws {
        _ = MarkupEscaping.registerContentTypes
        let outline = TemplateOutline(try MustacheTemplate(string: template))
        let refused = outline.contentTypes.indices.contains { index in
            let type = outline.contentTypes[index]
            guard type != .html else { return false }
            return !(type == .css && outline.stylesheetIslands.contains(index) && index + 1 < outline.contentTypes.count
                     && outline.contentTypes[index + 1] == .html)
        }
        #expect(refused == !accepted)
    }

    @Test func aTemplateThatSwitchesToTextIsRefused() throws {
        let folder = try SiteRendererTemplateTests.copyOfBundledTemplates()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/html/usage-month.mustache"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "<h1>{{heading}}</h1>", with: "<h1>{{% CONTENT_TYPE: TEXT}}{{heading}}</h1>")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: DiagnosticError.self) { try SiteRenderer(templatesDirectory: folder) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.location?.file == "\(folder)/html/usage-month.mustache")
        #expect(diagnostic.message.hasPrefix("template does not escape data: a template in html/ may declare no content type but {{% CONTENT_TYPE: HTML}}"))
    }

    @Test func theUsagePageCarriesTheStylesheetByteForByte() throws {
        let renderer = try UsageFixture.renderer()
        #expect(!renderer.stylesheetText.contains("<") && !renderer.stylesheetText.contains("&"), "the bundled CSS needs no escape")
        let files = try renderer.renderUsageMonth(UsageFixture.report(), month: UsageFixture.march, csvDialect: .standard)
        let html = try #require(files.first { $0.path == "usage/2026-03.html" }).text
        #expect(html.contains("<style>\n" + renderer.stylesheetText + "\n</style>"))
    }
}
