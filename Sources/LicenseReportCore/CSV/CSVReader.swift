// Why a hand-written reader: the Swift CSV libraries available (SwiftCSV, CSV.swift) accept malformed
// quoting silently — an unterminated quote swallows the rest of the file into one field, a stray quote
// in an unquoted field is kept as data — and they read the whole file into memory. Issue 3 requires the
// opposite: every malformed row reported at file:line:column, all of them in one run, and a 1 GB file
// read as a stream in bounded memory. This reader is small (a byte-level state machine in CSVScanner)
// and does exactly that. It imports nothing but the C library, so the fuzzer (Fuzz/) can compile it alone.

/// One CSV field with the 1-based position of its first character (the opening quote for quoted fields).
///
/// Columns count `Character`s (extended grapheme clusters) from the start of the physical line, so
/// `æ`, `ø`, `å` count as one; a tab counts as one; a byte-order mark is not counted.
public struct CSVField: Hashable, Sendable {
    /// The unquoted value (`""` inside quotes already turned into `"`; line breaks inside quotes kept as written).
    public var value: String
    /// 1-based line of the field's first character.
    public var line: Int
    /// 1-based column of the field's first character, in characters (an empty field: where it would start).
    public var column: Int

}

/// One data row: its fields (same count as the header) and the line it starts on.
public struct CSVRow: Hashable, Sendable {
    /// The fields, one per header column, in header order.
    public var fields: [CSVField]
    /// 1-based line of the row's first character (a quoted line break makes a row span lines).
    public var line: Int

}

/// A strict, streaming RFC 4180 reader.
///
/// - Dialect: delimiter `,`, `;` or tab, detected from the header line (most frequent outside quotes;
///   ties go to comma, then semicolon, then tab; none at all means comma) or forced; UTF-8 with or
///   without byte-order mark; LF, CR LF or CR line breaks, mixed; a last line with or without a line
///   break; blank lines at the end ignored.
/// - Problems, each a `Diagnostic` of stage `.load` at `displayPath:line:column`: not UTF-8 (at the
///   first bad byte, naming its 0-based byte offset; ends reading), unterminated quote (at the opening
///   quote; ends reading), quote inside an unquoted field (at the quote), text after a closing quote
///   (at the text), a field over 1 MiB (at the field), a blank line between rows (at its line, column 1),
///   a row with more fields than the header (at the first extra field) or fewer (at the row's line,
///   column 1), an empty or duplicated (case-insensitively) header name (at that header field).
///   Reading goes on after every other problem, so one run reports them all; a row with a problem is
///   reported and not returned, at most one problem per row.
/// - Memory: one 64 KiB chunk plus the current row (fields capped at 1 MiB, rows at the header's field
///   count + 1), whatever the file's size.
/// - Copies of a reader share the open file: read from one copy only.
public struct CSVReader {
    /// The header fields (names trimmed of surrounding spaces and tabs).
    public private(set) var header: [CSVField] = []
    /// The delimiter in use (detected from the header line unless forced).
    public private(set) var delimiter: Character = ","
    /// Problems found so far, in file order (errors, and the warnings of `checkColumns`).
    public var diagnostics: [Diagnostic] { scanner.diagnostics }

    package var scanner: CSVScanner

