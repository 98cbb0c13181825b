import Foundation
import Mustache

/// Escaping of data for the page formats. Templates use `{{value}}`; the content type pragma at the
/// top of each template (`{{% CONTENT_TYPE: HTML}}` or `{{% CONTENT_TYPE: MARKDOWN}}`) picks the escaper.
public enum MarkupEscaping {
    /// HTML/XHTML text and attribute values: `& < > " '` become entities. Safe in polyglot HTML5.
    public static func html(_ text: String) -> String {
        // UTF-8 bytes, not Characters: "<" followed by a combining mark (U+0338) is one Character that is
        // not "<", but an XML parser still sees a "<". The five are ASCII, and no byte of a multi-byte
        // UTF-8 sequence is ASCII, so replacing bytes replaces exactly those scalars. Most values (names,
        // dates, amounts) hold none of them and are returned as they are: this runs for every variable of
        // every HTML page, and building a new String each time was 4 % of a fleet build (docs/performance.md).
        guard text.utf8.contains(where: { htmlEntity($0) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let entity = htmlEntity(byte) { entity.withUTF8Buffer { bytes += $0 } } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The entity for one of the five bytes HTML text escapes, `nil` for any other byte.
    @inline(__always)
    private static func htmlEntity(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
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
        markdownNeedsNoEscape(text) ? text : markdownBytes(text)
    }

    /// `markdownScalarByScalar` on UTF-8 bytes. Every character a rule looks at (the escaped ones, `:`, `/`,
    /// `.`, `)`, `w`, digits, blanks, line breaks) is ASCII, and an ASCII byte is always a whole scalar, so each
    /// rule decides the same on bytes; other scalars are copied as they are. (Texts with any non-ASCII
    /// character, such as a translated word or a no-break space, all came here; the scalar array was 3 %
    /// of a fleet build.) `FormattingFastPathTests` compares it with the scalar loop.
    static func markdownBytes(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func endsOrderedListMarker(at index: Int) -> Bool {
            guard (1...9).contains(index), bytes[..<index].allSatisfy(isDigit) else { return false }
            guard index + 1 < bytes.count else { return true }
            let next = bytes[index + 1]
            return next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")
        }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                result.append(UInt8(ascii: " "))
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                 UInt8(ascii: "&"), UInt8(ascii: "@"):
                result += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: ":") where index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/"):
                result += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: ".") where index >= 3 && bytes[(index - 3)..<index].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }):
                result += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "-") where index == 0, UInt8(ascii: "+") where index == 0, UInt8(ascii: "=") where index == 0:
                result += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: ".") where endsOrderedListMarker(at: index), UInt8(ascii: ")") where endsOrderedListMarker(at: index):
                result += [UInt8(ascii: "\\"), byte]
            default:
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `markdown` without the fast path: every scalar through the rules.
    static func markdownScalarByScalar(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        // Unicode scalars, not Characters: "|" followed by a combining mark is one Character that is not
        // "|", but cmark-gfm still sees a "|" (and a "`", "*" …).
        let scalars = Array(text.unicodeScalars)
        func escaped(_ scalar: Unicode.Scalar) {
            result.append("\\")
            result.append(scalar)
        }
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
                continue // CRLF is one line break
            case "\n", "\r":
                result.append(" ")
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "~", "&", "@":
                escaped(scalar)
            case ":" where index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/":
                escaped(scalar)
            case "." where index >= 3 && String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www":
                escaped(scalar)
            case "-" where index == 0, "+" where index == 0, "=" where index == 0:
                escaped(scalar)
            case "." where MarkupEscaping.endsOrderedListMarker(scalars, at: index),
                 ")" where MarkupEscaping.endsOrderedListMarker(scalars, at: index):
                escaped(scalar)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// True when `markdown(text)` is `text` itself, decided on the bytes of an ASCII text by the same rules
    /// as the scalar loop of `markdown` (for ASCII, byte offsets are scalar offsets); `false` (take the
    /// loop) for any non-ASCII text and whenever a rule might escape something. Most cells (dates, amounts,
    /// names) need nothing, and the loop's array of scalars per value was 3 % of a fleet build.
    static func markdownNeedsNoEscape(_ text: String) -> Bool {
        let bytes = text.utf8
        var index = 0
        var allDigitsSoFar = true
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var iterator = bytes.makeIterator()
        var next = iterator.next()
        while let byte = next {
            next = iterator.next()
            guard byte < 0x80 else { return false }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "!"),
                 UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "@"), UInt8(ascii: "\n"),
                 UInt8(ascii: "\r"):
                return false
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                if index == 0 { return false }
            case UInt8(ascii: ":"):
                if next == UInt8(ascii: "/") { return false } // possibly "://": let the loop decide
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                let lower = (previous.0 | 0x20, previous.1 | 0x20, previous.2 | 0x20)
                if byte == UInt8(ascii: "."), index >= 3, lower == (UInt8(ascii: "w"), UInt8(ascii: "w"), UInt8(ascii: "w")) { return false }
                if allDigitsSoFar, (1...9).contains(index) { return false } // possibly "1." or "1)": let the loop decide
            default:
                break
            }
            if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { allDigitsSoFar = false }
            previous = (previous.1, previous.2, byte)
            index += 1
        }
        return true
    }

    /// True when `scalars[index]` (a `.` or `)`) ends an ordered-list marker at the start of the text:
    /// 1 to 9 ASCII digits before it, and a space, a tab, a line break or the end after it (CommonMark 5.2).
    static func endsOrderedListMarker(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard (1...9).contains(index), scalars[..<index].allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        guard index + 1 < scalars.count else { return true }
        let next = scalars[index + 1]
        return next == " " || next == "\t" || next == "\n" || next == "\r"
    }

    /// A stylesheet inside a polyglot `<style>` element: `<` and `&` become the CSS escapes `\3C ` and `\26 `.
    /// An HTML parser reads a style element's text raw (entities such as `&lt;` would stay as they are)
    /// while an XML parser decodes entities and stops at `<`; CSS escapes mean the same to both, and
    /// no `</style>` can end the element early. (`<` and `&` are rare in CSS: in strings and comments,
    /// where the escape reads the same; CSS nesting's `&` selector is not supported here.)
    public static func styleElement(_ text: String) -> String {
        // Bytes, not scalars: `<` and `&` are ASCII and never part of a multi-byte UTF-8 sequence. The whole
        // stylesheet passes through here for every usage page, so a stylesheet without either (the bundled
        // one) is returned as it is.
        let less = UInt8(ascii: "<"), ampersand = UInt8(ascii: "&")
        // memchr (vectorised in the C library) where the text is contiguous, as a native String always is:
        // a closure per byte over the stylesheet was 1.7 % of a fleet build.
        let found = text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(less), buffer.count) != nil || memchr(base, Int32(ampersand), buffer.count) != nil
        } ?? text.utf8.contains(where: { $0 == less || $0 == ampersand })
        guard found else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case less: bytes += Array("\\3C ".utf8)
            case ampersand: bytes += Array("\\26 ".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Registers the `MARKDOWN` and `CSS` content types with swift-mustache, and our `HTML` (idempotent;
    /// called by `TemplateLibrary`). `CSS` is for a stylesheet inlined in an HTML page's `<style>` element:
    /// `{{% CONTENT_TYPE: CSS}}{{stylesheet}}{{% CONTENT_TYPE: HTML}}`.
    static let registerContentTypes: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        MustacheContentTypes.register(StrictHTMLContentType(), named: "HTML")
        MustacheContentTypes.register(StyleElementContentType(), named: "CSS")
    }()
}

/// swift-mustache content type for a stylesheet inside an HTML page's `<style>` element.
struct StyleElementContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkupEscaping.styleElement(text) }
}

/// swift-mustache content type for Markdown pages.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkupEscaping.markdown(text) }
}

/// swift-mustache content type for HTML pages (the same characters as the built-in one, kept here so the rule is ours and tested).
struct StrictHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkupEscaping.html(text) }
}
