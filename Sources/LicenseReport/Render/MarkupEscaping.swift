import Mustache

/// Escaping of data for the page formats. Templates use `{{value}}`; the content type pragma at the
/// top of each template (`{{% CONTENT_TYPE: HTML}}` or `{{% CONTENT_TYPE: MARKDOWN}}`) picks the escaper.
public enum MarkupEscaping {
    /// HTML/XHTML text and attribute values: `& < > " '` become entities. Safe in polyglot HTML5.
    public static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        // Unicode scalars, not Characters: "<" followed by a combining mark (U+0338) is one Character
        // that is not "<", but an XML parser still sees a "<".
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// GitHub-flavoured Markdown, inline text or a table cell. Escaped with a backslash: the characters
    /// that start emphasis, code, links, images, HTML, headings, tables, strikethrough and entities
    /// (`\\ ` * _ [ ] < > # ! | ~ &`), `@`, a `:` followed by `//` (GFM extended URL autolinks such as
    /// `http://`, `https://`, `ftp://`; other colons, as in "22:00 +02:00", stay as they are), the dot of
    /// `www.` (GFM www autolinks)
    /// and a block marker at the start (`-`, `+`, `=`, `1.`, `1)`). Line breaks become spaces, since a
    /// table cell is one line. Ordinary text such as dates and amounts ("2026-03-04", "1,234.50 NOK")
    /// stays readable.
    public static func markdown(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\r\n", "\n", "\r":
                result += " "
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "~", "&", "@":
                result += "\\"
                result.append(character)
            case ":" where index + 2 < characters.count && characters[index + 1] == "/" && characters[index + 2] == "/":
                result += "\\"
                result.append(character)
            case "." where index >= 3 && String(characters[(index - 3)..<index]).lowercased() == "www":
                result += "\\."
            case "-" where index == 0, "+" where index == 0, "=" where index == 0:
                result += "\\"
                result.append(character)
            case "." where MarkupEscaping.endsOrderedListMarker(characters, at: index),
                 ")" where MarkupEscaping.endsOrderedListMarker(characters, at: index):
                result += "\\"
                result.append(character)
            default:
                result.append(character)
            }
        }
        return result
    }

    /// True when `characters[index]` (a `.` or `)`) ends an ordered-list marker at the start of the text:
    /// 1 to 9 ASCII digits before it, and a space, a tab, a line break or the end after it (CommonMark 5.2).
    static func endsOrderedListMarker(_ characters: [Character], at index: Int) -> Bool {
        guard (1...9).contains(index), characters[..<index].allSatisfy(\.isASCIIDigit) else { return false }
        guard index + 1 < characters.count else { return true }
        let next = characters[index + 1]
        return next == " " || next == "\t" || next.isNewline
    }

    /// Registers the `MARKDOWN` content type with swift-mustache (idempotent; called by `TemplateLibrary`).
    static let registerContentTypes: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        MustacheContentTypes.register(StrictHTMLContentType(), named: "HTML")
    }()
}

/// swift-mustache content type for Markdown pages.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkupEscaping.markdown(text) }
}

/// swift-mustache content type for HTML pages (the same characters as the built-in one, kept here so the rule is ours and tested).
struct StrictHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkupEscaping.html(text) }
}
