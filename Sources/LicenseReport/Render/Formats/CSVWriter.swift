import Foundation

/// The CSV dialect of the usage reports (`--csv-dialect`). Both are UTF-8 with CRLF line ends (RFC 4180).
public enum CSVDialect: String, CaseIterable, Hashable, Sendable {
    /// `--csv-dialect default`: `,` between fields, `.` as decimal point, no byte-order mark.
    case standard = "default"
    /// `--csv-dialect excel-nordic`: `;` between fields, `,` as decimal separator and a UTF-8 byte-order
    /// mark, so Excel with a Norwegian, Swedish, Danish or Finnish locale opens it in columns.
    case excelNordic = "excel-nordic"

    /// The field delimiter.
    public var delimiter: Character { self == .standard ? "," : ";" }
    /// The decimal separator of numbers.
    public var decimalSeparator: String { self == .standard ? "." : "," }
    /// Whether the file starts with the UTF-8 byte-order mark EF BB BF.
    public var writesByteOrderMark: Bool { self == .excelNordic }
}

/// Writes CSV text: RFC 4180 quoting, CRLF line ends, and OWASP's defence against formula injection.
enum CSVWriter {
    /// The record separator: CRLF, as RFC 4180 says; Excel and LibreOffice read it on every platform.
    static let lineEnd = "\r\n"

    /// The characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
    /// `=`, `+`, `-`, `@`, tab and carriage return at the start of a cell.
    /// Compared on the first Unicode scalar, since Swift reads "\r\n" as one Character.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// One text cell: neutralised when it starts like a formula (a `'` in front, and quoted), quoted when
    /// it holds the delimiter, a quote, CR or LF (quotes doubled).
    static func textCell(_ text: String, dialect: CSVDialect) -> String {
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) {
            return quoted("'" + text)
        }
        // Scalars, not Characters: "," followed by a combining mark is one Character that is not ",".
        let delimiter = dialect.delimiter.unicodeScalars.first!
        if text.unicodeScalars.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return quoted(text)
        }
        return text
    }

    /// One number cell from plain text with a `.` decimal point ("41.2", "300.00"): the dialect's decimal
    /// separator, never grouped. The numbers of a usage report are never negative, so they never need
    /// neutralising; a number that did start like a formula is handled as text.
    static func numberCell(_ plainText: String, dialect: CSVDialect) -> String {
        // Split on the one "." rather than `replacingOccurrences` (an NSString round trip, 2 % of a fleet build).
        guard dialect.decimalSeparator != ".", plainText.utf8.contains(UInt8(ascii: ".")) else { return textCell(plainText, dialect: dialect) }
        return textCell(plainText.split(separator: ".", omittingEmptySubsequences: false).joined(separator: dialect.decimalSeparator),
                        dialect: dialect)
    }

    /// The whole file: the rows joined with the dialect's delimiter, each ended by CRLF, with a BOM when
    /// the dialect wants one. Cells must already be made with `textCell`/`numberCell`.
    static func file(_ rows: [[String]], dialect: CSVDialect) -> [UInt8] {
        let text = rows.map { $0.joined(separator: String(dialect.delimiter)) + lineEnd }.joined()
        return (dialect.writesByteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    private static func quoted(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in text.unicodeScalars {
            result.append(scalar)
            if scalar == "\"" { result.append(scalar) } // doubled per scalar: "\"\u{301}" is one Character
        }
        result.append("\"")
        return String(result)
    }
}
