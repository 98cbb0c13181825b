import Testing
import LicenseReport

/// A polyglot page around `body`: the body starts on line 5, column 1.
private func page(_ path: String, _ body: String, template: String? = nil) -> RenderedFile {
    RenderedFile(path: path, text: """
    <!DOCTYPE html>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
    <head><meta charset="utf-8" /><title>Test</title><link rel="stylesheet" href="assets/site.css" /></head>
    <body>
    \(body)
    </body>
    </html>

    """, template: template ?? "templates/html/\(path.split(separator: ".")[0]).mustache")
}

private let stylesheet = RenderedFile(path: "assets/site.css", text: "body { margin: 0 }\n")

/// The diagnostics' descriptions for `files` plus the stylesheet every page links to (unless `stylesheet` is false).
private func messages(_ files: [RenderedFile], stylesheet withStylesheet: Bool = true) -> [String] {
    SiteValidator.validate(files + (withStylesheet ? [stylesheet] : [])).map(\.description)
}

@Suite struct SiteValidatorTests {
    @Test func validSiteHasNoDiagnostics() {
        let files = [
            page("index.html", """
            <h1 id="overview">Overview</h1>
            <p><a href="status.html#database">Database</a>, <a href="status.html">Status</a>, <a href="licenses.md">Markdown</a>,
            <a href="#overview">top</a>, <a href="#">top</a>, <a href="https://www.superoffice.com/">SuperOffice</a>, <a href="mailto:billing@example.com">Billing</a></p>
            """),
            page("status.html", """
            <h2 id="database">Database</h2>
            <img src="data:image/png;base64,AAAA" alt="Ada Lovelace" />
            <table><thead><tr><th>Limit</th><th>Usage</th></tr></thead><tbody><tr><td>Active projects</td><td>85 of 100</td></tr></tbody></table>
            <p><a href="./index.html#overview">Back</a></p>
            """),
            RenderedFile(path: "licenses.md", text: """
            # Licences

            | Name | Total | In use |
            |---|--:|--:|
            | Sales \\| Marketing | 10 | 3 |
            | `crm\\|web` | 5 | 5 |

            Text after the table.
            """, template: "templates/markdown/licenses.mustache"),
        ]
        #expect(messages(files) == [])
    }

