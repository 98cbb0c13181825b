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
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `text` as UTF-8 bytes. Written into one byte buffer: building the text with `String +=` of small
    /// pieces (and a `String(repeating:)` per indented line) was 13 % of a fleet tenant (docs/performance.md).
    public var bytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(8_192)
        write(to: &output, indent: 0)
        return output
    }

    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .int(let value): output += String(value).utf8
        case .string(let value): JSONOutput.appendQuoted(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output += "[]".utf8; return }
            output += "[\n".utf8
            for (index, item) in items.enumerated() {
                JSONOutput.appendIndent(indent + 1, to: &output)
                item.write(to: &output, indent: indent + 1)
                output += (index == items.count - 1 ? "\n" : ",\n").utf8
            }
            JSONOutput.appendIndent(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output += "{}".utf8; return }
            output += "{\n".utf8
            for (index, (key, value)) in members.enumerated() {
                JSONOutput.appendIndent(indent + 1, to: &output)
                JSONOutput.appendQuoted(key, to: &output)
                output += ": ".utf8
                value.write(to: &output, indent: indent + 1)
                output += (index == members.count - 1 ? "\n" : ",\n").utf8
            }
            JSONOutput.appendIndent(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Two spaces per level.
    private static func appendIndent(_ level: Int, to output: inout [UInt8]) {
        for _ in 0..<(2 * level) { output.append(UInt8(ascii: " ")) }
    }

    /// A JSON string literal (RFC 8259 §7): quotes and backslashes escaped, control characters U+0000–U+001F
    /// as `\b \f \n \r \t` or `\u00XX`; U+2028/U+2029 also as `\u` escapes so the text is safe inside a
    /// `<script>` block too. Everything else is written as UTF-8.
    public static func quoted(_ value: String) -> String {
        var output: [UInt8] = []
        appendQuoted(value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `quoted(value)` appended to `output`.
    static func appendQuoted(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Printable ASCII without `"` or `\\` (almost every key and value) needs no escape: one copy instead
        // of a scalar-by-scalar rebuild, which was 2 % of a fleet build (docs/performance.md).
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            output += value.utf8
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": output += "\\\"".utf8
                case "\\": output += "\\\\".utf8
                case "\n": output += "\\n".utf8
                case "\r": output += "\\r".utf8
                case "\t": output += "\\t".utf8
                case "\u{08}": output += "\\b".utf8
                case "\u{0C}": output += "\\f".utf8
                case "\u{2028}", "\u{2029}": output += ("\\u" + hex4(scalar.value)).utf8
                case _ where scalar.value < 0x20: output += ("\\u" + hex4(scalar.value)).utf8
                default: UTF8.encode(scalar) { output.append($0) }
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
