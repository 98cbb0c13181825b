import Foundation
import TestSupport
@testable import LicenseReport

/// Writes test inputs into a fresh temporary folder and reads them back with `CSVReader`.
enum CSVTestSupport {
    /// The display path every test file is reported under.
    static let displayPath = "acme/usage.csv"

    /// What a read produced: the header names, the rows' values, the rows, the diagnostics (as printed).
    struct Outcome {
        var delimiter: Character
        var header: [String]
        var rows: [CSVRow]
        var diagnostics: [Diagnostic]

        var values: [[String]] { rows.map { $0.fields.map(\.value) } }
        var printed: [String] { diagnostics.map(\.description) }
    }

    /// Writes `bytes` to `usage.csv` in a temporary folder and returns its path.
    static func write(_ bytes: [UInt8]) throws -> String {
        let file = try temporaryFolder("csv-reader-tests").appendingPathComponent("usage.csv")
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Reads a file; a thrown `DiagnosticError` becomes the outcome's diagnostics.
    static func read(path: String, delimiter: Character? = nil) -> Outcome {
        do {
            var reader = try CSVReader(path: path, displayPath: displayPath, delimiter: delimiter)
            return drain(&reader)
        } catch {
            return Outcome(delimiter: ",", header: [], rows: [], diagnostics: error.diagnostics)
        }
    }

    /// Writes `text` to a temporary file and reads it.
    static func read(_ text: String, delimiter: Character? = nil) throws -> Outcome {
        read(path: try write(Array(text.utf8)), delimiter: delimiter)
    }

    /// Reads bytes from memory, `chunkSize` bytes per read (to split sequences across chunks).
    static func read(bytes: [UInt8], chunkSize: Int, delimiter: Character? = nil) -> Outcome {
        do {
            let source = CSVByteSource(bytes: bytes, chunkSize: chunkSize)
            var reader = try CSVReader(source: source, displayPath: displayPath, delimiter: delimiter)
            return drain(&reader)
        } catch {
            return Outcome(delimiter: ",", header: [], rows: [], diagnostics: error.diagnostics)
        }
    }

    /// Reads every row; stops (and reports a hang) after more rows than the input could hold.
    static func drain(_ reader: inout CSVReader, limit: Int = 1_000_000) -> Outcome {
        var rows: [CSVRow] = []
        while let row = reader.next() {
            rows.append(row)
            precondition(rows.count <= limit, "CSVReader returned more rows than the input holds")
        }
        return Outcome(delimiter: reader.delimiter, header: reader.header.map(\.value), rows: rows, diagnostics: reader.diagnostics)
    }
}
