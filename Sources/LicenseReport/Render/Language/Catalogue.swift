import Foundation
import LicenseReportCore
import Mustache

/// One language's words: every text the tool writes on pages and attachments, read from
/// `templates/languages/<code>.json` (docs/templates.md, "Languages").
///
/// A key (`[a-z0-9_]`, no dots: `{{t.nav_usage}}` must not read as a path) maps to a text, or to the
/// plural forms `{"one": …, "other": …}`: CLDR's cardinal rules give integers exactly these two
/// categories in all six languages (`one` for 1, `other` for every other count). Texts may hold
/// `{name}` placeholders, filled by `DisplayText` with values already formatted for the locale.
///
/// Templates read the plain texts as `{{t.key}}`: the catalogue is the `t` of every page's context
/// (`LocalizedContext`). Plural entries are for the Swift side only (they need a count).
public struct Catalogue: Sendable, Hashable, MustacheParent, TemplateObject {
    /// One entry.
    public enum Entry: Sendable, Hashable {
        /// A text, possibly with placeholders.
        case text(String)
        /// The CLDR plural forms of a text with a count.
        case plural(one: String, other: String)

        /// Every form's text.
        var forms: [String] {
            switch self {
            case .text(let text): [text]
            case let .plural(one, other): [one, other]
            }
        }

        /// The placeholder names of every form, sorted and unique: `["count", "name"]`.
        var placeholders: [String] { Set(forms.flatMap(Catalogue.placeholders(in:))).sorted() }
    }

    /// The language.
    public let code: LocaleCode
    /// The entries by key.
    let entries: [String: Entry]

    /// A catalogue of `entries` (tests build small ones; the program reads files: `load`).
    init(code: LocaleCode, entries: [String: Entry]) {
        self.code = code
        self.entries = entries
    }

    /// Every key, sorted.
    public var keys: [String] { entries.keys.sorted() }

    /// The text of `key` with its placeholders filled: `text("days_left", ["count": "3"])`.
    /// A key the catalogue lacks is a programming error caught by `CatalogueTests` (every key `DisplayText`
    /// uses is in en.json, and every catalogue has en.json's keys): it shows as `⟦key⟧` rather than crash a build.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        switch entries[key] {
        case .text(let text): Catalogue.fill(text, values)
        case .plural(_, let other): Catalogue.fill(other, values)
        case nil: "⟦\(key)⟧"
        }
    }

    /// The form of `key` for `count` (`one` for 1, else `other`), with `{count}` set to `countText` and the
    /// other placeholders from `values`.
    func plural(_ key: String, count: Int, countText: String, _ values: [String: String] = [:]) -> String {
        var filled = values
        filled["count"] = countText
        switch entries[key] {
        case let .plural(one, other): return Catalogue.fill(count == 1 ? one : other, filled)
        case .text(let text): return Catalogue.fill(text, filled)
        case nil: return "⟦\(key)⟧"
        }
    }

    /// The plain text of `key` for a template (`{{t.key}}`); `nil` (prints nothing) for a plural entry,
    /// which needs a count. Templates are checked to name only existing keys (`catalogueKeyNotFound`).
    public func child(named name: String) -> Any? {
        if case .text(let text) = entries[name] { return text }
        return nil
    }

    /// `child(named:)` for the compiled renderer.
    func templateValue(named name: String, slot: Int) -> TemplateValue? {
        if case .text(let text) = entries[name] { return .text(text) }
        return nil
    }

    /// Replaces each `{name}` with `values[name]`; a placeholder without a value stays as written.
    /// Hand-written: Foundation has no named-placeholder formatter (`String(format:)` is positional and
    /// would read `%` in a translation).
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.utf8.contains(UInt8(ascii: "{")) else { return text }
        // On bytes when every brace has ASCII on both sides: then each brace byte is a Character of its own
        // (no combining mark after it, no prepended mark before it), so bytes find what Characters find.
        // This fills every text of every page; the Character loop was 3 % of a fleet build.
        let bytes = Array(text.utf8)
        guard bracesStandAlone(bytes) else { return fillByCharacters(text, values) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 32)
        var position = 0
        while let open = bytes[position...].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            result += bytes[position..<open]
            let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
            if let value = values[name] { result += value.utf8 } else { result += bytes[open...close] }
            position = close + 1
        }
        result += bytes[position...]
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether every `{` and `}` byte has ASCII (or the text's edge) on both sides: then each is a Character
    /// of its own (no combining mark after it, no prepended mark before it), so bytes find what Characters find.
    static func bracesStandAlone(_ bytes: [UInt8]) -> Bool {
        bytes.indices.allSatisfy { index in
            guard bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "}") else { return true }
            return (index == 0 || bytes[index - 1] < 0x80) && (index + 1 == bytes.count || bytes[index + 1] < 0x80)
        }
    }

    /// `fill` by Characters (any text).
    static func fillByCharacters(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The `{name}` placeholders of a text, in order (names of letters, digits and `_`).
    static func placeholders(in text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return [] }
        // On bytes where every brace has ASCII on both sides (then bytes find the braces Characters find,
        // as in `fill`): every entry of every catalogue is read at start-up, and the Character loop was a
        // fifth of the start-up of every build.
        let bytes = Array(text.utf8)
        guard bracesStandAlone(bytes) else { return placeholdersByCharacters(in: text) }
        var names: [String] = []
        var position = 0
        while let open = bytes[position...].firstIndex(of: UInt8(ascii: "{")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { names.append(name) }
            position = close + 1
        }
        return names
    }

    /// `placeholders(in:)` by Characters (any text).
    static func placeholdersByCharacters(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { names.append(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
