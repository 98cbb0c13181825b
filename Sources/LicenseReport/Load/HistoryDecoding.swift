import Foundation
import LicenseReportCore

/// Turns the JSON tree of `history.json` (schema in docs/history-json.md) back into a `History`, strictly:
/// every key that the writer (`HistoryJSON`) writes is required, with its type; snapshot dates must
/// strictly increase. Hand-written over `JSONValue`, like the dataset loaders, so numbers never pass
/// through `Double` and a damaged file is named at its JSON path.
enum HistoryDecoding {
    /// The format version this program reads and writes.
    static let schemaVersion = 1
    /// The `generator` value that marks the file as ours.
    static let generator = "license-report"

    /// Decodes the whole file.
    static func history(_ root: JSONValue) throws(HistoryFormatError) -> History {
        let top = try Fields(root, path: "$")
        guard try top.string("generator") == generator else { throw top.error("generator", "expected \"\(generator)\"") }
        guard try top.int("schemaVersion") == schemaVersion else {
            throw top.error("schemaVersion", "expected \(schemaVersion) (a history of another version of license-report)")
        }
        var snapshots: [HistorySnapshot] = []
        for (index, value) in try top.array("snapshots").enumerated() {
            let snapshot = try self.snapshot(try Fields(value, path: "$.snapshots[\(index)]"))
            if let last = snapshots.last, !(last.date < snapshot.date) {
                throw HistoryFormatError(path: "$.snapshots[\(index)].date", detail: "dates must increase from one snapshot to the next")
            }
            snapshots.append(snapshot)
        }
        return History(serialNr: try top.string("serialNr"), snapshots: snapshots)
    }

    private static func snapshot(_ fields: Fields) throws(HistoryFormatError) -> HistorySnapshot {
        HistorySnapshot(
            date: try fields.date("date"),
            restrictions: try fields.objects("restrictions") { item throws(HistoryFormatError) in
                let levelText = try item.string("level")
                guard let level = RestrictionLevel(rawValue: levelText) else { throw item.error("level", "unknown level '\(levelText)'") }
                return HistorySnapshot.RestrictionEntry(name: try item.string("name"), activeCount: try item.int("activeCount"),
                                                        maximum: try item.optionalInt("maximum"), level: level)
            },
            licenses: try fields.objects("licenses") { item throws(HistoryFormatError) in
                HistorySnapshot.LicenseEntry(owner: try item.string("owner"), name: try item.string("name"),
                                             displayName: try item.string("displayName"), total: try item.int("total"),
                                             inUse: try item.int("inUse"))
            },
            metered: try fields.objects("metered") { item throws(HistoryFormatError) in
                let monthText = try item.string("month")
                guard let month = YearMonth(iso: monthText), monthText.count == 7 else { throw item.error("month", "expected a month YYYY-MM") }
                let amountText = try item.string("amount")
                guard case .success(let parsed) = DecimalParser.parse(amountText) else { throw item.error("amount", "expected a decimal such as \"120.00\"") }
                guard let currency = Currency(code: try item.string("currency")) else { throw item.error("currency", "expected an ISO 4217 code") }
                return HistorySnapshot.MonthEntry(month: month, amount: parsed.value, currency: currency)
            },
            runningEvents: try fields.objects("runningEvents") { item throws(HistoryFormatError) in
                HistorySnapshot.EventEntry(event: try item.string("event"), activated: try item.optionalString("activated"))
            },
            nextExpiryDate: try fields.optionalDate("nextExpiryDate"))
    }

    /// The members of one JSON object, read by key (exact, as the writer writes them).
    private struct Fields {
        let members: [JSONMember]
        let path: String

        init(_ value: JSONValue, path: String) throws(HistoryFormatError) {
            guard case .object(let members) = value else {
                throw HistoryFormatError(path: path, detail: "expected an object, found \(value.typeDescription)")
            }
            self.members = members
            self.path = path
        }

        func error(_ key: String, _ detail: String) -> HistoryFormatError { HistoryFormatError(path: "\(path).\(key)", detail: detail) }

        func value(_ key: String) throws(HistoryFormatError) -> JSONValue {
            guard let member = members.first(where: { $0.key == key }) else {
                throw HistoryFormatError(path: path, detail: "missing key '\(key)'")
            }
            return member.value
        }

        func string(_ key: String) throws(HistoryFormatError) -> String {
            guard case .string(let text) = try value(key) else { throw error(key, "expected a string") }
            return text
        }

        func optionalString(_ key: String) throws(HistoryFormatError) -> String? {
            if case .null = try value(key) { return nil }
            return try string(key)
        }

        func int(_ key: String) throws(HistoryFormatError) -> Int {
            guard case .number(let lexeme) = try value(key), let number = Int(lexeme), number >= 0 else {
                throw error(key, "expected a whole number of 0 or more")
            }
            return number
        }

        func optionalInt(_ key: String) throws(HistoryFormatError) -> Int? {
            if case .null = try value(key) { return nil }
            return try int(key)
        }

        func date(_ key: String) throws(HistoryFormatError) -> CalendarDate {
            let text = try string(key)
            guard text.count == 10, let date = CalendarDate(iso: text) else { throw error(key, "expected a date YYYY-MM-DD") }
            return date
        }

        func optionalDate(_ key: String) throws(HistoryFormatError) -> CalendarDate? {
            if case .null = try value(key) { return nil }
            return try date(key)
        }

        func array(_ key: String) throws(HistoryFormatError) -> [JSONValue] {
            guard case .array(let items) = try value(key) else { throw error(key, "expected an array") }
            return items
        }

        func objects<T>(_ key: String, _ body: (Fields) throws(HistoryFormatError) -> T) throws(HistoryFormatError) -> [T] {
            var result: [T] = []
            for (index, item) in try array(key).enumerated() {
                result.append(try body(try Fields(item, path: "\(path).\(key)[\(index)]")))
            }
            return result
        }
    }
}
