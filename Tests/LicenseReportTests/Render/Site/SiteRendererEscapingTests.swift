import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// Hostile strings in every text field come out escaped on every page, and nothing raw gets through.
@Suite struct SiteRendererEscapingTests {
    let files: [RenderedFile]
    let html: String
    let markdown: String

    init() throws {
        files = try SiteRenderer(templatesDirectory: nil).render(HostileReport.report(), audience: .admin)
        html = files.filter { $0.path.hasSuffix(".html") }.map(\.text).joined(separator: "\n")
        markdown = files.filter { $0.path.hasSuffix(".md") }.map(\.text).joined(separator: "\n")
        if let folder = ProcessInfo.processInfo.environment["PAGES_PREVIEW_DIR"] {
            try Golden.write(files, to: folder + "/hostile-admin")
        }
    }

    @Test(arguments: HostileReport.fields)
    func everyFieldAppearsEscapedInHTML(field: String) {
        let escaped = MarkupEscaping.html(HostileReport.text(field))
        #expect(escaped.contains("&lt;script&gt;alert(&quot;\(field)&quot;)&lt;/script&gt; &quot;&#39;&amp; | *_[ `x`"))
        #expect(html.contains(escaped), "\(field) is not on any HTML page in escaped form")
    }

    @Test(arguments: HostileReport.fields)
    func everyFieldAppearsEscapedInMarkdown(field: String) {
        let escaped = #"\<script\>alert("\#(field)")\</script\> "'\& \| \*\_\[ \`x\`   \#(field) end"#
        #expect(MarkupEscaping.markdown(HostileReport.text(field)) == escaped)
        #expect(markdown.contains(escaped), "\(field) is not on any Markdown page in escaped form")
    }

    @Test func nothingRawReachesTheHTML() {
        #expect(!html.contains("<script"))
        #expect(!html.contains("\"'&"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:image/svg"))
        #expect(!html.contains("alert(\""))
        // The unsafe Upgrade link is dropped; the InfoUrl is kept, percent-encoded.
        #expect(!html.contains(">Upgrade</a>"))
        #expect(html.contains(#"href="https://example.com/info?a=1&amp;b=%222%22%3C3%3E%284%29%20%605%60%7C6""#))
        // The portrait that is not an image URL gives initials instead of an img.
        #expect(!html.contains("<img"))
    }

    @Test func nothingRawReachesTheMarkdown() {
        let unescaped = Self.unescapedSpecials(in: markdown)
        // Only the templates' own Markdown may use these characters: table pipes, ** for bold, [ ] for links.
        #expect(!unescaped.contains("<"))
        #expect(!unescaped.contains("`"))
        #expect(!unescaped.contains("_"))
        // `javascript:` is no GFM autolink and [ ] are escaped, so it stays text; URLs do not autolink.
        #expect(!markdown.contains("](javascript:"))
        #expect(!markdown.contains("http://"))
        #expect(markdown.contains(#"[● Normal](https\://example.com/info?a=1\&b=%222%22%3C3%3E%284%29%20%605%60%7C6)"#))
    }

    @Test func markdownTablesKeepTheirColumnCount() {
        for file in files where file.path.hasSuffix(".md") {
            var expected: Int?
            for line in file.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                guard line.hasPrefix("|") else { expected = nil; continue }
                let cells = Self.cellCount(line)
                if let expected {
                    #expect(cells == expected, "\(file.path): \(line)")
                } else {
                    expected = cells
                }
            }
        }
    }

    @Test func htmlIsWellFormedAndIdsAreUnique() throws {
        for file in files where file.path.hasSuffix(".html") {
            let text = file.text
            #expect(text.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
            let ids = Self.attributeValues("id", in: text)
            #expect(Set(ids).count == ids.count, "\(file.path) has duplicate ids: \(ids)")
        }
    }

    /// The special characters of `text` that are not preceded by a backslash.
    static func unescapedSpecials(in text: String) -> String {
        var result = ""
        var previous: Character = " "
        for character in text {
            if "<>`|*_[".contains(character), previous != "\\" { result.append(character) }
            previous = previous == "\\" ? " " : character
        }
        return result
    }

    /// Cells of a GFM table row: unescaped pipes minus the outer ones.
    static func cellCount(_ line: String) -> Int {
        var pipes = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { pipes += 1 }
        }
        return pipes - 1
    }

    /// Every value of attribute `name` (double-quoted) in `html`.
    static func attributeValues(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }
}
