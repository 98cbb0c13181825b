// INTERFACE STUB — the CSV helper replaces the implementation; the public shape below is the contract
// the dataset loaders use.

/// One CSV field with the 1-based position of its first character (the opening quote for quoted fields).
public struct CSVField: Hashable, Sendable {
    /// The unquoted value (`""` inside quotes already turned into `"`).
    public var value: String
    /// 1-based line of the field's first character.
    public var line: Int
    /// 1-based column (in Unicode scalars… or characters, as documented by the implementation).
    public var column: Int

    /// Memberwise initializer.
    public init(value: String, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// One data row: its fields (same count as the header) and the line it starts on.
public struct CSVRow: Hashable, Sendable {
    public var fields: [CSVField]
    public var line: Int

    /// Memberwise initializer.
    public init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// A strict, streaming RFC 4180 reader (see the implementation's comment for why it is hand-written).
public struct CSVReader {
    /// The header fields (names trimmed of surrounding spaces).
    public private(set) var header: [CSVField] = []
    /// The delimiter in use (detected from the header line unless forced).
    public private(set) var delimiter: Character = ","
    /// Problems found so far, in file order. A row with a wrong field count is reported here and not returned.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Opens `path` and reads the header line.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayPath: the file name used in diagnostics (e.g. "fixtures/acme/usage.csv").
    ///   - delimiter: force `,`, `;` or tab; `nil` detects it from the header line.
    /// - Throws: `DiagnosticError` when the file cannot be opened or has no usable header.
    public init(path: String, displayPath: String, delimiter: Character?) throws(DiagnosticError) {
        throw DiagnosticError([Diagnostic(.unreadableFile(detail: "CSV reader not implemented"), at: SourceLocation(file: displayPath), stage: .load)])
    }

    /// The next data row, or `nil` at the end of the file or after an error that ends reading (an unterminated quote).
    public mutating func next() -> CSVRow? { nil }
}
