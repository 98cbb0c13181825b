import LicenseReportCore

/// SuperOffice's own system-event responses in `events.json` (docs/dataset-format.md "events.json as the Web
/// API returns it"): the OData list of `GET /api/v1/SystemEvent` or `/api/v1/Archive/SystemEvents`
/// (`{"odata.metadata": …, "value": [rows]}`, rows keyed by the archive's column names), an array of such
/// lists (the pages of one paged `fetch`, in order), an entity of `GET /api/v1/SystemEvent/{id}`, or an array
/// of entities. Plain arrays of archive rows, the format before issue 11, still load.
enum EventAPILoader {
    /// The OData members of a list, besides `value`: accepted and ignored (`odata.nextLink` is not followed;
    /// `fetch` pages with `$skip` instead).
    static let odataKeys = ["odata.metadata", "odata.nextLink", "odata.count", "@odata.context", "@odata.nextLink", "@odata.count"]

    /// An entity's properties and the archive columns they fill. An entity has no `eventname`: its
    /// `Eventkey` names it.
    static let entityColumns = [("Eventkey", "eventname"), ("Eventmess", "eventmess"), ("Registered", "registered"),
                                ("Eta", "eta"), ("Scope", "scope")]
    /// Entity properties that are not read (`ExtraInfo` is a number there, not the description).
    static let ignoredEntityKeys = LicenseFileLoader.carrierKeys + ["SystemEventId", "Owner", "UpdatedCount", "ExtraInfo", "_Links",
                                                                    "EntityName"]

    /// Every event row of the document with its path: the elements of a list's `value` (`$.value[3]`,
    /// `$[1].value[3]` on a second page), else the array's elements or the object itself.
    static func rows(in root: JSONValue, file: String, log: inout DiagnosticLog) -> [(JSONValue, JSONPath)] {
        switch root {
        case .array(let values):
            return values.enumerated().flatMap { index, value in
                let path = JSONPath.root.appending(index: index)
                return isODataList(value) ? listRows(value, path: path, file: file, log: &log) : [(value, path)]
            }
        case .object:
            return isODataList(root) ? listRows(root, path: .root, file: file, log: &log) : [(root, .root)]
        default:
            log.error(.wrongType(expected: "an array of system events or an OData list", found: root.typeDescription),
                      at: SourceLocation(file: file, jsonPath: "$"))
            return []
        }
    }

    /// Whether `value` is an OData list: an object with a `value` key or an `odata.` member.
    static func isODataList(_ value: JSONValue) -> Bool {
        guard case .object(let members) = value else { return false }
        return members.contains { member in
            member.key.caseInsensitiveEquals("value") || odataKeys.contains { $0.caseInsensitiveEquals(member.key) }
        }
    }

    /// Whether `value` is a `SystemEvent` entity rather than an archive row: it has `SystemEventId` or
    /// `ActivatedBy` (the archive names its key `SystemEvent_id`).
    static func isEntity(_ value: JSONValue) -> Bool {
        guard case .object(let members) = value else { return false }
        return members.contains { $0.key.caseInsensitiveEquals("SystemEventId") || $0.key.caseInsensitiveEquals("ActivatedBy") }
    }

    /// The record of an entity: `Eventkey`, `Eventmess`, `Registered`, `Eta`, `Scope` (text such as `Database`),
    /// and `ActivatedBy`'s `Name` and `FullName` as the activating associate.
    static func entityRecord(_ object: inout JSONObjectReader, log: inout DiagnosticLog) -> EventRecord {
        var record = EventRecord(location: object.location)
        for (key, column) in entityColumns {
            if let (value, path) = object.take(key) {
                set(column, value, at: object.location(of: path), in: &record, log: &log)
            } else if EventLoader.requiredColumns.contains(column) {
                log.error(.missingKey(key: key), at: object.location)
                record.hasError = true
            }
        }
        if let (value, path) = object.take("ActivatedBy"), value != .null {
            // An Associate carrier: only its two names are read; its other properties are not warned about.
            if var associate = JSONObjectReader(value, file: object.file, path: path, expected: "an Associate object", log: &log) {
                for (key, column) in [("Name", "registered_associate_id/assocName"), ("FullName", "registered_associate_id/fullName")] {
                    guard let (name, namePath) = associate.take(key) else { continue }
                    set(column, name, at: associate.location(of: namePath), in: &record, log: &log)
                }
            } else {
                record.hasError = true
            }
        }
        object.ignore(ignoredEntityKeys)
        return record
    }

    /// Stores one JSON value as the text of column `name`: strings as they are, numbers as written, `null` as
    /// empty; anything else is `wrongType`.
    static func set(_ name: String, _ value: JSONValue, at location: SourceLocation, in record: inout EventRecord, log: inout DiagnosticLog) {
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

    /// The rows of one OData list at `path`; `missingKey` without `value`, `wrongType` when it is not an array.
    private static func listRows(_ value: JSONValue, path: JSONPath, file: String, log: inout DiagnosticLog) -> [(JSONValue, JSONPath)] {
        guard var list = JSONObjectReader(value, file: file, path: path, expected: "an OData list", log: &log) else { return [] }
        defer {
            list.ignore(odataKeys)
            list.reportUnknownKeys(log: &log)
        }
        guard let (rows, rowsPath) = list.take("value") else {
            log.error(.missingKey(key: "value"), at: list.location)
            return []
        }
        guard case .array(let elements) = rows else {
            log.error(.wrongType(expected: "an array of system events", found: rows.typeDescription), at: list.location(of: rowsPath))
            return []
        }
        return elements.enumerated().map { ($1, rowsPath.appending(index: $0)) }
    }
}
