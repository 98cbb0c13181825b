import Foundation

/// The check of every PDF before it is published, on what poppler reads back from the file (pdfinfo,
/// pdftotext): every page is A4 portrait, the document information is the one written, and the text
/// layer contains the month's total as the page shows it. A PDF that fails is not published (exit 70).
enum PDFCheck {
    /// A4 in PostScript points: 210 × 297 mm.
    static let a4Width = Decimal(string: "595.28")!
    static let a4Height = Decimal(string: "841.89")!
    /// Chromium lays pages out in whole CSS pixels, so its A4 is 594.96 × 841.92 pt; 2 pt is far below the
    /// next paper size (Letter is 612 × 792).
    static let tolerance = Decimal(2)

    /// The page sizes pdfinfo lists with `-f 1 -l N` ("Page    1 size:  594.96 x 841.92 pts (A4)"), in order.
    static func pageSizes(pdfinfo output: String) -> [(width: Decimal, height: Decimal)] {
        output.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.count >= 6, words[0] == "Page", words[2] == "size:", words[4] == "x",
                  let width = Decimal(string: String(words[3])), let height = Decimal(string: String(words[5])) else { return nil }
            return (width, height)
        }
    }

    /// A field of pdfinfo's output ("Title:           Usage report …"), trimmed; `nil` when absent.
    static func field(_ name: String, pdfinfo output: String) -> String? {
        for line in output.split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Text with every run of white space (line breaks and no-break spaces included) made one space, so a
    /// value found in the page's text does not depend on where poppler put line breaks.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What is wrong with a PDF, in words for `.pdfCheckFailed`; empty when it passes.
    /// - Parameters:
    ///   - pdfinfo: the output of `pdfinfo -enc UTF-8 -f 1 -l 100000 FILE`.
    ///   - text: the output of `pdftotext -enc UTF-8 FILE -`.
    ///   - job: what the PDF must be.
    static func problems(pdfinfo: String, text: String, job: PDFJob) -> [String] {
        var problems: [String] = []
        let sizes = pageSizes(pdfinfo: pdfinfo)
        if sizes.isEmpty { problems.append("pdfinfo lists no page") }
        for (index, size) in sizes.enumerated() where !isA4(size) {
            problems.append("page \(index + 1) is \(size.width) × \(size.height) pt, not A4 (\(a4Width) × \(a4Height) pt)")
        }
        for (name, expected) in [("Title", job.info.title), ("Subject", job.info.subject)]
        where field(name, pdfinfo: pdfinfo) != normalized(expected) {
            problems.append("its \(name) reads '\(field(name, pdfinfo: pdfinfo) ?? "")', not '\(expected)'")
        }
        if !normalized(text).contains(normalized(job.requiredText)) {
            problems.append("its text does not contain the month's total '\(job.requiredText)'")
        }
        return problems
    }

    private static func isA4(_ size: (width: Decimal, height: Decimal)) -> Bool {
        abs(size.width - a4Width) <= tolerance && abs(size.height - a4Height) <= tolerance
    }
}