    @Test func mismatchedTag() {
        #expect(messages([page("status.html", "<p>One <b>two</p>")]).first
            == "status.html:5:18: error: closing tag </p> does not match <b> opened on line 5 — in the page: «<p>One <b>two</p>» (from template templates/html/status.mustache)")
    }

    @Test func undefinedEntity() {
        #expect(messages([page("status.html", "<p>Free&nbsp;seats</p>")])
            == ["status.html:5:14: error: entity &nbsp; is not defined in XHTML: write the character itself or a numeric reference such as &#160; — in the page: «<p>Free&nbsp;seats</p>» (from template templates/html/status.mustache)"])
    }

    @Test func unescapedAmpersand() {
        #expect(messages([page("licenses.html", "<p>Sales & Marketing</p>")]).first
            == "licenses.html:5:11: error: a bare '&' starts no entity: write &amp; — in the page: «<p>Sales & Marketing</p>» (from template templates/html/licenses.mustache)")
    }

    @Test func duplicateID() {
        #expect(messages([page("status.html", "<h2 id=\"database\">A</h2>\n<div id=\"database\">B</div>")])
            == ["status.html:6:6: error: duplicate id 'database' (from template templates/html/status.mustache)"])
    }

    @Test func danglingLinkToAMissingPage() {
        #expect(messages([page("index.html", "<p><a href=\"invoice.html\">Invoice</a></p>")])
            == ["index.html:5:7: error: link 'invoice.html' points to no written page or id (from template templates/html/index.mustache)"])
    }

    @Test func danglingLinkToAMissingFragment() {
        let files = [
            page("index.html", "<p>\n  <a href=\"status.html#metered\">Metered</a> <a href=\"#nowhere\">x</a></p>"),
            page("status.html", "<h2 id=\"database\">Database</h2>"),
        ]
        #expect(messages(files) == [
            "index.html:6:6: error: link 'status.html#metered' points to no written page or id (from template templates/html/index.mustache)",
            "index.html:6:48: error: link '#nowhere' points to no written page or id (from template templates/html/index.mustache)",
        ])
    }

    @Test func linkOutOfTheSiteAndMissingStylesheet() {
        let files = [page("index.html", "<p><a href=\"../other/index.html\">Other</a></p>")]
        #expect(messages(files, stylesheet: false) == [
            "index.html:3:73: error: link 'assets/site.css' points to no written page or id (from template templates/html/index.mustache)",
            "index.html:5:7: error: link '../other/index.html' points to no written page or id (from template templates/html/index.mustache)",
        ])
    }

    @Test func missingAlt() {
        #expect(messages([page("status.html", "<table><tr><th>Activated by</th></tr><tr><td><img src=\"p.png\" /> Ada</td></tr></table>")])
            == ["status.html:5:46: error: img without alt text (from template templates/html/status.mustache)"])
    }

    @Test func tableWithoutHeader() {
        #expect(messages([page("status.html", "<p>x</p>\n  <table><tr><td>Owner</td><td>SUPEROFFICE</td></tr></table>")])
            == ["status.html:6:3: error: table without a header row (a thead row, or a first row, of th cells) (from template templates/html/status.mustache)"])
    }

    @Test func markdownRowWithAnExtraCell() {
        let file = RenderedFile(path: "status.md", text: """
        ## Restrictions

        | Restriction | Usage |
        |---|---|
        | Active projects | 1 of 100 |
        | Custom | objects | 15 of 15 |
        | Dashboards |
        """, template: "templates/markdown/status.mustache")
        #expect(messages([file]) == [
            "status.md:6:20: error: table row has 3 cells, the header has 2 (from template templates/markdown/status.mustache)",
            "status.md:7:1: error: table row has 1 cell, the header has 2 (from template templates/markdown/status.mustache)",
        ])
    }

    @Test func markdownDelimiterRowThatDoesNotMatchItsHeader() {
        let file = RenderedFile(path: "index.md", text: "| a | b |\n|---|---|---|\n| 1 | 2 |\n", template: nil)
        #expect(messages([file]) == ["index.md:2:9: error: table row has 3 cells, the header has 2"])
    }

    @Test func xmlFeedsAreCheckedAndOtherFilesAreNot() {
        let files = [
            RenderedFile(path: "feed.xml", text: "<?xml version=\"1.0\"?>\n<feed><entry></feed>\n"),
            RenderedFile(path: "report.json", text: "{\"a\": \"<b>\"}"),
            RenderedFile(path: "usage/2026-03.csv", text: "a|b\n---|---\n1|2|3\n"),
        ]
        #expect(messages(files) == [
            "feed.xml:2:21: error: closing tag </feed> does not match <entry> opened on line 2",
            "feed.xml:3:1: error: the page ends before <feed> opened on line 2 is closed",
        ])
    }

    @Test func linksInSubfoldersResolveAgainstTheirFolder() {
        let files = [
            page("index.html", "<p><a href=\"owners/\">Owners</a></p>"),
            RenderedFile(path: "owners/index.html", text: String(decoding: page("x.html", "<p><a href=\"../index.html\">Up</a> <a href=\"../status.html\">S</a></p>").contents, as: UTF8.self)
                .replacingOccurrences(of: "href=\"assets", with: "href=\"../assets"), template: "templates/html/owners.mustache"),
        ]
        #expect(messages(files) == [
            "owners/index.html:5:38: error: link '../status.html' points to no written page or id (from template templates/html/owners.mustache)",
        ])
    }

    @Test func diagnosticsHaveStageValidateAndAreSorted() {
        let diagnostics = SiteValidator.validate([page("b.html", "<img src=\"x.png\" />"), page("a.html", "<p>&nbsp;</p>")])
        #expect(diagnostics.map(\.stage) == [.validate, .validate, .validate, .validate])
        #expect(diagnostics.map { $0.location?.file } == ["a.html", "a.html", "b.html", "b.html"])
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
