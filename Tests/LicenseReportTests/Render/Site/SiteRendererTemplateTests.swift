import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// A templates folder that a user copied and broke: missing templates and syntax errors are reported
/// with the template's file name and position.
@Suite struct SiteRendererTemplateTests {
    /// A fresh copy of the bundled templates in a temporary folder.
    static func copyOfBundledTemplates() throws -> String {
        try temporaryCopy(of: URL(fileURLWithPath: TemplateLibrary.bundledDirectory), prefix: "license-report-templates").path
    }

    @Test func bundledTemplatesHaveEveryRequiredTemplate() throws {
        let renderer = try SiteRenderer(templatesDirectory: nil)
        #expect(Set(SiteRenderer.requiredTemplates).isSubset(of: renderer.templates.names))
        #expect(SiteRenderer.requiredTemplates.contains("markdown/status"))
    }

    @Test func missingTemplatesAreEachNamed() throws {
        let folder = try Self.copyOfBundledTemplates()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.removeItem(atPath: folder + "/html/status.mustache")
        try FileManager.default.removeItem(atPath: folder + "/markdown/_footer.mustache")
        let error = #expect(throws: DiagnosticError.self) { try SiteRenderer(templatesDirectory: folder) }
        #expect(error?.diagnostics == [
            Diagnostic(.templateMissing(name: "\(folder)/html/status.mustache")),
            Diagnostic(.templateMissing(name: "\(folder)/markdown/_footer.mustache")),
        ])
        #expect(error?.diagnostics.map(\.description) == [
            "error: template \(folder)/html/status.mustache is missing",
            "error: template \(folder)/markdown/_footer.mustache is missing",
        ])
        #expect(error?.stage == .render)
    }

    @Test func missingStylesheetIsNamed() throws {
        let folder = try Self.copyOfBundledTemplates()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.removeItem(atPath: folder + "/assets")
        let error = #expect(throws: DiagnosticError.self) { try SiteRenderer(templatesDirectory: folder) }
        #expect(error?.diagnostics.map(\.description) == ["error: template \(folder)/assets/site.css is missing"])
    }

    @Test func templateSyntaxErrorNamesFileLineAndColumn() throws {
        let folder = try Self.copyOfBundledTemplates()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // 1️⃣ marks the wrong name, "users", in `{{/users}}`.
        let broken = MarkedText("{{% CONTENT_TYPE: HTML}}\n{{> html/_header}}\n<ul>\n  {{#owners}}<li>{{ownerName}}</li>{{/1️⃣users}}\n</ul>\n")
        try broken.text.write(toFile: folder + "/html/licenses.mustache", atomically: true, encoding: .utf8)
        let error = #expect(throws: DiagnosticError.self) { try SiteRenderer(templatesDirectory: folder) }
        #expect(error?.diagnostics.map(\.description) == [
            broken.expanding("1️⃣ error: template does not parse: a section is closed with a different name than it was opened with",
                             file: "\(folder)/html/licenses.mustache"),
        ])
    }

    @Test func unclosedSectionNamesFileAndLine() throws {
        let folder = try Self.copyOfBundledTemplates()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let unclosed = MarkedText("{{% CONTENT_TYPE: MARKDOWN}}\n# {{pageTitle}}\n{{#owners}}\n- {{ownerName}}\n1️⃣")
        try unclosed.text.write(toFile: folder + "/markdown/licenses.mustache", atomically: true, encoding: .utf8)
        let error = #expect(throws: DiagnosticError.self) { try SiteRenderer(templatesDirectory: folder) }
        #expect(error?.diagnostics.map(\.description) == [
            unclosed.expanding("1️⃣ error: template does not parse: a section is never closed", file: "\(folder)/markdown/licenses.mustache"),
        ])
    }

    /// Templates are parsed concurrently; the error reported is still the first file's in name order,
    /// however the parses finish (several rounds, so an order that depends on timing shows), and an
    /// unreadable file is reported in its place in that order.
    @Test func ofTwoBrokenTemplatesTheFirstInNameOrderIsReported() throws {
        let folder = try Self.copyOfBundledTemplates()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = MarkedText("{{% CONTENT_TYPE: HTML}}\n{{#owners}}{{/1️⃣users}}\n")
        try first.text.write(toFile: folder + "/html/licenses.mustache", atomically: true, encoding: .utf8)
        try "# {{#owners}}\n".write(toFile: folder + "/markdown/status.mustache", atomically: true, encoding: .utf8)
        // A later file that cannot be read (a folder named like a template) does not come first either.
        try FileManager.default.createDirectory(atPath: folder + "/markdown/zz.mustache", withIntermediateDirectories: true)
        for _ in 0..<5 {
            let error = #expect(throws: DiagnosticError.self) { try TemplateLibrary(directory: folder) }
            #expect(error?.diagnostics.map(\.description) == [
                first.expanding("1️⃣ error: template does not parse: a section is closed with a different name than it was opened with",
                                file: "\(folder)/html/licenses.mustache"),
            ])
        }
    }

    @Test func stylesheetIsTheConcatenationOfAssetsInNameOrder() throws {
        let folder = try Self.copyOfBundledTemplates()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "/* print */".write(toFile: folder + "/assets/usage-print.css", atomically: true, encoding: .utf8)
        try "/* first */\n".write(toFile: folder + "/assets/a-first.css", atomically: true, encoding: .utf8)
        let site = try String(contentsOfFile: folder + "/assets/site.css", encoding: .utf8)
        let files = try SiteRenderer(templatesDirectory: folder).render(SampleReport.moduleBased(), audience: .user)
        let css = try #require(files.first { $0.path == "assets/style.css" })
        #expect(css.text == "/* first */\n" + site + "/* print */\n")
        #expect(css.template == nil)
    }

    @Test func pagesNameTheirTemplates() throws {
        let files = try SiteRenderer(templatesDirectory: nil).render(SampleReport.moduleBased(), audience: .user)
        #expect(files.first { $0.path == "status.html" }?.template == "templates/html/status.mustache")
        #expect(files.first { $0.path == "licenses.md" }?.template == "templates/markdown/licenses.mustache")
    }
}

/// Templates that would print data unescaped are refused with their position.
@Suite struct SiteRendererEscapingRuleTests {
    @Test func templateWithoutContentTypeOrWithTripleMustacheIsRefused() throws {
        let folder = try SiteRendererTemplateTests.copyOfBundledTemplates()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let markdown = MarkedText("1️⃣{{> markdown/_header}}\n| {{factLabel}} |\n")
        try markdown.text.write(toFile: folder + "/markdown/status.mustache", atomically: true, encoding: .utf8)
        let html = MarkedText("{{% CONTENT_TYPE: HTML}}\n{{> html/_header}}\n<p>1️⃣{{{datasetName}}}</p>\n  <p>2️⃣{{& planName}}</p>\n")
        try html.text.write(toFile: folder + "/html/status.mustache", atomically: true, encoding: .utf8)
        let error = #expect(throws: DiagnosticError.self) { try SiteRenderer(templatesDirectory: folder) }
        #expect(error?.diagnostics.map(\.description) == [
            html.expanding("1️⃣ error: template does not escape data: {{{ prints data without escaping; use {{datasetName}}", file: "\(folder)/html/status.mustache"),
            html.expanding("2️⃣ error: template does not escape data: {{& prints data without escaping; use {{planName}}", file: "\(folder)/html/status.mustache"),
            markdown.expanding("1️⃣ error: template does not escape data: the first line must be {{% CONTENT_TYPE: MARKDOWN}}, so that data is escaped for the page",
                               file: "\(folder)/markdown/status.mustache"),
        ])
    }
}
