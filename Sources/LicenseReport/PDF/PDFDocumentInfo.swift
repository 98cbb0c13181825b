import Foundation

/// The document information a PDF carries (ISO 32000-1, 14.3.3), as an accounting system reads it:
/// Title, Subject and Keywords naming the customer, serial number and month.
///
/// Chromium sets only Title (from `<title>`), Creator, Producer and the dates (the wall clock), so
/// `applied(to:)` adds the rest with an *incremental update* (ISO 32000-1, 7.5.6): a new information
/// dictionary, a one-entry cross-reference section and a trailer whose `/Prev` points at Chromium's, all
/// appended after Chromium's bytes, which stay as they are except for the two dates. No Swift package
/// reads or writes PDF on Linux (and qpdf or exiftool would be one more program to install), and an
/// update is a few lines of fixed syntax; poppler's pdfinfo reads it back in the check stage.
public struct PDFDocumentInfo: Hashable, Sendable {
    /// Title: "Usage report 2026-10 – Nordlys Energi AS, serial number 4711209386".
    public var title: String
    /// Subject: customer, serial number, usage and invoice month, total.
    public var subject: String
    /// Keywords, separated by "; ".
    public var keywords: String
    /// Creator: the program the document came from.
    public var creator: String = "license-report"

    /// Why a PDF cannot take the update.
    struct UnexpectedStructure: Error, Equatable {
        /// What was not found, for the diagnostic: "no trailer dictionary".
        var detail: String
    }

    /// `pdf` with this information and both dates set to `date`; Chromium's Producer is kept.
    ///
    /// Chromium's own CreationDate and ModDate (the wall clock, the only bytes that differ between two
    /// runs) are overwritten in place with `date`, which has the same length, so the whole file is
    /// reproducible for one Chromium build and set of fonts.
    /// - Parameters:
    ///   - pdf: a PDF with a classic cross-reference table and trailer (what Chromium's Skia writes).
    ///   - date: a PDF date of the form `D:YYYYMMDDHHmmSS+HH'mm'` (`PDFDocumentInfo.date`).
    /// - Throws: `UnexpectedStructure` when there is no trailer, `startxref` or `/Root`, or the file is encrypted.
    func applied(to pdf: [UInt8], date: String) throws(UnexpectedStructure) -> [UInt8] {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let startxrefRange = text.range(of: "startxref", options: .backwards) else {
            throw UnexpectedStructure(detail: "no startxref")
        }
        guard let trailerStart = text.range(of: "trailer", options: .backwards, range: text.startIndex..<startxrefRange.lowerBound) else {
            throw UnexpectedStructure(detail: "no trailer dictionary (a cross-reference stream)")
        }
        let trailer = String(text[trailerStart.upperBound..<startxrefRange.lowerBound])
        let previous = text[startxrefRange.upperBound...].split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
        guard let previous, let size = PDFDocumentInfo.value(of: "Size", in: trailer).flatMap({ Int($0) }),
              let root = PDFDocumentInfo.value(of: "Root", in: trailer, words: 3) else {
            throw UnexpectedStructure(detail: "a trailer without /Size, /Root or startxref offset")
        }
        guard !trailer.contains("/Encrypt") else { throw UnexpectedStructure(detail: "it is encrypted") }
        var bytes = pdf
        var producer: [UInt8]?
        if let oldInfo = PDFDocumentInfo.value(of: "Info", in: trailer, words: 3),
           let range = PDFDocumentInfo.objectRange(oldInfo, in: bytes, xref: previous) {
            PDFDocumentInfo.overwriteDates(in: &bytes, range: range, with: date)
            producer = PDFDocumentInfo.literal(named: "Producer", in: Array(bytes[range]))
        }
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        let objectOffset = bytes.count
        var dictionary = Array(("\(size) 0 obj\n<</Title \(PDFDocumentInfo.hexString(title))\n"
            + "/Subject \(PDFDocumentInfo.hexString(subject))\n/Keywords \(PDFDocumentInfo.hexString(keywords))\n"
            + "/Creator \(PDFDocumentInfo.hexString(creator))\n").utf8)
        if let producer { dictionary += Array("/Producer ".utf8) + producer + [UInt8(ascii: "\n")] }
        dictionary += Array("/CreationDate (\(date))\n/ModDate (\(date))>>\nendobj\n".utf8)
        bytes += dictionary
        let xrefOffset = bytes.count
        let id = PDFDocumentInfo.arrayValue(of: "ID", in: trailer).map { " /ID \($0)" } ?? ""
        let offset = String(objectOffset)
        // Every cross-reference entry is exactly 20 bytes: 10-digit offset, 5-digit generation, "n", space, LF.
        bytes += Array(("xref\n\(size) 1\n" + String(repeating: "0", count: max(0, 10 - offset.count)) + offset + " 00000 n \n"
            + "trailer\n<</Size \(size + 1) /Root \(root) /Info \(size) 0 R\(id) /Prev \(previous)>>\n"
            + "startxref\n\(xrefOffset)\n%%EOF\n").utf8)
        return bytes
    }

    /// A PDF date for the report date at midnight in the dataset's time zone: "D:20261115000000+01'00'".
    /// Never the wall clock: the same report date gives the same PDF.
    public static func date(_ day: CalendarDate, timeZoneIdentifier: String) -> String {
        let zone = TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!
        let midnightUTC = Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch) * 86_400)
        // The offset in force at local midnight (the first guess, UTC midnight, can be a day off by an hour).
        var offset = zone.secondsFromGMT(for: midnightUTC)
        offset = zone.secondsFromGMT(for: midnightUTC.addingTimeInterval(TimeInterval(-offset)))
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "D:\(day.description.replacingOccurrences(of: "-", with: ""))000000\(sign)\(two(minutes / 60))'\(two(minutes % 60))'"
    }

    /// `text` as a PDF text string in UTF-16BE with a byte-order mark, written in hex (`<FEFF…>`): any
    /// character, and nothing in it (a parenthesis, a backslash) can end the string early.
    static func hexString(_ text: String) -> String {
        "<FEFF" + text.utf16.map { unit in
            let hex = String(unit, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - hex.count) + hex
        }.joined() + ">"
    }
}
