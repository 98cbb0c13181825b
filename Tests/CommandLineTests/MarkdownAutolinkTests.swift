import Foundation
import Testing
import TestSupport
import LicenseReport

/// The Markdown escaper against cmark-gfm with the GFM table and autolink extensions: URLs and `www.`
/// names in data stay text (no link), while ordinary colons ("22:00 +02:00") are not escaped at all.
@Suite struct MarkdownAutolinkTests {
    static let hostile = [
        "http://evil.example/x", "https://evil.example/login?next=1", "ftp://evil.example/file",
        "see www.evil.example now", "WWW.EVIL.EXAMPLE", "x http://evil.example/x y",
    ]

    @Test func ordinaryColonsAreNotEscaped() {
        #expect(MarkupEscaping.markdown("22:00 +02:00") == "22:00 +02:00")
        #expect(MarkupEscaping.markdown("Note: read-only") == "Note: read-only")
        #expect(MarkupEscaping.markdown("http://evil.example/x") == "http\\://evil.example/x")
    }

    @Test(.enabled(if: ExternalTools.shouldRun(needing: "cmark-gfm")))
    func dataURLsDoNotBecomeLinks() throws {
        let tool = try #require(ExternalTools.find("cmark-gfm"), "cmark-gfm is missing: apt-get install cmark-gfm")
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var page = "| Value | Time |\n|---|---|\n"
        for text in Self.hostile { page += "| \(MarkupEscaping.markdown(text)) | \(MarkupEscaping.markdown("22:00 +02:00")) |\n" }
        page += "\n" + Self.hostile.map(MarkupEscaping.markdown).joined(separator: "\n\n") + "\n"
        let file = root.appendingPathComponent("page.md")
        try page.write(to: file, atomically: true, encoding: .utf8)
        let result = try runProcess(tool, ["--extension", "table", "--extension", "autolink", file.path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("<a "), "a link was made:\n\(result.stdout)")
        #expect(result.stdout.contains("<td>http://evil.example/x</td>"))
        #expect(result.stdout.contains("<td>see www.evil.example now</td>"))
        #expect(result.stdout.contains("<td>22:00 +02:00</td>"))
        // The unescaped text does become a link, so the test can fail.
        try "http://evil.example/x www.evil.example\n".write(to: file, atomically: true, encoding: .utf8)
        let raw = try runProcess(tool, ["--extension", "autolink", file.path])
        #expect(raw.stdout.contains("<a href=\"http://evil.example/x\">"))
    }
}
