/// The parser's promises for any input, in one place for the two that check them: the libFuzzer target
/// (Fuzz/JSONParserFuzzer.swift, compiled with this target alone) and the replay of its saved inputs in
/// `swift test` (JSONParserFuzzRegressionTests).
extension JSONParser {
    /// Parses `bytes` (valid UTF-8) both ways and returns the first broken promise, `nil` when all hold:
    /// - a syntax error has a non-empty detail and an offset within the input (its end for a truncated one);
    /// - `streamArray` agrees with `parse`: the same elements in order, the same value, or the same error;
    /// - no string of the value is longer than `maximumStringBytes`, no nesting deeper than `maximumDepth`;
    /// - the value, written out by `write`, parses back to itself (for strings whose written form stays
    ///   within the limit, as every fuzzer input does: they are at most a few kilobytes).
    package static func brokenPromise(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let whole = Result { () throws(SyntaxError) in try parse(bytes) }
        var streamed: [JSONValue] = []
        let stream = Result { () throws(SyntaxError) in try streamArray(bytes) { index, value in
            if index == streamed.count { streamed.append(value) }
        } }
        switch (whole, stream) {
        case (.failure(let error), .failure(let streamError)):
            if error.detail.isEmpty { return "a syntax error without a detail" }
            if !(0...bytes.count).contains(error.byteOffset) { return "offset \(error.byteOffset) outside 0...\(bytes.count)" }
            if error != streamError { return "parse and streamArray disagree: \(error) vs \(streamError)" }
            return nil
        case (.success(let value), .success(let other)):
            if case .array(let elements) = value {
                if other != nil || elements != streamed { return "streamArray handed over other elements than parse returned" }
            } else if other != value {
                return "streamArray returned another value than parse"
            }
            if let problem = sizeProblem(value, depth: 0) { return problem }
            let text = Array(write(value).utf8)
            let reparsed = text.withUnsafeBufferPointer { written in Result { () throws(SyntaxError) in try parse(written) } }
            guard case .success(let again) = reparsed, again == value else { return "the written value does not parse back to itself" }
            return nil
        default:
            return "parse and streamArray disagree on whether the input is JSON"
        }
    }

    /// The value as JSON text: strings with `"`, `\` and control characters escaped, numbers as their lexeme.
    package static func write(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let lexeme): return lexeme
        case .string(let text): return quoted(text)
        case .array(let elements): return "[" + elements.map(write).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { quoted($0.key) + ":" + write($0.value) }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func sizeProblem(_ value: JSONValue, depth: Int) -> String? {
        switch value {
        case .string(let text) where text.utf8.count > maximumStringBytes:
            return "a string of \(text.utf8.count) bytes"
        case .array(let elements):
            if depth >= maximumDepth { return "nesting deeper than \(maximumDepth)" }
            return elements.lazy.compactMap { sizeProblem($0, depth: depth + 1) }.first
        case .object(let members):
            if depth >= maximumDepth { return "nesting deeper than \(maximumDepth)" }
            if let key = members.first(where: { $0.key.utf8.count > maximumStringBytes }) { return "a key of \(key.key.utf8.count) bytes" }
            return members.lazy.compactMap { sizeProblem($0.value, depth: depth + 1) }.first
        default:
            return nil
        }
    }
}
