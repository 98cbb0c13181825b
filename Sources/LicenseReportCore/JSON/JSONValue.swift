/// A parsed JSON value, kept close to the text: numbers keep their lexeme (so `19.99` stays exactly
/// `Decimal` 19.99 and never passes through `Double`), objects keep their members in file order.
///
/// The loaders walk this tree field by field, so that every problem of a file is reported in one run,
/// each at its JSON path, instead of stopping at the first `DecodingError`.
package enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as written (`-12.50e3`). The non-standard tokens `NaN`, `Infinity` and `-Infinity`
    /// (written by Python's `json` module, among others) are kept here too, so that the value rules
    /// can report them as "not finite" at their path instead of as a syntax error.
    case number(String)
    /// A string, unescaped.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, members in file order (duplicated keys are a load error, reported by the parser).
    case object([JSONMember])

    /// The type name used in "expected …, found …" messages: "a string", "a number", "null", ….
    package var typeDescription: String {
        switch self {
        case .null: "null"
        case .bool: "true/false"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The value as a short text for messages: strings without quotes, numbers as written.
    package var displayText: String {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let lexeme): lexeme
        case .string(let text): text
        case .array: "[…]"
        case .object: "{…}"
        }
    }
}

/// One `"key": value` member of a JSON object.
package struct JSONMember: Hashable, Sendable {
    /// The key, unescaped, as written (matching is case-insensitive, see `JSONObjectReader`).
    package var key: String
    /// The value.
    package var value: JSONValue

    /// A member (built by the parser, and by tests).
    package init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
