import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// What the end-to-end tests of issue 14 use besides the binary: Chromium to print a page, poppler to
/// read a PDF back, and an XML parser to list every reference a page makes.
enum PDFTools {
    /// The browser on PATH, as `--pdf` looks for it.
    static var chromium: String? { ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(ExternalTools.find).first?.path }

    /// Whether tests that need Chromium and poppler run: when both are installed, and always under CI
    /// (`.ci/run` installs them), where a missing one fails the test instead of skipping it.
    static var shouldRun: Bool { (chromium != nil && ExternalTools.find("pdfinfo") != nil) || ExternalTools.isCI }

    /// Prints `page` to `pdf` with Chromium directly (not through license-report), as a clerk's browser
    /// would: A4 and margins come from the page's own `@page` rules only.
    static func printWithChromium(_ page: URL, to pdf: URL) throws {
        let browser = try #require(chromium, "Chromium is required under CI (.ci/run installs it)")
        let profile = try temporaryFolder("chromium-profile")
        defer { try? FileManager.default.removeItem(at: profile) }
        var arguments = ["--headless", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                         "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString]
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        let result = try runProcess(URL(fileURLWithPath: browser), arguments)
        try #require(result.status == 0, "chromium failed: \(result.stderr.suffix(500))")
    }

    /// `pdfinfo -enc UTF-8 -isodates -f 1 -l 100000 FILE`.
    static func info(_ pdf: URL) throws -> String {
        let tool = try #require(ExternalTools.find("pdfinfo"), "pdfinfo (poppler-utils) is required under CI")
        let result = try runProcess(tool, ["-enc", "UTF-8", "-isodates", "-f", "1", "-l", "100000", pdf.path])
        try #require(result.status == 0, "pdfinfo failed: \(result.stderr)")
        return result.stdout
    }

    /// The PDF's text (`pdftotext -enc UTF-8`), every run of white space made one space.
    static func text(_ pdf: URL) throws -> String {
        let tool = try #require(ExternalTools.find("pdftotext"), "pdftotext (poppler-utils) is required under CI")
        let result = try runProcess(tool, ["-enc", "UTF-8", pdf.path, "-"])
        try #require(result.status == 0, "pdftotext failed: \(result.stderr)")
        return result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A field of pdfinfo's output ("Title"), trimmed.
    static func field(_ name: String, in info: String) -> String? {
        info.split(separator: "\n").first { $0.hasPrefix(name + ":") }
            .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    /// The size of every page in points, from pdfinfo ("Page    1 size:  594.96 x 841.92 pts (A4)").
    static func pageSizes(_ info: String) -> [(width: Double, height: Double)] {
        info.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.count >= 6, words[0] == "Page", words[2] == "size:",
                  let width = Double(words[3]), let height = Double(words[5]) else { return nil }
            return (width, height)
        }
    }

    /// A4 portrait (595.28 × 841.89 pt), give or take Chromium's rounding to whole CSS pixels.
    static func isA4(_ size: (width: Double, height: Double)) -> Bool {
        abs(size.width - 595.28) < 2 && abs(size.height - 841.89) < 2
    }

    /// Every reference a page makes to something outside itself, found by parsing it as XML (the pages
    /// are polyglot XHTML): `href`, `src`, `srcset`, `data`, `poster`, `action`, `formaction`,
    /// `background` and `xlink:href` values, `<link>` elements, and `url(…)` or `@import` in `<style>`
    /// and `style` attributes; except `data:` URLs, fragments (`#…`) and `mailto:`.
    static func externalReferences(inXHTML data: Data) throws -> [String] {
        let collector = ReferenceCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        try #require(parser.parse(), "the page is not well-formed XML: \(String(describing: parser.parserError))")
        return collector.references
    }
}

/// Collects references while `XMLParser` walks a page (see `PDFTools.externalReferences`).
private final class ReferenceCollector: NSObject, XMLParserDelegate {
    static let attributes: Set<String> = ["href", "src", "srcset", "data", "poster", "action", "formaction", "background", "xlink:href"]
    var references: [String] = []
    private var inStyle = false
    private var styleText = ""

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        if element == "link" { references.append("<link \(attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))>") }
        if element == "style" { inStyle = true }
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            if Self.attributes.contains(name), !Self.isSelfContained(value) { references.append("\(element) \(name)=\(value)") }
            if name == "style" { references += Self.cssReferences(value) }
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "style" {
            inStyle = false
            references += Self.cssReferences(styleText)
            styleText = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inStyle { styleText += string }
    }

    static func isSelfContained(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.hasPrefix("data:") || trimmed.hasPrefix("#") || trimmed.hasPrefix("mailto:")
    }

    /// `url(…)` values that are not `data:` URLs, and any `@import`.
    static func cssReferences(_ css: String) -> [String] {
        var found: [String] = []
        if css.contains("@import") { found.append("@import") }
        var rest = Substring(css)
        while let open = rest.range(of: "url(") {
            let tail = rest[open.upperBound...]
            let value = tail.prefix { $0 != ")" }.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
            if !isSelfContained(value) { found.append("url(\(value))") }
            rest = tail
        }
        return found
    }
}
