/// Strings and numbers of `JSONParser`.
extension JSONParser {
    /// Parses a string at the opening quote and returns it unescaped.
    /// - Throws: `SyntaxError` at the opening quote for a string never closed or longer than `maximumStringBytes`.
    package mutating func parseString() throws(SyntaxError) -> String {
        let opening = index
        index += 1
        var result = ""
        var runStart = index
        while true {
            guard index - opening - 1 <= Self.maximumStringBytes else {
                throw fail("string longer than \(Self.maximumStringBytes) bytes (1 MiB): check for a missing closing quote", at: opening)
            }
            guard let byte = peek else { throw fail("unterminated string: the quote opened here is never closed", at: opening) }
            switch byte {
            case UInt8(ascii: "\""):
                result += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                index += 1
                return result
            case UInt8(ascii: "\\"):
                result += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                result.unicodeScalars.append(try parseEscape())
                runStart = index
            case 0x00..<0x20:
                throw fail("control character \(Self.describe(byte)) inside a string: write it as an escape such as \\n")
            default:
                index += 1
            }
        }
    }

    /// Parses one escape sequence at the backslash.
    private mutating func parseEscape() throws(SyntaxError) -> Unicode.Scalar {
        let start = index
        index += 1
        guard let byte = peek else { throw fail("unterminated string: escape at the end of the file", at: start) }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try parseHex4(escapeStart: start)
            switch first {
            case 0xD800...0xDBFF:
                let lowStart = index
                guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw fail("invalid \\u escape: a high surrogate must be followed by a low surrogate", at: start)
                }
                index += 2
                let second = try parseHex4(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(second) else {
                    throw fail("invalid \\u escape: a high surrogate must be followed by a low surrogate", at: start)
                }
                return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
            case 0xDC00...0xDFFF:
                throw fail("invalid \\u escape: a low surrogate without a high surrogate", at: start)
            default:
                return Unicode.Scalar(first)!
            }
        default:
            throw fail("invalid escape '\\\(Character(UnicodeScalar(byte)))' inside a string", at: start)
        }
    }

    private mutating func parseHex4(escapeStart: Int) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek else { throw fail("invalid \\u escape: expected four hexadecimal digits", at: escapeStart) }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail("invalid \\u escape: expected four hexadecimal digits", at: escapeStart)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Parses `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, or `-Infinity`, and returns the lexeme.
    package mutating func parseNumber() throws(SyntaxError) -> String {
        let start = index
        if peek == UInt8(ascii: "-") {
            index += 1
            if peek == UInt8(ascii: "I") {
                index = start + 1
                try expectInfinity(start: start)
                return "-Infinity"
            }
        }
        guard let first = peek, isDigit(first) else { throw fail("invalid number: expected a digit after '-'") }
        index += 1
        if first == UInt8(ascii: "0"), let next = peek, isDigit(next) {
            throw fail("invalid number: leading zeros are not allowed", at: start)
        }
        skipDigits()
        if peek == UInt8(ascii: ".") {
            index += 1
            guard let next = peek, isDigit(next) else { throw fail("invalid number: expected a digit after '.'") }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard let next = peek, isDigit(next) else { throw fail("invalid number: expected a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func expectInfinity(start: Int) throws(SyntaxError) {
        for byte in "Infinity".utf8 {
            guard peek == byte else { throw fail("invalid literal: expected '-Infinity'", at: start) }
            index += 1
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while let byte = peek, isDigit(byte) { index += 1 }
    }
}
