import Foundation
import Testing
import TestSupport

/// Issue 4: a build with a deliberately broken copy of a template fails with exit 70, names page,
/// line and template, and leaves the previously published site untouched. Runs on the first fixture.
@Suite struct BrokenTemplateTests {
    @Test(arguments: Repository.fixtureNames().prefix(1))
    func brokenTemplateFailsTheBuildAndKeepsThePreviousSite(fixture: String) throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("site")
        let dataset = Repository.url("fixtures/\(fixture)").path
        let arguments = ["build", dataset, "--output", output.path, "--as-of", "2026-11-15"]

        let first = try LicenseReportBinary.run(arguments)
        try #require(first.status == 0, "first build failed: \(first.stderr)")
        let before = try snapshot(of: output)
        #expect(before["status.html"] != nil)

        // A copy of the templates with one end tag wrong: `</h2>` becomes `</h3>` in html/status.mustache.
        let templates = scratch.appendingPathComponent("templates")
        let bundled = Repository.url("templates").resolvingSymlinksInPath()
        try FileManager.default.copyItem(at: bundled, to: templates)
        let statusTemplate = templates.appendingPathComponent("html/status.mustache")
        let original = try String(contentsOf: statusTemplate, encoding: .utf8)
        let range = try #require(original.range(of: "</h2>"), "html/status.mustache has no </h2> to break")
        try original.replacingCharacters(in: range, with: "</h3>").write(to: statusTemplate, atomically: true, encoding: .utf8)

        let broken = try LicenseReportBinary.run(arguments + ["--templates", templates.path])
        #expect(broken.status == 70)
        let output70 = broken.stdout + broken.stderr
        let line = try #require(output70.split(separator: "\n").first { $0.hasPrefix("status.html:") }, "no diagnostic for status.html in:\n\(output70)")
        #expect(line.contains(": error: closing tag </h3> does not match <h2> opened on line "))
        #expect(line.hasSuffix("— in the page: «<h2>Database</h3>» (from template \(templates.path)/html/status.mustache)"))
        #expect(line.split(separator: ":").count >= 4, "page:line:column: expected in \(line)")
        #expect(try snapshot(of: output) == before, "the previous site changed")
    }
}
