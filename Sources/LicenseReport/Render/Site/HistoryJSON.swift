/// `history.json` (docs/history-json.md): the kept snapshots of the builds of this site, oldest first, one
/// snapshot a line, read back by the next build (`HistoryFileLoader`, `HistoryDecoding`).
enum HistoryJSON {
    /// The file's text: fixed key order, a final newline; amounts as strings with the currency's minor unit.
    static func render(_ history: History) -> String {
        var text = "{\n"
        text += "  \"generator\": \(JSONOutput.quoted(HistoryDecoding.generator)),\n"
        text += "  \"schemaVersion\": \(HistoryDecoding.schemaVersion),\n"
        text += "  \"serialNr\": \(JSONOutput.quoted(history.serialNr)),\n"
        text += "  \"snapshots\": ["
        text += history.snapshots.isEmpty ? "" : "\n" + history.snapshots.map { "    " + json($0).compactText }.joined(separator: ",\n") + "\n  "
        text += "]\n}\n"
        return text
    }

    static func json(_ snapshot: HistorySnapshot) -> JSONOutput {
        .object([
            ("date", .string(snapshot.date.description)),
            ("restrictions", .array(snapshot.restrictions.map {
                .object([("name", .string($0.name)), ("activeCount", .int($0.activeCount)), ("maximum", .nullable($0.maximum)),
                         ("level", .string($0.level.rawValue))])
            })),
            ("licenses", .array(snapshot.licenses.map {
                .object([("owner", .string($0.owner)), ("name", .string($0.name)), ("displayName", .string($0.displayName)),
                         ("total", .int($0.total)), ("inUse", .int($0.inUse))])
            })),
            ("metered", .array(snapshot.metered.map {
                .object([("month", .string($0.month.description)), ("amount", .string(DisplayText.amountPlain($0.amount, $0.currency))),
                         ("currency", .string($0.currency.code))])
            })),
            ("runningEvents", .array(snapshot.runningEvents.map {
                .object([("event", .string($0.event)), ("activated", .nullable($0.activated))])
            })),
            ("nextExpiryDate", .nullable(snapshot.nextExpiryDate?.description)),
        ])
    }
}
