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
            reader = try CSVReader(path: path, displayPath: file, delimiter: delimiter,
                               maximumBytes: InputLimits.maximumBytes(forPath: path))
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

    /// Properties of the archive's OData rows and of SuperOffice's carriers that are not columns of the report,
    /// accepted and ignored: the row's key and entity name, links, rights, and the archive columns the pages
    /// do not show.
    static let ignoredKeys = LicenseFileLoader.carrierKeys + ["PrimaryKey", "EntityName", "_Links", "SystemEvent_id", "owner",
                                                             "eventkey", "updatedCount"]

    /// Reads `events.json`: an array of objects keyed by the archive's column names (or one such object), or
    /// SuperOffice's own responses (`EventAPILoader`: an OData list, an entity, or arrays of them).
    static func loadJSON(path: String, file: String, timeZone: TimeZone, log: inout DiagnosticLog) -> [SystemEvent] {
        guard let root = JSONFile.load(path: path, displayPath: file, log: &log) else { return [] }
        return events(in: root, file: file, timeZone: timeZone, log: &log)
    }

    /// The events of a parsed `events.json` (or of a `GET /api/v1/SystemEvent` response; `file` names it).
    static func events(in root: JSONValue, file: String, timeZone: TimeZone, log: inout DiagnosticLog) -> [SystemEvent] {
        EventAPILoader.rows(in: root, file: file, log: &log).compactMap { value, path in
            guard var object = JSONObjectReader(value, file: file, path: path, expected: "a system event object", log: &log) else { return nil }
            let record = EventAPILoader.isEntity(value)
                ? EventAPILoader.entityRecord(&object, log: &log) : archiveRecord(&object, log: &log)
            object.reportUnknownKeys(log: &log)
            return record.event(timeZone: timeZone, log: &log)
        }
    }

    /// A row keyed by the archive's column names (CSV header names, matched case-insensitively).
    private static func archiveRecord(_ object: inout JSONObjectReader, log: inout DiagnosticLog) -> EventRecord {
        var record = EventRecord(location: object.location)
        for name in columns {
            guard let (value, fieldPath) = object.take(name) else { continue }
            EventAPILoader.set(name, value, at: object.location(of: fieldPath), in: &record, log: &log)
        }
        for name in requiredColumns where record.fields[name] == nil {
            log.error(.missingKey(key: name), at: object.location)
            record.hasError = true
        }
        object.ignore(ignoredKeys)
        return record
    }
}
