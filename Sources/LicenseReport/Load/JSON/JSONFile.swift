import Foundation
import LicenseReportCore

/// Reading a dataset's JSON file: bytes, UTF-8 check, byte-order mark, syntax, with each problem recorded
/// as a positioned load error.
enum JSONFile {
    /// Reads and parses the whole file.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayPath: the name used in diagnostics (`folder/license.json`).
    ///   - log: receives `unreadableFile`, `notRegularFile`, `fileTooLarge` (limits: `InputLimits`), `notUTF8`
    ///     (byte offset in the file) or `malformedJSON` (line and column).
    /// - Returns: the root value, or `nil` after recording an error.
    static func load(path: String, displayPath: String, log: inout DiagnosticLog) -> JSONValue? {
        withText(path: path, displayPath: displayPath, log: &log) { bytes throws(JSONParser.SyntaxError) in
            try JSONParser.parse(bytes)
        }
    }

    /// Reads a file whose top level should be an array, handing each element to `element` with its path as
    /// soon as it is parsed (a large usage file never exists as one tree).
    /// - Returns: `.some(nil)` when the top level was an array, `.some(value)` when it was another value
    ///   (the caller reports or accepts it), `nil` after recording an error. Elements before a syntax error
    ///   have been handed over; the error is recorded.
    static func stream(path: String, displayPath: String, log: inout DiagnosticLog,
                       element: (JSONValue, JSONPath) -> Void) -> JSONValue?? {
        withText(path: path, displayPath: displayPath, log: &log) { bytes throws(JSONParser.SyntaxError) in
            try JSONParser.streamArray(bytes) { index, value in element(value, JSONPath.root.appending(index: index)) }
        }
    }

    private static func withText<T>(path: String, displayPath: String, log: inout DiagnosticLog,
                                    parse: (UnsafeBufferPointer<UInt8>) throws(JSONParser.SyntaxError) -> T) -> T? {
        let data: [UInt8]
        switch FileBytes.read(path, displayPath: displayPath, maximumBytes: InputLimits.maximumBytes(forPath: path)) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            log.error(failure.reason, at: SourceLocation(file: displayPath))
            return nil
        }
        return data.withUnsafeBufferPointer { withText($0, displayPath: displayPath, log: &log, parse: parse) }
    }

    /// Parses bytes already in memory (a Web API response), with the checks of a file.
    static func parse(_ data: Data, displayPath: String, log: inout DiagnosticLog) -> JSONValue? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> JSONValue? in
            withText(raw.bindMemory(to: UInt8.self), displayPath: displayPath, log: &log) { bytes throws(JSONParser.SyntaxError) in
                try JSONParser.parse(bytes)
            }
        }
    }

    private static func withText<T>(_ all: UnsafeBufferPointer<UInt8>, displayPath: String, log: inout DiagnosticLog,
                                    parse: (UnsafeBufferPointer<UInt8>) throws(JSONParser.SyntaxError) -> T) -> T? {
        if let offset = UTF8Validation.firstInvalidOffset(all) {
            log.error(.notUTF8(byteOffset: offset), at: SourceLocation(file: displayPath))
            return nil
        }
        let text = UnsafeBufferPointer(rebasing: all[FileBytes.byteOrderMarkLength(all)...])
        do throws(JSONParser.SyntaxError) {
            return try parse(text)
        } catch {
            let position = TextPosition.lineAndColumn(of: error.byteOffset, in: text)
            log.error(.malformedJSON(detail: error.detail),
                      at: SourceLocation(file: displayPath, line: position.line, column: position.column))
            return nil
        }
    }
}
