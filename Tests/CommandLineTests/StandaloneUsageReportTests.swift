import Foundation
import Testing
import TestSupport

/// Issue 14, as a billing clerk tries it: the usage report of one month, copied alone into an empty folder
/// (as one attaches it to an e-mail), keeps its look, references nothing, prints on A4 with page numbers
/// and the running head, and shows how each rounded amount was rounded.
@Suite(.serialized) struct StandaloneUsageReportTests {
    static let fixture = "fixtures/nordlys-module-based"

    /// The 2026-10 report as `license-report usage` writes it; with `alone`, copied alone into an empty folder.
    static func report(_ ext: String = "html", alone: Bool = true) throws -> URL {
        let output = try temporaryFolder().appendingPathComponent("usage-2026-10")
        let result = try LicenseReportBinary.run(["usage", fixture, "--month", "2026-10", "--output", output.path, "--as-of", "2026-11-15"])
        try #require(result.status == 0, "\(result.stderr)")
        let written = output.appendingPathComponent("usage/2026-10.\(ext)")
        guard alone else { return written }
        let copy = try temporaryFolder("attachment").appendingPathComponent("2026-10.\(ext)")
        try FileManager.default.copyItem(at: written, to: copy)
        return copy
    }

    @Test func theReportAloneReferencesNothingOutsideItself() throws {
        let alone = try Self.report()
        #expect(try FileManager.default.contentsOfDirectory(atPath: alone.deletingLastPathComponent().path) == ["2026-10.html"])
        let data = try Data(contentsOf: alone)
        #expect(try PDFTools.externalReferences(inXHTML: data) == [])
        let html = String(decoding: data, as: UTF8.self)
        #expect(html.contains("<style>"), "the stylesheet is inside the page")
        #expect(html.contains("size: A4") && html.contains("counter(pages)"), "and so are the print rules")
        #expect(html.contains("The same figures come as 2026-10.csv, 2026-10.json and 2026-10.md."), "companion files named in text")
    }

    @Test func theSitesCopyCarriesItsStylesInlineToo() throws {
        // The site's page keeps the site's navigation (dead links when copied alone, as the issue allows),
        // but loads nothing: no stylesheet, font or image by reference.
        let site = try ExternalTools.buildFixture("nordlys-module-based")
        let data = try Data(contentsOf: site.appendingPathComponent("usage/2026-10.html"))
        let references = try PDFTools.externalReferences(inXHTML: data)
        // Links only; the Atom feed's <link rel="alternate"> names a feed, which a browser does not load.
        #expect(!references.isEmpty && references.allSatisfy { $0.hasPrefix("a href=") || $0.contains("href=../feed.xml") }, "\(references)")
        #expect(String(decoding: data, as: UTF8.self).contains("body.usage-report"))
    }

    @Test(.enabled(if: PDFTools.shouldRun)) func theReportAlonePrintsOnOneOrTwoA4PagesWithPageNumbersAndTheRunningHead() throws {
        let alone = try Self.report()
        let pdf = alone.deletingLastPathComponent().appendingPathComponent("printed.pdf")
        try PDFTools.printWithChromium(alone, to: pdf)
        let info = try PDFTools.info(pdf)
        let sizes = PDFTools.pageSizes(info)
        #expect((1...2).contains(sizes.count), "\(info)")
        #expect(!sizes.isEmpty && sizes.allSatisfy(PDFTools.isA4), "\(sizes)")
        let text = try PDFTools.text(pdf)
        for page in 1...max(1, sizes.count) {
            #expect(text.contains("Page \(page) of \(sizes.count)"), "page numbers")
        }
        let head = "Usage report October 2026 · Nordlys Energi AS · serial number 4711209386 · invoice month November 2026"
        #expect(text.components(separatedBy: head).count - 1 == sizes.count, "the running head on every page")
        #expect(!text.contains("Skip to content") && !text.contains("All usage reports"))
    }

    @Test(arguments: ["html", "md"]) func theRoundingIsShownWhereAnAmountIsRounded(ext: String) throws {
        let page = try String(contentsOf: Self.report(ext, alone: false), encoding: .utf8)
        let text = page.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        // Form submissions: 3 blocks at 12.345 NOK; the other amounts need no rounding.
        #expect(text.contains("3 × 12.345 NOK = 37.035 NOK → 37.04 NOK"))
        #expect(text.contains("2 × 125.00 NOK = 250.00 NOK"))
        #expect(!text.contains("250.00 NOK →") && !text.contains("91.00 NOK →"))
        #expect(text.contains("An arrow (→) marks an amount rounded to the nearest 0.01 NOK"))
    }
}
