/// A path into a JSON document in the JSONPath notation used by diagnostics:
/// `$`, `$.ModuleLicenses[3].InUse`, `$[0]["registered_associate_id/fullName"]`.
package struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    /// The path text.
    package private(set) var text: String

    /// The document root, `$`.
    package static let root = JSONPath(text: "$")

    private init(text: String) { self.text = text }

    /// The path of a member: `.Key` for identifier-like keys, else `["key"]` with `"` and `\` escaped.
    package func appending(key: String) -> JSONPath {
        let isIdentifier = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
            && !("0"..."9").contains(key.unicodeScalars.first!)
        if isIdentifier { return JSONPath(text: text + "." + key) }
        // By scalar: a quote followed by a combining mark is one Character that is not a quote.
        var escaped = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            if scalar == "\\" || scalar == "\"" { escaped.append("\\") }
            escaped.append(scalar)
        }
        return JSONPath(text: text + "[\"" + String(escaped) + "\"]")
    }

    /// The path of an array element: `[index]`, 0-based.
    package func appending(index: Int) -> JSONPath { JSONPath(text: text + "[\(index)]") }

    /// The path text.
    package var description: String { text }
}
