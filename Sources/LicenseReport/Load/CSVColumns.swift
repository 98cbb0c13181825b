/// Finds a CSV file's known columns in its header: names match case-insensitively, surrounding spaces
/// ignored. Missing required columns are errors; columns that are not known are `unknownField` warnings.
struct CSVColumns {
    /// Column index of each known name found (by the name as listed in `known`).
    private(set) var indices: [String: Int] = [:]
    /// Whether every required column is present.
    private(set) var isComplete = true

    /// Matches `header` against the known names.
    /// - Parameters:
    ///   - header: the header fields (already trimmed by the reader).
    ///   - required: names that must be present (`missingColumn` at the header's first field otherwise).
    ///   - optional: names that may be present.
    ///   - file: the display path, for locations.
    init(header: [CSVField], required: [String], optional: [String] = [], file: String, log: inout DiagnosticLog) {
        let known = required + optional
        for (index, field) in header.enumerated() {
            let name = field.value.trimmingSpaces
            if let match = known.first(where: { $0.caseInsensitiveEquals(name) }) {
                if indices[match] == nil { indices[match] = index }
            } else {
                log.warning(.unknownField(name: name), at: SourceLocation(file: file, line: field.line, column: field.column), stage: .load)
            }
        }
        let headerLine = header.first?.line ?? 1
        for name in required where indices[name] == nil {
            isComplete = false
            log.error(.missingColumn(name: name), at: SourceLocation(file: file, line: headerLine, column: 1), stage: .load)
        }
    }

    /// The field of column `name` in `row`, `nil` when the column is absent.
    func field(_ name: String, in row: CSVRow) -> CSVField? {
        guard let index = indices[name], index < row.fields.count else { return nil }
        return row.fields[index]
    }
}

extension StringProtocol {
    /// The text without surrounding spaces and tabs.
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