    /// Opens `path` and reads the header line.
    /// - Parameters:
    ///   - path: the file to read: a regular file (after following links) of at most `maximumBytes` bytes.
    ///   - displayPath: the file name used in diagnostics (e.g. "fixtures/acme/usage.csv").
    ///   - delimiter: force `,`, `;` or tab; `nil` detects it from the header line.
    ///   - maximumBytes: the file's size limit (`fileTooLarge` when it is larger, or grows past it while read).
    /// - Throws: `DiagnosticError` when the file cannot be opened or read, is not a regular file
    ///   (`notRegularFile`: a FIFO, a device, a socket, a folder), is too large, is empty (or blank), or its
    ///   header line is not UTF-8 or has an unterminated quote; also (stage `.commandLine`) when a forced
    ///   delimiter is not one of the three. An empty or duplicated header name does not throw: it is in
    ///   `diagnostics` and reading goes on, so the rows' problems are reported too.
    public init(path: String, displayPath: String, delimiter: Character?, maximumBytes: Int = .max) throws(DiagnosticError) {
        switch CSVByteSource.open(path: path, maximumBytes: maximumBytes) {
        case let .success(source):
            try self.init(source: source, displayPath: displayPath, delimiter: delimiter)
        case let .failure(failure):
            let location = SourceLocation(file: displayPath)
            throw DiagnosticError([Diagnostic(failure.reason(displayPath: displayPath), at: location)])
        }
    }

    /// Reads CSV text already in memory (same rules and diagnostics as a file).
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - displayPath: the file name used in diagnostics.
    ///   - delimiter: force `,`, `;` or tab; `nil` detects it.
    /// - Throws: `DiagnosticError` as `init(path:displayPath:delimiter:)`.
    public init(bytes: [UInt8], displayPath: String, delimiter: Character?) throws(DiagnosticError) {
        try self.init(source: CSVByteSource(bytes: bytes), displayPath: displayPath, delimiter: delimiter)
    }

    /// The designated initializer: any byte source (tests pass tiny chunk sizes).
    package init(source: CSVByteSource, displayPath: String, delimiter forced: Character?) throws(DiagnosticError) {
        scanner = CSVScanner(source: source, displayPath: displayPath)
        if let forced {
            guard let byte = forced.asciiValue, CSVScanner.delimiters.contains(byte) else {
                let reason = Reason.invalidArgument(option: "--csv-delimiter", value: String(forced), expected: "',', ';' or a tab")
                throw DiagnosticError([Diagnostic(reason)])
            }
            scanner.delimiter = byte
        }
        guard scanner.prepare() else { throw DiagnosticError(scanner.diagnostics) }
        if forced == nil { scanner.delimiter = scanner.detectDelimiter() }
        delimiter = Character(Unicode.Scalar(scanner.delimiter))
        guard let record = scanner.nextRecord(maximumFields: Int.max) else {
            if scanner.diagnostics.isEmpty {
                scanner.report(.emptyFile, line: 1, column: 1)
            }
            throw DiagnosticError(scanner.diagnostics)
        }
        header = record.fields.map { field in
            CSVField(value: Self.trimmed(field.value), line: field.line, column: field.column)
        }
        checkHeaderNames()
    }

    /// The next data row, or `nil` at the end of the file or after an error that ends reading
    /// (not UTF-8, an unterminated quote, a read error). Rows with a problem are skipped after being
    /// added to `diagnostics`.
    public mutating func next() -> CSVRow? {
        while let record = scanner.nextRecord(maximumFields: header.count + 1) {
            if record.hadError { continue }
            if record.fieldCount != header.count {
                let reason = Reason.fieldCount(expected: header.count, found: record.fieldCount)
                if record.fieldCount > header.count {
                    let extra = record.fields[header.count]
                    scanner.report(reason, line: extra.line, column: extra.column)
                } else {
                    scanner.report(reason, line: record.line, column: 1)
                }
                continue
            }
            return CSVRow(fields: record.fields, line: record.line)
        }
        return nil
    }

    /// Reports empty header names and names used twice (compared case-insensitively, after trimming).
    private mutating func checkHeaderNames() {
        var seen: Set<String> = []
        for (index, field) in header.enumerated() {
            if field.value.isEmpty {
                scanner.report(.emptyHeaderName(column: index + 1), line: field.line, column: field.column)
            } else if !seen.insert(field.value.lowercased()).inserted {
                scanner.report(.duplicateHeader(name: field.value), line: field.line, column: field.column)
            }
        }
    }

    /// `text` without leading and trailing spaces and tabs.
    package static func trimmed(_ text: String) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isBlank($0) }),
              let last = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])
    }
}
