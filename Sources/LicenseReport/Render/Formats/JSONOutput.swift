/// A JSON value with ordered object keys, written deterministically: fixed key order, two-space indent,
/// `"key": value`, one member per line, `[]`/`{}` for empty containers. Used for report.json, where
/// decimals are written as strings so that no reader turns them into binary floating point.
public indirect enum JSONOutput: Sendable {
    case null
    case bool(Bool)
    /// An integer (counts, users, scope).
    case int(Int)
    case string(String)
    case array([JSONOutput])
    /// Members in the order they are written.
    case object([(String, JSONOutput)])

    /// A string, or `null` when `value` is nil.
    public static func nullable(_ value: String?) -> JSONOutput { value.map(JSONOutput.string) ?? .null }

    /// An integer, or `null` when `value` is nil.
    public static func nullable(_ value: Int?) -> JSONOutput { value.map(JSONOutput.int) ?? .null }

    /// The text of the value at indent level 0, without a trailing newline.
    public var text: String {
        var output = ""
        write(to: &output, indent: 0)
        return output
    }

    private func write(to output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .string(let value): output += JSONOutput.quoted(value)
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                item.write(to: &output, indent: indent + 1)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += String(repeating: "  ", count: indent + 1) + JSONOutput.quoted(key) + ": "
                value.write(to: &output, indent: indent + 1)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// A JSON string literal (RFC 8259 §7): quotes and backslashes escaped, control characters U+0000–U+001F
    /// as `\b \f \n \r \t` or `\u00XX`; U+2028/U+2029 also as `\u` escapes so the text is safe inside a
    /// `<script>` block too. Everything else is written as UTF-8.
    public static func quoted(_ value: String) -> String {
        // Printable ASCII without `"` or `\\` (almost every key and value) needs no escape: one copy instead
        // of a scalar-by-scalar rebuild, which was 2 % of a fleet build (docs/performance.md).
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + value + "\""
        }
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}", "\u{2029}": output += "\\u" + hex4(scalar.value)
            case _ where scalar.value < 0x20: output += "\\u" + hex4(scalar.value)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
