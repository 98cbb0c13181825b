extension JSONOutput {
    /// The value on one line, with a space after `:` and `,` (`{"date": "2026-11-15", "licenses": []}`):
    /// for files that keep one record a line, such as history.json, so each build adds one line to a diff.
    public var compactText: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .string(let value): JSONOutput.quoted(value)
        case .array(let items): "[" + items.map(\.compactText).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.map { JSONOutput.quoted($0.0) + ": " + $0.1.compactText }.joined(separator: ", ") + "}"
        }
    }
}
