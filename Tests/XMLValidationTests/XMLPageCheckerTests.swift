import TestSupport
import Testing
@testable import XMLValidation

/// A polyglot page around `body` (the body starts on line 5, column 1), with the markers of `body`
/// (see `MarkedText`).
private func page(_ body: String) -> MarkedText {
    MarkedText("""
    <!DOCTYPE html>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
    <head><meta charset="utf-8" /><title>Test</title></head>
    <body>
    \(body)
    </body>
    </html>

    """)
}

private func position(_ position: MarkedText.Position) -> XMLPosition { XMLPosition(line: position.line, column: position.column) }

private func finding(_ at: MarkedText.Position, _ kind: XMLFinding.Kind, _ detail: String) -> XMLFinding {
    XMLFinding(position: position(at), kind: kind, detail: detail)
}

private func finding(_ line: Int, _ column: Int, _ kind: XMLFinding.Kind, _ detail: String) -> XMLFinding {
    XMLFinding(position: XMLPosition(line: line, column: column), kind: kind, detail: detail)
}

@Suite struct XMLPageCheckerTests {
    @Test func validPageHasNoFindingsAndListsIdsAndLinks() {
        let text = page("""
        <h1 id="top-heading">Licences &amp; plans</h1>
        <p><a 1️⃣href="status.html#database">Status</a> <a 2️⃣href="#top-heading">Up</a></p>
        <img src="logo.png" alt="" />
        <table id="t"><thead><tr><th>Name</th><th>Total</th></tr></thead><tbody><tr><td>CRM</td><td>10</td></tr></tbody></table>
        <table><tr><th>Owner</th></tr><tr><td>SUPEROFFICE</td></tr></table>
        """)
        let report = XMLPageChecker.check(text.bytes)
        #expect(report.findings == [])
        #expect(report.isWellFormed)
        #expect(report.ids == ["t", "top-heading"])
        #expect(report.links == [
            XMLLink(href: "status.html#database", position: position(text["1️⃣"])),
            XMLLink(href: "#top-heading", position: position(text["2️⃣"])),
        ])
    }

    @Test func mismatchedTagIsReportedWhereTheWrongEndTagIs() {
        let text = page("<p>One <b>two</p>1️⃣")
        let report = XMLPageChecker.check(text.bytes)
        #expect(!report.isWellFormed)
        #expect(report.findings.first == finding(text["1️⃣"], .malformed, "Opening and ending tag mismatch: b line 5 and p"))
    }

    @Test func htmlEntityIsUndefinedInXML() {
        let text = page("<p>Free&nbsp;1️⃣seats</p>")
        #expect(XMLPageChecker.check(text.bytes).findings == [finding(text["1️⃣"], .malformed, "Entity 'nbsp' not defined")])
    }

    @Test func bareAmpersandIsABadEntity() {
        let text = page("<p>Sales &1️⃣ Marketing</p>")
        #expect(XMLPageChecker.check(text.bytes).findings.first == finding(text["1️⃣"], .malformed, "xmlParseEntityRef: no name"))
    }

    @Test func everyErrorIsCollectedNotOnlyTheLast() {
        let text = page("<p>a&nbsp;1️⃣b</p>\n<p>c&copy;2️⃣d</p>\n<p>e&hellip;3️⃣</p>")
        #expect(XMLPageChecker.check(text.bytes).findings == [
            finding(text["1️⃣"], .malformed, "Entity 'nbsp' not defined"),
            finding(text["2️⃣"], .malformed, "Entity 'copy' not defined"),
            finding(text["3️⃣"], .malformed, "Entity 'hellip' not defined"),
        ])
    }

    @Test func unquotedAttribute() {
        let text = page("<p class=1️⃣note>x</p>")
        #expect(XMLPageChecker.check(text.bytes).findings.first == finding(text["1️⃣"], .malformed, "AttValue: \" or ' expected"))
    }

    @Test func duplicateIdPointsAtTheSecondIdAttribute() {
        let text = page("<h2 id=\"owner\">A</h2>\n<section class=\"x\"  1️⃣id=\"owner\">B</section>")
        let report = XMLPageChecker.check(text.bytes)
        #expect(report.findings == [finding(text["1️⃣"], .duplicateID, "owner")])
        #expect(report.ids == ["owner"])
    }

    @Test func imgWithoutAltPointsAtTheElement() {
        let text = page("<p>Activated by 1️⃣<img src=\"p.png\" /> Ada</p>")
        #expect(XMLPageChecker.check(text.bytes).findings == [finding(text["1️⃣"], .missingAlt, "")])
    }

    @Test(arguments: [
        ("<table><tr><td>a</td></tr></table>", false),
        ("<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>", false),
        ("<table><tr><th>a</th><td>b</td></tr></table>", false),
        ("<table><thead><tr><td>a</td></tr></thead><tbody><tr><td>b</td></tr></tbody></table>", false),
        ("<table><caption>c</caption></table>", false),
        ("<table><thead><tr><th>a</th></tr></thead></table>", true),
        ("<table><caption>c</caption><tbody><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>", true),
        ("<table><tr><th scope=\"col\">a</th></tr><tr><td>1</td></tr></table>", true),
    ])
    func tableHeaderRow(markup: String, hasHeader: Bool) {
        let text = page("1️⃣" + markup)
        #expect(XMLPageChecker.check(text.bytes).findings == (hasHeader ? [] : [finding(text["1️⃣"], .tableWithoutHeader, "")]))
    }

    @Test func positionsCountCharactersNotBytes() {
        let text = page("<p>Ærlig østkyst – 1️⃣<img src=\"x.png\" /></p>")
        #expect(XMLPageChecker.check(text.bytes).findings == [finding(text["1️⃣"], .missingAlt, "")])
    }

    @Test func positionsFollowMultiLineStartTags() {
        let text = page("<p>x</p><a class=\"c\"\n   title=\"a > b\"\n   1️⃣href=\"a.html\">A</a>")
        #expect(XMLPageChecker.check(text.bytes).links == [XMLLink(href: "a.html", position: position(text["1️⃣"]))])
    }

    @Test func linkValuesHaveEntitiesResolved() {
        let report = XMLPageChecker.check(page("<a href=\"status.html?x=1&amp;y=2\">S</a>").bytes)
        #expect(report.links.map(\.href) == ["status.html?x=1&y=2"])
    }

    @Test func externalEntitiesAreNotLoaded() {
        let bytes = Array("""
        <?xml version="1.0"?>
        <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p id="p">&secret;</p></body></html>
        """.utf8)
        let report = XMLPageChecker.check(bytes)
        #expect(report.findings == [])
        #expect(report.ids == ["p"])
    }

    @Test func emptyDocument() {
        #expect(XMLPageChecker.check([]).findings == [finding(1, 1, .malformed, "Document is empty")])
    }

    @Test func truncatedPageReportsTheMissingEndTags() {
        let text = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p>\n"
        let report = XMLPageChecker.check(Array(text.utf8))
        #expect(!report.isWellFormed)
        #expect(report.findings.allSatisfy { $0.kind == .malformed })
        #expect(report.findings.first?.line == 3)
    }

    @Test func checksRunConcurrently() async {
        let good = page("<p id=\"a\">ok</p>").bytes
        let bad = page("<p>a&nbsp;b</p>").bytes
        await withTaskGroup(of: Int.self) { group in
            for index in 0..<64 {
                group.addTask { XMLPageChecker.check(index.isMultiple(of: 2) ? good : bad).findings.count }
            }
            var counts: [Int] = []
            for await count in group { counts.append(count) }
            #expect(counts.sorted() == Array(repeating: 0, count: 32) + Array(repeating: 1, count: 32))
        }
    }
}

@Suite struct XMLPageCheckerDoctypeTests {
    /// With an external DTD named in the doctype (which is never loaded), libxml2 cannot know whether
    /// `&nbsp;` is declared; it still reports it, so HTML entities are caught whatever the doctype.
    @Test func htmlEntityWithAnXHTMLDoctypeIsStillReported() {
        let text = MarkedText("""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title></head>
        <body><p>a&nbsp;1️⃣b</p></body></html>
        """)
        let report = XMLPageChecker.check(text.bytes)
        #expect(report.findings == [finding(text["1️⃣"], .malformed, "Entity 'nbsp' not defined")])
    }
}
