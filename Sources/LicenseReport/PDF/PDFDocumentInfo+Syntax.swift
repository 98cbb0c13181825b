import Foundation

/// The little PDF syntax the incremental update needs (ISO 32000-1, 7.3 objects, 7.5.4 cross-reference
/// table): a value of a dictionary given as text, an object's byte range through the cross-reference
/// table, a string literal copied byte for byte, and the dates overwritten in place.
extension PDFDocumentInfo {
    /// The `words` tokens after the key `/name` in a dictionary's text: "353" for Size, "340 0 R" for Root;
    /// `nil` when the key is absent.
    static func value(of name: String, in dictionary: String, words: Int = 1) -> String? {
        var searchStart = dictionary.startIndex
        while let key = dictionary.range(of: "/" + name, range: searchStart..<dictionary.endIndex) {
            searchStart = key.upperBound
            let rest = dictionary[key.upperBound...]
            guard let next = rest.first, next.isWhitespace else { continue }
            let tokens = rest.split(maxSplits: words, omittingEmptySubsequences: true,
                                    whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == ">" || $0 == "[" })
            guard tokens.count >= words else { return nil }
            return tokens.prefix(words).joined(separator: " ")
        }
        return nil
    }

    /// The array after `/name`, brackets included ("[<ab…><ab…>]"), or `nil`.
    static func arrayValue(of name: String, in dictionary: String) -> String? {
        guard let key = dictionary.range(of: "/" + name), let open = dictionary[key.upperBound...].firstIndex(of: "["),
              dictionary[key.upperBound..<open].allSatisfy(\.isWhitespace),
              let close = dictionary[open...].firstIndex(of: "]") else { return nil }
        return String(dictionary[open...close])
    }

    /// The bytes of the indirect object `reference` ("1 0 R") from "1 0 obj" to "endobj", found through
    /// the cross-reference table that `startxref` points to; `nil` when the table does not list it.
    static func objectRange(_ reference: String, in pdf: [UInt8], xref: Int) -> Range<Int>? {
        guard let number = reference.split(separator: " ").first.flatMap({ Int($0) }), xref >= 0, xref < pdf.count else { return nil }
        var position = xref
        func line() -> String? {
            guard position < pdf.count else { return nil }
            var end = position
            while end < pdf.count, pdf[end] != 0x0A, pdf[end] != 0x0D { end += 1 }
            let text = String(decoding: pdf[position..<end], as: UTF8.self)
            position = end
            while position < pdf.count, pdf[position] == 0x0A || pdf[position] == 0x0D { position += 1 }
            return text
        }
        guard line()?.trimmingCharacters(in: .whitespaces) == "xref" else { return nil }
        while let header = line(), !header.hasPrefix("trailer") {
            let parts = header.split(separator: " ").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            let (first, count) = (parts[0], parts[1])
            if (first..<(first + count)).contains(number) {
                let entry = position + 20 * (number - first)
                guard entry + 10 <= pdf.count, let offset = Int(String(decoding: pdf[entry..<(entry + 10)], as: UTF8.self)),
                      offset < pdf.count, let end = find(Array("endobj".utf8), in: pdf, from: offset) else { return nil }
                return offset..<end
            }
            position += 20 * count
        }
        return nil
    }

    /// Overwrites the value of `/CreationDate (…)` and `/ModDate (…)` inside `range` with `date` when the
    /// old value has the same length (Chromium's `D:YYYYMMDDHHmmSS+00'00'` does), so no offset moves.
    static func overwriteDates(in pdf: inout [UInt8], range: Range<Int>, with date: String) {
        let replacement = Array(date.utf8)
        for key in ["/CreationDate", "/ModDate"] {
            guard let keyStart = find(Array(key.utf8), in: Array(pdf[range]), from: 0) else { continue }
            var open = range.lowerBound + keyStart + key.utf8.count
            while open < range.upperBound, pdf[open] == 0x20 || pdf[open] == 0x0A || pdf[open] == 0x0D { open += 1 }
            guard open < range.upperBound, pdf[open] == UInt8(ascii: "("),
                  let close = pdf[(open + 1)..<range.upperBound].firstIndex(of: UInt8(ascii: ")")),
                  close - open - 1 == replacement.count else { continue }
            pdf.replaceSubrange((open + 1)..<close, with: replacement)
        }
    }

    /// The string after `/name` in `object`'s bytes, delimiters included, exactly as written: a literal
    /// `(…)` (balanced parentheses, backslash escapes) or a hex string `<…>`; `nil` otherwise.
    static func literal(named name: String, in object: [UInt8]) -> [UInt8]? {
        guard let keyStart = find(Array("/\(name)".utf8), in: object, from: 0) else { return nil }
        var index = keyStart + name.utf8.count + 1
        while index < object.count, object[index] == 0x20 || object[index] == 0x0A || object[index] == 0x0D { index += 1 }
        guard index < object.count else { return nil }
        let start = index
        if object[index] == UInt8(ascii: "<") {
            guard let close = object[index...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            return Array(object[start...close])
        }
        guard object[index] == UInt8(ascii: "(") else { return nil }
        var depth = 0
        while index < object.count {
            switch object[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return Array(object[start...index]) }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The first position of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        var index = from
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
