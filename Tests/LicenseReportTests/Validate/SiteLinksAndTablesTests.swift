import Testing
@testable import LicenseReport

/// The rules behind the link and Markdown checks, case by case (docs/validation.md).
@Suite struct SiteLinksAndTablesTests {
    @Test(arguments: [
        ("status.html", "index.html", "status.html", nil),
        ("status.html#database", "index.html", "status.html", "database"),
        ("#owner-SUPEROFFICE", "sub/a.html", "sub/a.html", "owner-SUPEROFFICE"),
        ("./a.html", "sub/b.html", "sub/a.html", nil),
        ("../index.html", "sub/a.html", "index.html", nil),
        ("owners/", "index.html", "owners/index.html", nil),
        ("usage/2026-03.html?print=1#total", "index.html", "usage/2026-03.html", "total"),
        ("caf%C3%A9.html#r%C3%A9sum%C3%A9", "index.html", "café.html", "résumé"),
        ("#top", "index.html", "index.html", nil),
        ("#", "index.html", "index.html", nil),
    ] as [(String, String, String, String?)])
    func internalLink(href: String, page: String, path: String, fragment: String?) {
        #expect(SiteLinks.target(of: href, from: page) == SiteLinks.Target(path: path, fragment: fragment))
    }

    @Test func linkAboveTheSiteRootHasNoPath() {
        #expect(SiteLinks.target(of: "../../x.html", from: "sub/a.html") == SiteLinks.Target(path: nil, fragment: nil))
    }

    @Test(arguments: ["https://www.superoffice.com/", "mailto:billing@example.com", "data:image/png;base64,AAAA",
                      "//cdn.example.com/a.css", "/status.html", "", "  ", "tel:+4712345678"])
    func notInternal(href: String) {
        #expect(SiteLinks.target(of: href, from: "index.html") == nil)
    }

    @Test(arguments: [
        ("| a | b |", 2),
        ("a | b", 2),
        ("|a|b|c", 3),
        ("| a |  |", 2),
        ("| Sales \\| Marketing |", 1),
        ("| `p\\|q` | r |", 2),
        ("| x\\\\| y |", 1),
        ("| C:\\\\ | y |", 2),
        ("|", 1),
        ("| single |", 1),
    ])
    func cellsOfARow(line: String, cells: Int) {
        #expect(MarkdownTables.row(line, line: 1).cellCount == cells)
    }

    @Test func tablesEndAtABlankLineAndSkipCodeFences() {
        let text = """
        ```
        | a | b |
        |---|---|
        ```
        | Month | Amount |
        |:--|--:|
        | 2026-03 | 120.00 |
        | 2026-04 | 0.00 |

        | x |
        |---|
        # Heading
        Not a table
        ---
        """
        let tables = MarkdownTables.scan(text)
        #expect(tables.map(\.header.line) == [5, 10])
        #expect(tables.map(\.renderedRowCount) == [3, 1])
        #expect(tables.map(\.header.cellCount) == [2, 1])
    }
}

/// `MarkdownTables.lines(of:)` splits on bytes; splitting the `Character`s gives the same lines.
@Suite struct MarkdownLineSplitTests {
    @Test(arguments: ["", "a", "a\n", "\n", "a\r\nb", "a\rb\nc", "\r\n\r\n", "a\r", "x\n\u{0301}y", "|a|\r\n|-|\n", "é\r\n\u{0338}<"])
    func bytesSplitLikeCharacters(text: String) {
        let byCharacters = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
        #expect(MarkdownTables.lines(of: text) == byCharacters)
    }

    @Test func rowsOnBytesMatchRowsOnScalars() {
        var lines = ["", "|", "||", "| a | b |", " |a|", "a|", "\\|a\\|", "| é | \u{0338}| |", "|\u{0301}|x|", "\t| a |\t", "a \\| b | c",
                     "| ø |", "é|", "|é", " ", "\\", "|\\", "x\u{0301} | y\u{0301} "]
        lines += FormattingFastPathTests.samples.prefix(2_000)
        for line in lines {
            #expect(MarkdownTables.row(line, line: 7) == MarkdownTables.rowByScalars(line, line: 7), "\(line.debugDescription)")
        }
    }

    @Test func delimiterRowScanAgreesWithTheCharacterRule() {
        var lines = ["|-|", "| --- | :-: |", "---|---", "    |---|", "   |---|", "|-\u{0338}|", "|\u{0301}---|", "| - | x |", "|:|",
                     "|---:|", "-", "|", "||", "| --- |\t", "\t|---|", "| -- - |", "|::-|", "|-:-|", "| — |", "|\u{00A0}---|"]
        lines += FormattingFastPathTests.samples.prefix(2_000)
        // Every line of dashes, colons, bars and spaces up to length 5.
        let alphabet = ["|", "-", ":", " ", "\t"]
        var short = [""]
        for _ in 0..<5 { short = short.flatMap { prefix in alphabet.map { prefix + $0 } } ; lines += short }
        for line in lines {
            #expect(MarkdownTables.isDelimiterRow(line) == MarkdownTables.isDelimiterRowByCharacters(line), "\(line.debugDescription)")
        }
    }
}

/// Links resolved once per folder (`SiteValidator.validate`) are reported on every page that has them, and
/// links that may point into the page itself are still resolved per page.
@Suite struct SiteLinkResolutionCacheTests {
    static func page(_ body: String) -> [UInt8] {
        Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title></head><body>\(body)</body></html>
        """.utf8)
    }

    @Test func everyPageWithABrokenLinkIsReportedAndFragmentsArePerPage() {
        let files = [
            RenderedFile(path: "usage/a.html", bytes: Self.page(##"<p id="x">a</p><a href="../missing.html">m</a><a href="#x">x</a><a href="../index.html#top">i</a>"##)),
            RenderedFile(path: "usage/b.html", bytes: Self.page(##"<p id="y">b</p><a href="../missing.html">m</a><a href="#x">x</a><a href="../index.html#top">i</a>"##)),
            RenderedFile(path: "index.html", bytes: Self.page(##"<a href="missing.html">m</a><a href="usage/a.html#x">a</a><a href="usage/b.html#x">b</a>"##)),
        ]
        let dangling = SiteValidator.validate(files, concurrently: false).compactMap { diagnostic -> String? in
            guard case .danglingLink(let href, _) = diagnostic.reason else { return nil }
            return "\(diagnostic.location?.file ?? "?") \(href)"
        }
        #expect(dangling == ["index.html missing.html", "index.html usage/b.html#x", "usage/a.html ../missing.html",
                             "usage/b.html ../missing.html", "usage/b.html #x"])
    }
}
