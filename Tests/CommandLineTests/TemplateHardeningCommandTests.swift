import Foundation
import Testing
import TestSupport

/// Issue 10, points 6–9, end to end with the built binary: broken or hostile templates stop the build with
/// exit 70 and a positioned message (never a crash, never a page with data unescaped), and the repository's
/// own `templates` link works as `--templates`.
@Suite struct TemplateHardeningCommandTests {
    static func copyOfTemplates(in scratch: URL) throws -> URL {
        let templates = scratch.appendingPathComponent("templates")
        let bundled = Repository.url("templates").resolvingSymlinksInPath()
        try FileManager.default.copyItem(at: bundled, to: templates)
        return templates
    }

    @Test(arguments: [
        ("html/_footer", "{{% CONTENT_TYPE: HTML}}\n<footer>{{> html/_footer}}</footer>\n",
         "html/_footer.mustache:2:9: error: partials include each other in a loop (html/_footer → html/_footer)"),
        ("html/status", "{{% CONTENT_TYPE: HTML}}\n{{=<% %>=}}\n<p><%& datasetName %></p>\n",
         "html/status.mustache:3:4: error: template does not escape data: <%& prints data without escaping"),
        ("html/status", "{{% CONTENT_TYPE: HTML}}\n{{> html/_doesnotexist}}\n",
         "html/status.mustache:2:1: error: partial html/_doesnotexist does not exist"),
    ])
    func aHostileTemplateFailsWith70AndKeepsTheSite(template: String, text: String, message: String) throws {
        let scratch = try temporaryFolder("templates")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("site").path
        let arguments = ["build", "fixtures/nordlys-module-based", "--output", output, "--as-of", "2026-11-15"]
        #expect(try LicenseReportBinary.run(arguments).status == 0)
        let before = try snapshot(of: URL(fileURLWithPath: output))
        let templates = try Self.copyOfTemplates(in: scratch)
        try text.write(to: templates.appendingPathComponent("\(template).mustache"), atomically: true, encoding: .utf8)
        let result = try LicenseReportBinary.run(arguments + ["--templates", templates.path])
        #expect(result.status == 70, "\(result.stderr)")
        #expect(result.stderr.contains("\(templates.path)/\(message)"), "\(result.stderr)")
        #expect(try snapshot(of: URL(fileURLWithPath: output)) == before)
    }

    @Test func theRepositorysTemplatesLinkWorksAsTemplatesFolder() throws {
        let scratch = try temporaryFolder("templates")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("site").path
        let result = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output,
                                            "--as-of", "2026-11-15", "--templates", "templates"])
        #expect(result.status == 0, "\(result.stderr)")
        let plain = scratch.appendingPathComponent("plain").path
        #expect(try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", plain, "--as-of", "2026-11-15"]).status == 0)
        #expect(try snapshot(of: URL(fileURLWithPath: output)) == snapshot(of: URL(fileURLWithPath: plain)))
    }
}
