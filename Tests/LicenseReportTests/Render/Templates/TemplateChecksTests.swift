import Foundation
import Mustache
import Testing
@testable import LicenseReport

/// Issue 10, points 6–9: the escaping guarantee is checked on the parsed templates, partials must exist and
/// must not loop, and a symbolic link to a templates folder works.
@Suite struct TemplateChecksTests {
    /// One broken copy of the bundled templates: files replaced (name → text) and the diagnostics expected,
    /// as `file:line:column: error: message` with `FOLDER` for the copy's path.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "set-delimiter tag then an unescaped variable",
             files: ["html/status": "{{% CONTENT_TYPE: HTML}}\n{{=<% %>=}}\n<p><%& datasetName %></p>\n"],
             expected: ["FOLDER/html/status.mustache:3:4: error: template does not escape data: <%& prints data without escaping; use {{datasetName}}"]),
        Case(name: "set-delimiter tag then a triple mustache in the new delimiters (swift-mustache refuses it)",
             files: ["html/status": "{{% CONTENT_TYPE: HTML}}\n{{=[[ ]]=}}\n<p>[[{ planName }]]</p>\n"],
             expected: ["FOLDER/html/status.mustache:3:17: error: template does not parse: a tag is not closed with }}"]),
        Case(name: "set-delimiter tags twice, then an ampersand variable",
             files: ["html/status": "{{% CONTENT_TYPE: HTML}}\n{{=<% %>=}}<%={{ }}=%>{{=| |=}}\n|& planName|\n"],
             expected: ["FOLDER/html/status.mustache:3:1: error: template does not escape data: |& prints data without escaping; use {{planName}}"]),
        Case(name: "a second content-type pragma",
             files: ["html/status": "{{% CONTENT_TYPE: HTML}}\n{{% CONTENT_TYPE: TEXT}}\n<p>{{datasetName}}</p>\n"],
             expected: ["FOLDER/html/status.mustache:2:1: error: template does not escape data: a template in html/ may declare no content type but {{% CONTENT_TYPE: HTML}} (and, around one stylesheet in <style>, {{% CONTENT_TYPE: CSS}}{{stylesheet}}{{% CONTENT_TYPE: HTML}})"]),
        Case(name: "CSS left on after the stylesheet",
             files: ["html/status": "{{% CONTENT_TYPE: HTML}}\n<style>{{% CONTENT_TYPE: CSS}}{{stylesheet}}</style>\n<p>{{datasetName}}</p>\n"],
             expected: ["FOLDER/html/status.mustache:2:8: error: template does not escape data: a template in html/ may declare no content type but {{% CONTENT_TYPE: HTML}} (and, around one stylesheet in <style>, {{% CONTENT_TYPE: CSS}}{{stylesheet}}{{% CONTENT_TYPE: HTML}})"]),
        Case(name: "CSS around more than one variable",
             files: ["html/status": "{{% CONTENT_TYPE: HTML}}\n<style>{{% CONTENT_TYPE: CSS}}{{stylesheet}}{{datasetName}}{{% CONTENT_TYPE: HTML}}</style>\n"],
             expected: ["FOLDER/html/status.mustache:2:8: error: template does not escape data: a template in html/ may declare no content type but {{% CONTENT_TYPE: HTML}} (and, around one stylesheet in <style>, {{% CONTENT_TYPE: CSS}}{{stylesheet}}{{% CONTENT_TYPE: HTML}})"]),
        Case(name: "a partial that switches to TEXT",
             files: ["html/_footer": "{{% CONTENT_TYPE: TEXT}}\n<footer>{{asOf}}</footer>\n"],
             expected: [
                "FOLDER/html/_footer.mustache:1:1: error: template does not escape data: a template in html/ may declare no content type but {{% CONTENT_TYPE: HTML}} (and, around one stylesheet in <style>, {{% CONTENT_TYPE: CSS}}{{stylesheet}}{{% CONTENT_TYPE: HTML}})",
                "FOLDER/html/_footer.mustache:1:1: error: template does not escape data: the first line must be {{% CONTENT_TYPE: HTML}}, so that data is escaped for the page",
             ]),
        Case(name: "an unescaped variable in a partial",
             files: ["html/_footer": "{{% CONTENT_TYPE: HTML}}\n<footer>\n  {{{ asOf }}}</footer>\n"],
             expected: ["FOLDER/html/_footer.mustache:3:3: error: template does not escape data: {{{ prints data without escaping; use {{asOf}}"]),
        Case(name: "an unescaped variable in a usage template",
             files: ["markdown/usage-month": "{{% CONTENT_TYPE: MARKDOWN}}\n# {{heading}}\n{{#lines}}{{&amount}}{{/lines}}\n"],
             expected: ["FOLDER/markdown/usage-month.mustache:3:11: error: template does not escape data: {{& prints data without escaping; use {{amount}}"]),
        Case(name: "an unescaped variable in a template no page uses",
             files: ["html/_mine": "{{% CONTENT_TYPE: HTML}}\n{{{x}}}\n"],
             expected: ["FOLDER/html/_mine.mustache:2:1: error: template does not escape data: {{{ prints data without escaping; use {{x}}"]),
        Case(name: "a partial that includes itself",
             files: ["html/_footer": "{{% CONTENT_TYPE: HTML}}\n<footer>{{asOf}}\n{{> html/_footer}}</footer>\n"],
             expected: ["FOLDER/html/_footer.mustache:3:1: error: partials include each other in a loop (html/_footer → html/_footer): a partial must not include itself"]),
        Case(name: "two partials that include each other",
             files: ["html/_footer": "{{% CONTENT_TYPE: HTML}}\n{{> html/_indicator}}\n",
                     "html/_indicator": "{{% CONTENT_TYPE: HTML}}\n<span>{{#x}}{{> html/_footer}}{{/x}}</span>\n"],
             expected: ["FOLDER/html/_footer.mustache:2:1: error: partials include each other in a loop (html/_footer → html/_indicator → html/_footer): a partial must not include itself"]),
        Case(name: "a missing partial",
             files: ["html/status": "{{% CONTENT_TYPE: HTML}}\n{{> html/_header}}\n  {{> html/_doesnotexist}}\n{{> html/_footer}}\n"],
             expected: ["FOLDER/html/status.mustache:3:3: error: partial html/_doesnotexist does not exist: add html/_doesnotexist.mustache to the templates folder or remove the {{> html/_doesnotexist}} tag"]),
        Case(name: "a partial of the other format",
             files: ["markdown/status": "{{% CONTENT_TYPE: MARKDOWN}}\n{{> html/_footer}}\n"],
             expected: ["FOLDER/markdown/status.mustache:2:1: error: template does not escape data: {{> html/_footer}} includes a template of another folder, escaped for another format; include partials of markdown/"]),
        Case(name: "a partial chosen by data",
             files: ["html/status": "{{% CONTENT_TYPE: HTML}}\n{{>*pageTitle}}\n"],
             expected: ["FOLDER/html/status.mustache:2:1: error: template does not escape data: {{>*pageTitle}} lets data choose a template; name the partial"]),
    ]

    @Test(arguments: cases)
    func brokenTemplatesAreRefusedWithTheirPosition(_ test: Case) throws {
        let folder = try SiteRendererTemplateTests.copyOfBundledTemplates()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, text) in test.files {
            try text.write(toFile: "\(folder)/\(name).mustache", atomically: true, encoding: .utf8)
        }
        let error = #expect(throws: DiagnosticError.self) { try SiteRenderer(templatesDirectory: folder) }
        #expect(error?.diagnostics.map(\.description) == test.expected.map { $0.replacingOccurrences(of: "FOLDER", with: folder) })
        #expect(error?.stage == .render)
    }

    /// The walk through swift-mustache's parsed form sees every kind of token; if a new version of the
    /// library changed its token shapes, this fails instead of the checks silently passing.
    @Test func theOutlineSeesEveryTokenKind() throws {
        _ = MarkupEscaping.registerContentTypes
        let text = """
            {{% CONTENT_TYPE: HTML}}text {{plain}} {{{triple}}} {{&amp}}{{#list}}{{{inSection}}}{{> inSectionPartial}}{{/list}}\
            {{^empty}}{{&inInverted}}{{/empty}}{{> html/_header}}{{<parent}}{{$block}}{{{inBlock}}}{{/block}}{{/parent}}\
            {{=<% %>=}}<%& afterDelimiters %><%>*dynamic%><%% CONTENT_TYPE: TEXT%>
            """
        let outline = TemplateOutline(try MustacheTemplate(string: text))
        #expect(outline.leadingContentType == .html)
        #expect(outline.contentTypes == [.html, .other])
        #expect(outline.unescapedVariables == ["triple", "amp", "inSection", "inInverted", "inBlock", "afterDelimiters"])
        #expect(outline.partials == ["inSectionPartial", "html/_header", "parent"])
        #expect(outline.dynamicPartials == ["dynamic"])
        #expect(outline.unrecognised == [])
    }

    @Test func theBundledTemplatesPassEveryCheck() throws {
        let library = try TemplateLibrary(directory: nil)
        #expect(library.problems(requiring: SiteRenderer.requiredTemplates) == [])
    }

    /// `--templates templates` in the repository: `templates` is a symbolic link into the package's resources.
    @Test func aSymbolicLinkToATemplatesFolderWorks() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("templates-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let link = scratch.appendingPathComponent("templates").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: TemplateLibrary.bundledDirectory)
        let renderer = try SiteRenderer(templatesDirectory: link)
        #expect(Set(SiteRenderer.requiredTemplates).isSubset(of: renderer.templates.names))
        #expect(renderer.templates.path(of: "html/status") == link + "/html/status.mustache")
    }
}
