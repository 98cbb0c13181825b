import Foundation
import Testing
@testable import XMLValidation

/// `XMLPageChecker.check` (SAX, no tree: `StreamingChecks`) reports what the tree walk reported
/// (`checkOnTree`): the same findings in the same order, ids and links, on every golden page of the
/// repository and on pages written to reach each rule and each way libxml2 hands over attribute values.
@Suite struct StreamingChecksTests {
    /// Every HTML, SVG and XML golden file under Tests/.
    static func goldenPages() throws -> [(String, [UInt8])] {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let paths = (FileManager.default.enumerator(atPath: tests.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".svg") || $0.hasSuffix(".xml") }.sorted()
        return try paths.map { ($0, Array(try Data(contentsOf: tests.appendingPathComponent($0)))) }
    }

    static func page(_ body: String, head: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>\(head)
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>t</title></head>
        <body>\(body)</body></html>
        """
    }

    static let craftedPages: [String] = [
        page(#"<p id="a">x</p><p id="a">y</p><p id='b' class="c" id2="a">z</p>"#),
        page(#"<img src="a.png"/><img src="b.png" alt=""/><img xml:lang="en" src="c.png"/>"#),
        page(#"<table><tr><td>x</td></tr></table><table><tr><th>h</th></tr></table><table><tr></tr></table>"#),
        page(#"<table><thead><tr><td>a</td></tr></thead><tbody><tr><th>x</th></tr></tbody></table>"#),
        page(#"<table><tbody><tr><td>x</td></tr></tbody><thead><tr><th>late</th></tr></thead></table>"#),
        page(#"<table><tbody></tbody><tbody><tr><th>second</th></tr></tbody><tr><td>x</td></tr></table>"#),
        page(#"<table><caption>c</caption><tr><th>a</th><td>b</td></tr></table><table><tr><th>a</th><th id="z">b</th></tr></table>"#),
        page(#"<table id="outer"><tr><th><table id="inner"><tr><td id="d">x</td></tr></table></th></tr></table><p id="d">dup</p>"#),
        page(#"<table><tr><th>x</th></tr><tr><td>y</td></tr></table><table><tfoot><tr><th>f</th></tr></tfoot></table>"#),
        page(#"<a href="a.html?x=1&amp;y=2">1</a><a href="b&#38;c">2</a><a href="&lt;&#x41;&#66;">3</a><a href=" s p ">4</a>"#),
        page(#"<a href="x&ent;y" id="e&ent;">ent</a>"#, head: "\n<!DOCTYPE html [<!ENTITY ent \"E&amp;\">]>"),
        page(##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="#no" href="#yes"><text id="s">t</text></a></svg>"##),
        page("<!-- c --><p><![CDATA[<not a tag>]]></p><?pi x?><p id=\"\nwrapped\tvalue\">x</p>"),
        page(#"<table><tr><td>unclosed"#),
        page(#"<p id="a">x<p>"#),
        page(#"<table><tr><td>x</td></tr></table><br></br><p id="a" id="a">twice</p>"#),
        page("<p title=\"&nbsp;\">undefined entity</p>"),
        "",
        "<",
        "not xml at all",
        "<?xml version=\"1.0\"?><root><table xmlns:x=\"urn:x\"><x:tr><x:th>ns</x:th></x:tr></table></root>",
        // An adversarial review's cases: elements in entities, undefined prefixes, ID validity, nested references.
        page("<p>&logo;</p>", head: "\n<!DOCTYPE html [<!ENTITY logo \"<img src='logo.png'/>\">]>"),
        page("<table>&head;<tr><td>1</td></tr></table>", head: "\n<!DOCTYPE html [<!ENTITY head \"<tr><th>h</th></tr>\">]>"),
        page("&s;&s;", head: "\n<!DOCTYPE html [<!ENTITY s \"<span id='x'/>\">]>"),
        page(#"<x:img src="a.png"/><x:table><tr><td>1</td></tr></x:table><table><tr><x:th>h</x:th></tr></table>"#),
        page(#"<p xml:id="a">x</p><p xml:id="a">y</p><p xml:id="1a">z</p>"#),
        page(#"<p id="a">x</p><p id="a">y</p>"#, head: "\n<!DOCTYPE html [<!ATTLIST p id ID #IMPLIED>]>"),
        page(#"<p>&e;</p><a href="&e;" id="&e;">l</a>"#, head: "\n<!DOCTYPE html [<!ENTITY f \"F\"><!ENTITY e \"x&f;y\">]>"),
        page("&e;&e;", head: "\n<!DOCTYPE html [<!ENTITY e \"<table>\">]>"),
    ]

    @Test func streamingChecksMatchTheTreeWalkOnEveryGoldenPage() throws {
        let pages = try Self.goldenPages()
        #expect(pages.count >= 20)
        for (path, bytes) in pages {
            #expect(!XMLPageChecker.needsTree(bytes), "\(path) would be checked on the tree")
            #expect(XMLPageChecker.check(bytes) == XMLPageChecker.checkOnTree(bytes), "\(path)")
        }
    }

    @Test(arguments: craftedPages.indices)
    func streamingChecksMatchTheTreeWalkOnCraftedPages(_ index: Int) {
        let bytes = Array(Self.craftedPages[index].utf8)
        let streamed = XMLPageChecker.check(bytes)
        let walked = XMLPageChecker.checkOnTree(bytes)
        #expect(streamed == walked, "\(Self.craftedPages[index])\nstreamed: \(streamed)\nwalked: \(walked)")
    }

    @Test func theCraftedPagesReachEveryRule() {
        let kinds = Set(Self.craftedPages.flatMap { XMLPageChecker.check(Array($0.utf8)).findings.map(\.kind) })
        #expect(kinds == [.malformed, .duplicateID, .missingAlt, .tableWithoutHeader])
        let links = XMLPageChecker.check(Array(Self.craftedPages[9].utf8)).links.map(\.href)
        #expect(links == ["a.html?x=1&y=2", "b&c", "<AB", " s p "])
    }
}
