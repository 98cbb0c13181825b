import Foundation
import LicenseReportCore

/// Reads `events.csv` or `events.json`: the columns of SuperOffice's SystemEvents archive.
enum EventLoader {
    /// Every column, as SuperOffice's archive names them (matched case-insensitively).
    static let columns = ["eventname", "status", "eventmess", "registered", "registered_associate_id/assocName",
                          "registered_associate_id/fullName", "registered_associate_id/portraitThumbnail",
                          "eta", "type", "scope", "extraInfo"]
    /// The columns an events file must have.
    static let requiredColumns = ["eventname", "scope"]

    /// Reads `events.csv`.
    static func loadCSV(path: String, file: String, delimiter: Character?, timeZone: TimeZone, log: inout DiagnosticLog) -> [SystemEvent] {
        var reader: CSVReader
        do {
            reader = try CSVReader(path: path, displayPath: file, delimiter: delimiter)
        } catch {
            log.append(contentsOf: error.diagnostics)
            return []
        }
        let optional = columns.filter { !requiredColumns.contains($0) }
        let complete = reader.checkColumns(required: requiredColumns, optional: optional) != nil
        let indexes = reader.columnIndexes(columns)
        var events: [SystemEvent] = []
        while let row = reader.next() {
            guard complete else { continue }
            var record = EventRecord(location: SourceLocation(file: file, line: row.line, column: 1))
            for (name, index) in zip(columns, indexes) {
                guard let index else { continue }
                let field = row.fields[index]
                record.fields[name] = EventRecord.Field(text: field.value, location: SourceLocation(file: file, line: field.line, column: field.column))
            }
            if let event = record.event(timeZone: timeZone, log: &log) { events.append(event) }
        }
        log.append(contentsOf: reader.diagnostics)
        return events
    }

    /// Reads `events.json`: an array of objects keyed by the archive's column names (or one such object).
    static func loadJSON(path: String, file: String, timeZone: TimeZone, log: inout DiagnosticLog) -> [SystemEvent] {
        guard let root = JSONFile.load(path: path, displayPath: file, log: &log) else { return [] }
        let elements: [(JSONValue, JSONPath)]
        switch root {
        case .array(let values): elements = values.enumerated().map { ($1, JSONPath.root.appending(index: $0)) }
        case .object: elements = [(root, .root)]
        default:
            log.error(.wrongType(expected: "an array of system events", found: root.typeDescription),
                      at: SourceLocation(file: file, jsonPath: "$"))
            return []
        }
        return elements.compactMap { value, path in
            guard var object = JSONObjectReader(value, file: file, path: path, expected: "a system event object", log: &log) else { return nil }
            var record = EventRecord(location: object.location)
            for name in columns {
                guard let (value, fieldPath) = object.take(name) else { continue }
                let location = object.location(of: fieldPath)
                switch value {
                case .string(let text): record.fields[name] = EventRecord.Field(text: text, location: location)
                case .number(let lexeme): record.fields[name] = EventRecord.Field(text: lexeme, location: location)
                case .null: record.fields[name] = EventRecord.Field(text: "", location: location)
                default:
                    log.error(.wrongType(expected: "a string", found: value.typeDescription), at: location)
                    record.fields[name] = EventRecord.Field(text: "", location: location, isInvalid: true)
                    record.hasError = true
                }
            }
            for name in requiredColumns where record.fields[name] == nil {
                log.error(.missingKey(key: name), at: object.location)
                record.hasError = true
            }
            object.reportUnknownKeys(log: &log)
            return record.event(timeZone: timeZone, log: &log)
        }
    }
}
