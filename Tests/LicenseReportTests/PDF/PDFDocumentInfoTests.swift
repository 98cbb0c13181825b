import Foundation
import Testing
@testable import LicenseReport

/// The document information added to Chromium's PDF by an incremental update (ISO 32000-1, 7.5.6):
/// structure, dates, text strings, and poppler reading it back.
@Suite struct PDFDocumentInfoTests {
    static let info = PDFDocumentInfo(title: "Usage report 2026-10 – Nordlys Energi AS, serial number 4711209386",
                                      subject: "Metered services of Fjell (Sjø) \\ AS: 397.94 NOK",
                                      keywords: "usage report; 2026-10; invoice 2026-11")
    static let date = "D:20261115000000+01'00'"

    /// Whether poppler's tools are there (always true under CI, where a missing tool fails the test).
    static var popplerAvailable: Bool {
        ExternalProcess.find(["pdfinfo"], searchPath: PDFPrinter.environmentSearchPath) != nil
            || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    @Test(arguments: [
        ("2026-11-15", "Europe/Oslo", "D:20261115000000+01'00'"),
        ("2026-07-01", "Europe/Oslo", "D:20260701000000+02'00'"),
        // Summer time starts at 02:00 on 2026-03-29: midnight is still +01:00, and on 2026-10-25 still +02:00.
        ("2026-03-29", "Europe/Oslo", "D:20260329000000+01'00'"),
        ("2026-10-25", "Europe/Oslo", "D:20261025000000+02'00'"),
        ("2026-01-31", "UTC", "D:20260131000000+00'00'"),
        ("2026-01-31", "America/St_Johns", "D:20260131000000-03'30'"),
        ("2026-01-31", "Asia/Kolkata", "D:20260131000000+05'30'"),
    ])
    func dateIsTheReportDateAtMidnightInTheDatasetsTimeZone(day: String, zone: String, expected: String) throws {
        let date = PDFDocumentInfo.date(try #require(CalendarDate(iso: day)), timeZoneIdentifier: zone)
        #expect(date == expected)
        #expect(date.utf8.count == "D:20261201204410+00'00'".utf8.count, "same length as Chromium's, so it overwrites in place")
    }

    @Test(arguments: [("A–(Ø)\\", "<FEFF00412013002800D80029005C>"), ("😀", "<FEFFD83DDE00>"), ("", "<FEFF>")])
    func textStringsAreUTF16BigEndianInHex(text: String, expected: String) {
        #expect(PDFDocumentInfo.hexString(text) == expected)
    }

    @Test func updateKeepsChromiumsBytesAndAppendsAnInformationDictionary() throws {
        let original = MinimalPDF.bytes()
        let updated = try Self.info.applied(to: original, date: Self.date)
        let text = String(decoding: updated, as: UTF8.self)
        // Chromium's bytes stay, but for its two wall-clock dates, overwritten in place.
        let expectedPrefix = String(decoding: original, as: UTF8.self).replacingOccurrences(of: "D:20261201204410+00'00'", with: Self.date)
        #expect(text.hasPrefix(expectedPrefix))
        let oldXref = try #require(String(decoding: original, as: UTF8.self).components(separatedBy: "startxref\n").last.flatMap { Int($0.prefix { $0.isNumber }) })
        #expect(text.contains("trailer\n<</Size 8 /Root 2 0 R /Info 7 0 R /Prev \(oldXref)>>"))
        // The new cross-reference entry points at the new object, and startxref at the new table.
        let newXref = try #require(text.components(separatedBy: "startxref\n").last.flatMap { Int($0.prefix { $0.isNumber }) })
        #expect(String(decoding: updated[newXref...].prefix(11), as: UTF8.self) == "xref\n7 1\n00")
        let entry = String(decoding: updated[(newXref + 9)..<(newXref + 29)], as: UTF8.self)
        #expect(entry.hasSuffix(" 00000 n \n") && entry.utf8.count == 20)
        let objectOffset = try #require(Int(entry.prefix(10)))
        #expect(String(decoding: updated[objectOffset...].prefix(8), as: UTF8.self) == "7 0 obj\n")
        #expect(text.contains("/Producer (Skia/PDF m156)\n"), "Chromium's Producer is kept")
        #expect(text.contains("/Creator \(PDFDocumentInfo.hexString("license-report"))"))
        #expect(text.contains("/CreationDate (\(Self.date))\n/ModDate (\(Self.date))>>"))
        #expect(text.hasSuffix("%%EOF\n"))
    }

    @Test func twoChromiumRunsThatDifferOnlyInTheClockGiveTheSameBytes() throws {
        let first = try Self.info.applied(to: MinimalPDF.bytes(date: "D:20261201204410+00'00'"), date: Self.date)
        let second = try Self.info.applied(to: MinimalPDF.bytes(date: "D:20261202093301+00'00'"), date: Self.date)
        #expect(first == second)
    }

    @Test func aPDFWithoutAClassicTrailerIsRefused() {
        let xrefStream = Array("%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nendobj\nstartxref\n9\n%%EOF\n".utf8)
        #expect(throws: PDFDocumentInfo.UnexpectedStructure(detail: "no trailer dictionary (a cross-reference stream)")) {
            try Self.info.applied(to: xrefStream, date: Self.date)
        }
        let encrypted = Array(String(decoding: MinimalPDF.bytes(), as: UTF8.self)
            .replacingOccurrences(of: "/Info 1 0 R>>", with: "/Info 1 0 R /Encrypt 9 0 R>>").utf8)
        #expect(throws: PDFDocumentInfo.UnexpectedStructure(detail: "it is encrypted")) {
            try Self.info.applied(to: encrypted, date: Self.date)
        }
    }

    @Test(.enabled(if: popplerAvailable)) func pdfinfoReadsTheUpdatedInformation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdfinfo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.info.applied(to: MinimalPDF.bytes(), date: Self.date)).write(to: folder.appendingPathComponent("a.pdf"))
        let pdfinfo = try #require(ExternalProcess.find(["pdfinfo"], searchPath: PDFPrinter.environmentSearchPath), "pdfinfo (poppler-utils) is required under CI")
        let outcome = ExternalProcess(executable: pdfinfo, arguments: ["-enc", "UTF-8", "-isodates", "a.pdf"],
                                      environment: ["PATH": "/usr/bin:/bin"], directory: folder, timeoutSeconds: 30).run()
        guard case let .exited(status, output, errors) = outcome else { Issue.record("pdfinfo: \(outcome)"); return }
        #expect(status == 0, "\(errors)")
        let text = String(decoding: output, as: UTF8.self)
        #expect(PDFCheck.field("Title", pdfinfo: text) == Self.info.title)
        #expect(PDFCheck.field("Subject", pdfinfo: text) == Self.info.subject)
        #expect(PDFCheck.field("Keywords", pdfinfo: text) == Self.info.keywords)
        #expect(PDFCheck.field("Creator", pdfinfo: text) == "license-report")
        #expect(PDFCheck.field("Producer", pdfinfo: text) == "Skia/PDF m156")
        #expect(PDFCheck.field("CreationDate", pdfinfo: text) == "2026-11-15T00:00:00+01")
        #expect(errors.isEmpty, "poppler reads the update without complaint: \(errors)")
    }
}
