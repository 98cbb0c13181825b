import Foundation

/// A path into a JSON document in the JSONPath notation used by diagnostics:
/// `$`, `$.ModuleLicenses[3].InUse`, `$[0]["registered_associate_id/fullName"]`.
struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    /// The path text.
    private(set) var text: String

    /// The document root, `$`.
    static let root = JSONPath(text: "$")

    private init(text: String) { self.text = text }

    /// The path of a member: `.Key` for identifier-like keys, else `["key"]` with `"` and `\` escaped.
    func appending(key: String) -> JSONPath {
        let isIdentifier = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
            && !("0"..."9").contains(key.unicodeScalars.first!)
        if isIdentifier { return JSONPath(text: text + "." + key) }
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return JSONPath(text: text + "[\"" + escaped + "\"]")
    }

    /// The path of an array element: `[index]`, 0-based.
    func appending(index: Int) -> JSONPath { JSONPath(text: text + "[\(index)]") }

    /// The path text.
    var description: String { text }
}
