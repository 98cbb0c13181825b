/// A strict JSON parser (RFC 8259) over UTF-8 bytes that keeps number lexemes and reports the byte
/// offset of the first syntax error.
///
/// Hand-written instead of `JSONSerialization` because that turns numbers into `Double` (prices must stay
/// exact) and does not say where a malformed document breaks on every platform. Beyond RFC 8259 it
/// accepts the tokens `NaN`, `Infinity` and `-Infinity` as numbers, so that the value rules can report
/// them as not finite at their JSON path. The input must already be valid UTF-8 (see `UTF8Validation`).
package struct JSONParser {
    /// A syntax error: what was expected, at a 0-based byte offset of the parsed bytes.
    package struct SyntaxError: Error, Hashable {
        /// 0-based byte offset of the offending byte (the end of the input for a truncated document).
        package var byteOffset: Int
        /// What is wrong, e.g. "expected ',' or '}' after an object member".
        package var detail: String
    }

    /// Deepest nesting of arrays and objects accepted (guards the stack against hostile input).
    package static let maximumDepth = 256

    /// Longest string (a value or a key) accepted, in bytes as written between the quotes (escapes count
    /// as written): 1 MiB, as a CSV field. Shorter limits for names are value rules of the loaders.
    package static let maximumStringBytes = 1024 * 1024

    package let bytes: UnsafeBufferPointer<UInt8>
    package var index = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Parses a whole document: one value with optional surrounding white space.
    /// - Throws: `SyntaxError` at the first problem.
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        let value = try parser.parseValue()
        try parser.expectEnd()
        return value
    }

    /// Parses a document whose top level is usually an array, handing each element to `body` as soon as it
    /// is parsed, so a large file never exists as one tree. A document that is not an array is parsed
    /// whole and returned instead.
    /// - Returns: `nil` when the top level was an array (its elements went to `body`), else the value.
    /// - Throws: `SyntaxError` at the first problem (elements before it have been handed over).
    package static func streamArray(_ bytes: UnsafeBufferPointer<UInt8>, body: (Int, JSONValue) -> Void) throws(SyntaxError) -> JSONValue? {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        guard parser.peek == UInt8(ascii: "[") else {
            let value = try parser.parseValue()
            try parser.expectEnd()
            return value
        }
        parser.index += 1
        var count = 0
        try parser.parseElements(closing: UInt8(ascii: "]")) { parser throws(SyntaxError) in
            body(count, try parser.parseValue())
            count += 1
        }
        try parser.expectEnd()
        return nil
    }

    // MARK: Values

    package var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    package func fail(_ detail: String, at offset: Int? = nil) -> SyntaxError {
        SyntaxError(byteOffset: offset ?? index, detail: detail)
    }

    private mutating func expectEnd() throws(SyntaxError) {
        skipWhitespace()
        if index < bytes.count { throw fail("unexpected text after the end of the JSON value") }
    }

    package mutating func parseValue() throws(SyntaxError) -> JSONValue {
        skipWhitespace()
        guard let byte = peek else { throw fail("unexpected end of file: expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return .array(try parseArray())
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "N"): try expectWord("NaN"); return .number("NaN")
        case UInt8(ascii: "I"): try expectWord("Infinity"); return .number("Infinity")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw fail("unexpected character \(Self.describe(byte)): expected a value")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(SyntaxError) {
        let start = index
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard peek == byte else { throw fail("invalid literal: expected '\(word)'", at: start) }
            index += 1
        }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw fail("nesting deeper than \(Self.maximumDepth) levels", at: index - 1) }
    }

    /// Parses `element (, element)* closing` after the opening bracket, or an empty list.
    private mutating func parseElements(closing: UInt8, element: (inout JSONParser) throws(SyntaxError) -> Void) throws(SyntaxError) {
        try enter()
        defer { depth -= 1 }
        let what = closing == UInt8(ascii: "]") ? "array element" : "object member"
        skipWhitespace()
        if peek == closing { index += 1; return }
        while true {
            try element(&self)
            skipWhitespace()
            guard let byte = peek else { throw fail("unexpected end of file: expected ',' or '\(Character(UnicodeScalar(closing)))'") }
            index += 1
            if byte == closing { return }
            guard byte == UInt8(ascii: ",") else {
                throw fail("expected ',' or '\(Character(UnicodeScalar(closing)))' after an \(what), found \(Self.describe(byte))", at: index - 1)
            }
            skipWhitespace()
            if peek == closing { throw fail("trailing comma before '\(Character(UnicodeScalar(closing)))'") }
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> [JSONValue] {
        index += 1
        var elements: [JSONValue] = []
        try parseElements(closing: UInt8(ascii: "]")) { parser throws(SyntaxError) in elements.append(try parser.parseValue()) }
        return elements
    }

    private mutating func parseObject() throws(SyntaxError) -> [JSONMember] {
        index += 1
        var members: [JSONMember] = []
        try parseElements(closing: UInt8(ascii: "}")) { parser throws(SyntaxError) in
            parser.skipWhitespace()
            guard parser.peek == UInt8(ascii: "\"") else {
                throw parser.fail(parser.peek.map { "expected a key in double quotes, found \(Self.describe($0))" } ?? "unexpected end of file: expected a key")
            }
            let key = try parser.parseString()
            parser.skipWhitespace()
            guard parser.peek == UInt8(ascii: ":") else { throw parser.fail("expected ':' after the key \"\(key)\"") }
            parser.index += 1
            members.append(JSONMember(key: key, value: try parser.parseValue()))
        }
        return members
    }

    package static func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x20...0x7E: return "'\(Character(UnicodeScalar(byte)))'"
        default: return "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }
}
