/// Text from the data, made safe to print on a terminal: what a diagnostic shows of a value, a name or
/// a path.
///
/// A CSV header or JSON key can hold an ESC sequence that clears the screen or forges a message, a
/// right-to-left override that reverses what follows, or a megabyte of NUL bytes. Shown text therefore
/// has every such character written as a Swift-style escape (`\u{1B}`) and is cut to `maximumLength`
/// characters, ending in `…`. The work is bounded by the output: a 1 MiB value costs no more than a
/// 200-character one.
public enum TerminalText {
    /// Characters shown of one value at most (escapes count as their written length), before `…`.
    public static let maximumLength = 200
    /// Characters shown of a detail the program composed around values (`MessageText`'s `detail:`).
    public static let maximumDetailLength = 1_000

    /// `text` with control and invisible direction characters escaped, cut to `maximumLength` characters.
    /// - Parameter maximumLength: characters kept at most (`Int.max`: escape only, never cut).
    public static func shown(_ text: String, maximumLength: Int = maximumLength) -> String {
        if text.utf8.count <= maximumLength, !text.unicodeScalars.contains(where: needsEscape) { return text }
        var result = String.UnicodeScalarView()
        var length = 0
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                let escape = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                guard length + escape.unicodeScalars.count <= maximumLength else { return String(result) + "…" }
                result.append(contentsOf: escape.unicodeScalars)
                length += escape.unicodeScalars.count
            } else {
                guard length < maximumLength else { return String(result) + "…" }
                result.append(scalar)
                length += 1
            }
        }
        return String(result)
    }

    /// Whether a scalar is written as an escape: the C0 and C1 control characters and DEL (a terminal acts
    /// on them), the line and paragraph separators (they break a one-line message), and the invisible
    /// bidirectional marks, embeddings, overrides and isolates (they reorder what is printed after them).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
