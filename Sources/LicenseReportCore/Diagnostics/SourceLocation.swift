/// Where a diagnostic points: a file, and inside it a 1-based line and column (CSV, HTML,
/// templates) or a JSON path such as `$.ModuleLicenses[3].InUse`.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file as the user named it (dataset-relative paths are prefixed with the dataset folder).
    public var file: String
    /// 1-based line, if known.
    public var line: Int?
    /// 1-based column (in characters), if known.
    public var column: Int?
    /// JSON path (`$`, `$.Services[2].PricePerBlock`), for JSON inputs.
    public var jsonPath: String?

    /// A position in a text file.
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.jsonPath = nil
    }

    /// A position in a JSON document, by path.
    public init(file: String, jsonPath: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.jsonPath = jsonPath
        self.line = line
        self.column = column
    }

    /// `file:line:column`, `file:line`, `file: $.path`, or `file`; terminal-safe (`TerminalText`): a JSON
    /// path holds keys from the data, so it is escaped and cut like a value; the file is escaped only.
    public var description: String {
        var text = TerminalText.shown(file, maximumLength: .max)
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if let jsonPath { text += ": " + TerminalText.shown(jsonPath) }
        return text
    }

    /// Sorted by file, then line, then column, then JSON path.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0, lhs.jsonPath ?? "") < (rhs.file, rhs.line ?? 0, rhs.column ?? 0, rhs.jsonPath ?? "")
    }
}
