/// Reads `usage.csv` or `usage.json` row by row into `UsageRules`, so a large file is never held whole:
/// CSV rows stream from the reader, JSON array elements are handed over one at a time.
enum UsageLoader {
    /// The columns (CSV) or keys (JSON) of a usage row.
    static let columns = ["Period", "Service", "Quantity"]

    /// Streams `usage.csv`. The CSV reader's own diagnostics (syntax, field counts, UTF-8) are added to `log`.
    /// - Parameters:
    ///   - delimiter: the forced delimiter, or `nil` to detect it from the header line.
    static func loadCSV(path: String, file: String, delimiter: Character?, into rules: inout UsageRules, log: inout DiagnosticLog) {
        var reader: CSVReader
        do {
            reader = try CSVReader(path: path, displayPath: file, delimiter: delimiter,
                               maximumBytes: InputLimits.maximumBytes(forPath: path))
        } catch {
            log.append(contentsOf: error.diagnostics)
            return
        }
        let indexes = reader.checkColumns(required: Self.columns)
        let decimalComma = reader.delimiter != ","
        while let row = reader.next() {
            guard let indexes else { continue }
            func field(_ index: Int) -> UsageRow.Field {
                let field = row.fields[indexes[index]]
                return UsageRow.Field(text: field.value, location: SourceLocation(file: file, line: field.line, column: field.column))
            }
            let usageRow = UsageRow(period: field(0), service: field(1), quantity: field(2),
                                    location: SourceLocation(file: file, line: row.line, column: 1), decimalComma: decimalComma)
            rules.add(usageRow, log: &log)
        }
        log.append(contentsOf: reader.diagnostics)
    }

    /// Streams `usage.json`: an array of `{"Period": …, "Service": …, "Quantity": …}` objects (Quantity a
    /// JSON number or a decimal string).
    static func loadJSON(path: String, file: String, into rules: inout UsageRules, log: inout DiagnosticLog) {
        var elementLog = DiagnosticLog(strict: log.strict)
        let root = JSONFile.stream(path: path, displayPath: file, log: &log) { value, path in
            guard var object = JSONObjectReader(value, file: file, path: path, expected: "a usage row object", log: &elementLog) else { return }
            func field(_ key: String) -> UsageRow.Field? {
                guard let (value, fieldPath) = object.take(key) else { return nil }
                let location = object.location(of: fieldPath)
                switch value {
                case .string(let text): return UsageRow.Field(text: text, location: location)
                case .number(let lexeme): return UsageRow.Field(text: lexeme, location: location, isNumber: true)
                case .null: return UsageRow.Field(text: "", location: location)
                default:
                    elementLog.error(.wrongType(expected: "a string or number", found: value.typeDescription), at: location)
                    return UsageRow.Field(text: "", location: location, isInvalid: true)
                }
            }
            let row = UsageRow(period: field("Period"), service: field("Service"), quantity: field("Quantity"),
                               location: object.location, decimalComma: false)
            object.reportUnknownKeys(log: &elementLog)
            rules.add(row, log: &elementLog)
        }
        log.merge(elementLog)
        if case .some(.some(let other)) = root {
            log.error(.wrongType(expected: "an array of usage rows", found: other.typeDescription),
                      at: SourceLocation(file: file, jsonPath: "$"))
        }
    }
}
