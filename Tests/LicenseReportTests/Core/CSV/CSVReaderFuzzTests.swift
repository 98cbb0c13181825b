import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import LicenseReport

/// Property-based fuzzing of the CSV reader (issue 3), and the replay of every input the libFuzzer
/// target (Fuzz/run-csv-fuzzer.sh) ever saved.
@Suite struct CSVReaderFuzzTests {
    /// Bytes that mean something to the reader, and some that are not UTF-8.
    static let tokens: [[UInt8]] = [
        "\"", "\"\"", ",", ";", "\t", "\r", "\n", "\r\n", "\u{FEFF}", "a", "41.2", "2026-03-04", " ",
        "æ", "ø", "å", "e\u{301}", "🇳🇴", "StorageSpace",
    ].map { Array($0.utf8) } + [[0xE9], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF0, 0x9F], [0x00]]

    static let csvLikeBytes = Gen.element(of: tokens).map { $0 ?? [] }.array(of: 0...60).map { Array($0.joined()) }
    static let randomBytes = Gen<UInt8>.value(in: 0...255).array(of: 0...200)

    @Test func randomBytesNeverCrashAndAlwaysExplainThemselves() async {
        await propertyCheck(count: 400, input: Self.randomBytes, Gen.int(in: 1...9)) { bytes, chunkSize in
            Self.checkInvariants(bytes, chunkSize: chunkSize)
        }
    }

    @Test func malformedCSVNeverCrashesAndAlwaysExplainsItself() async {
        await propertyCheck(count: 800, input: Self.csvLikeBytes, Gen.int(in: 1...9)) { bytes, chunkSize in
            Self.checkInvariants(bytes, chunkSize: chunkSize)
        }
    }

    /// Any table, written correctly in any dialect, reads back exactly, without diagnostics.
    @Test func wellFormedTablesReadBackExactly() async {
        let cell = Gen.element(of: ["a", "Z", "1", " ", ",", ";", "\t", "\"", "\r", "\n", "\r\n", "æ", "ø", "e\u{301}", "41,2", "🇳🇴"])
            .map { $0 ?? "" }.array(of: 0...5).map { $0.joined() }
        await propertyCheck(count: 300, input: cell.array(of: 0...30), Gen.int(in: 1...5), Gen.int(in: 0...9999)) { cells, columns, options in
            let table = stride(from: 0, to: cells.count - cells.count % columns, by: columns).map { Array(cells[$0..<$0 + columns]) }
            let dialect = CSVTestDialect(options: options)
            let bytes = dialect.encode(header: (0..<columns).map { "c\($0)" }, rows: table)
            let outcome = CSVTestSupport.read(bytes: bytes, chunkSize: dialect.chunkSize, delimiter: columns == 1 ? dialect.delimiter : nil)
            #expect(outcome.printed == [])
            #expect(outcome.delimiter == dialect.delimiter)
            #expect(outcome.values == table)
        }
    }

    /// Every input the libFuzzer target saved still reads without breaking a promise.
    @Test func savedFuzzerInputsStillPass() throws {
        // Fuzz/run-csv-fuzzer.sh writes here.
        let folder = Repository.url("Tests/LicenseReportTests/FuzzRegressions/csv")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(!names.isEmpty, "the regression folder holds at least the seed regressions")
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            for chunkSize in [1, 3, 7, 65536] { Self.checkInvariants(bytes, chunkSize: chunkSize, name: name) }
        }
    }

    /// The reader's promises for any input: no crash or loop; every returned row has the header's
    /// field count and a later line than the one before; every diagnostic is a load error at
    /// file:line:column with 1-based numbers; and when it returns no rows and reports nothing, the input
    /// really was a header alone.
    static func checkInvariants(_ bytes: [UInt8], chunkSize: Int, name: String = "") {
        let outcome = CSVTestSupport.read(bytes: bytes, chunkSize: chunkSize)
        for diagnostic in outcome.diagnostics {
            #expect(diagnostic.stage == .load && diagnostic.severity == .error, "\(name) \(diagnostic)")
            let location = diagnostic.location
            #expect(location?.file == CSVTestSupport.displayPath && (location?.line ?? 0) >= 1 && (location?.column ?? 0) >= 1,
                    "\(name): not positioned: \(diagnostic)")
        }
        var lastLine = 0
        for row in outcome.rows {
            #expect(row.fields.count == outcome.header.count, "\(name)")
            #expect(row.line > lastLine, "\(name)")
            lastLine = row.line
        }
        if outcome.rows.isEmpty && outcome.diagnostics.isEmpty {
            #expect(!outcome.header.isEmpty, "\(name): nothing read and nothing reported")
        }
        // Reading the same bytes whole gives the same answer as reading them in small chunks.
        let whole = CSVTestSupport.read(bytes: bytes, chunkSize: 1 << 16)
        #expect(whole.printed == outcome.printed, "\(name)")
        #expect(whole.rows == outcome.rows, "\(name)")
    }
}

/// A correct CSV writer for the round-trip property, its dialect chosen from one random number.
struct CSVTestDialect {
    var delimiter: Character
    var lineBreak: String
    var byteOrderMark: Bool
    var finalLineBreak: Bool
    var quoteEverything: Bool
    var chunkSize: Int

    init(options: Int) {
        delimiter = [",", ";", "\t"][options % 3]
        lineBreak = ["\n", "\r\n", "\r"][options / 3 % 3]
        byteOrderMark = options / 9 % 2 == 1
        finalLineBreak = options / 18 % 2 == 1
        quoteEverything = options / 36 % 2 == 1
        chunkSize = 1 + options / 72 % 8
    }

    func encode(header: [String], rows: [[String]]) -> [UInt8] {
        let lines = ([header] + rows).map { fields in
            fields.map { quoted($0, alone: fields.count == 1) }.joined(separator: String(delimiter))
        }
        let text = (byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: lineBreak) + (finalLineBreak ? lineBreak : "")
        return Array(text.utf8)
    }

    /// Quotes a field when it must be (RFC 4180), or always; a lone empty field is quoted so its line is not blank.
    private func quoted(_ field: String, alone: Bool) -> String {
        let special = field.unicodeScalars.contains { "\"\r\n".unicodeScalars.contains($0) || Character($0) == delimiter }
        guard quoteEverything || special || (alone && field.isEmpty) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
