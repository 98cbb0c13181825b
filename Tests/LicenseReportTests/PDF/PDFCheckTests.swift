import Foundation
import Testing
@testable import LicenseReport

/// The check of every printed PDF, on poppler's view of it: A4 pages, the information written, the total
/// in the text.
@Suite struct PDFCheckTests {
    static let job = PDFJob(path: "usage/2026-10.pdf", page: RenderedFile(path: "usage/2026-10.html", text: ""),
                            info: PDFDocumentInfo(title: "Usage report 2026-10", subject: "Metered services: 397.94 NOK",
                                                  keywords: "k"),
                            requiredText: "1,397.94 NOK")

    static func pdfinfo(_ sizes: [String], title: String = "Usage report 2026-10", subject: String = "Metered services: 397.94 NOK") -> String {
        (["Title:           \(title)", "Subject:         \(subject)", "Pages:           \(sizes.count)"]
            + sizes.enumerated().map { "Page    \($0.offset + 1) size:  \($0.element) pts" }).joined(separator: "\n")
    }

    @Test(arguments: [
        (["594.96 x 841.92"], [String]()),
        (["595.28 x 841.89", "594.96 x 841.92"], []),
        (["612 x 792"], ["page 1 is 612 × 792 pt, not A4 (595.28 × 841.89 pt)"]),
        (["594.96 x 841.92", "841.92 x 594.96"], ["page 2 is 841.92 × 594.96 pt, not A4 (595.28 × 841.89 pt)"]),
        ([], ["pdfinfo lists no page"]),
    ])
    func everyPageIsA4Portrait(sizes: [String], expected: [String]) {
        #expect(PDFCheck.problems(pdfinfo: Self.pdfinfo(sizes), text: "Total 1,397.94 NOK", job: Self.job) == expected)
    }

    @Test(arguments: [
        ("Total\n1,397.94 NOK\n", true),
        ("Total 1,397.94\u{00A0}NOK", true),
        ("1,397.94\nNOK", true),
        ("1,397.95 NOK", false),
        ("1397.94 NOK", false),
    ])
    func theTextMustShowTheTotalAsThePageShowsIt(text: String, passes: Bool) {
        let problems = PDFCheck.problems(pdfinfo: Self.pdfinfo(["594.96 x 841.92"]), text: text, job: Self.job)
        #expect(problems == (passes ? [] : ["its text does not contain the month's total '1,397.94 NOK'"]))
    }

    @Test func theInformationMustBeWhatWasWritten() {
        let problems = PDFCheck.problems(pdfinfo: Self.pdfinfo(["594.96 x 841.92"], title: "Chromium title"),
                                         text: "1,397.94 NOK", job: Self.job)
        #expect(problems == ["its Title reads 'Chromium title', not 'Usage report 2026-10'"])
    }

    @Test(.enabled(if: PDFDocumentInfoTests.popplerAvailable)) func aLetterPageFailsTheRealCheck() throws {
        // The whole check on a real file through poppler: a US Letter page without the total fails twice.
        let searchPath = PDFPrinter.environmentSearchPath
        let pdfinfo = try #require(ExternalProcess.find(["pdfinfo"], searchPath: searchPath), "pdfinfo is required under CI")
        let pdftotext = try #require(ExternalProcess.find(["pdftotext"], searchPath: searchPath), "pdftotext is required under CI")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdfcheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let letter = try Self.job.info.applied(to: MinimalPDF.bytes(width: "612", height: "792", text: "Total 0.00 NOK"),
                                               date: "D:20261115000000+01'00'")
        try Data(letter).write(to: folder.appendingPathComponent("a.pdf"))
        func run(_ tool: String, _ arguments: [String]) -> String {
            let outcome = ExternalProcess(executable: tool, arguments: arguments, environment: ["PATH": searchPath],
                                          directory: folder, timeoutSeconds: 30).run()
            guard case let .exited(0, output, _) = outcome else { Issue.record("\(tool): \(outcome)"); return "" }
            return String(decoding: output, as: UTF8.self)
        }
        let problems = PDFCheck.problems(pdfinfo: run(pdfinfo, ["-enc", "UTF-8", "-f", "1", "-l", "100000", "a.pdf"]),
                                         text: run(pdftotext, ["-enc", "UTF-8", "a.pdf", "-"]), job: Self.job)
        #expect(problems == ["page 1 is 612 × 792 pt, not A4 (595.28 × 841.89 pt)",
                             "its text does not contain the month's total '1,397.94 NOK'"])
    }
}
