import Foundation
import Testing
import TestSupport
@testable import LicenseReport
@testable import LicenseReportCore

/// A malformed input and exactly what the reader must say about it.
struct CSVErrorCase: CustomTestStringConvertible, Sendable {
    var name: String
    var input: [UInt8]
    /// Every diagnostic, printed in full: `file:line:column: error: message`.
    var expected: [String]
    /// The rows that are still returned.
    var rows: [[String]]

    /// `text` (then `bytes`, for input that is not UTF-8) is the input with a marker (see `MarkedText`)
    /// where each diagnostic points; in `expected`, a marker stands for `file:line:column:` of its place.
    init(_ name: String, _ text: String, then bytes: [UInt8] = [], _ expected: [String], rows: [[String]] = []) {
        let marked = MarkedText(text)
        self.name = name
        self.input = marked.bytes + bytes
        self.expected = expected.map { marked.expanding($0, file: file) }
        self.rows = rows
    }

    var testDescription: String { name }
}

/// A well-formed input in one dialect and what it must read as.
struct CSVDialectCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var delimiter: Character
    var header: [String]
    var rows: [[String]]
    /// The line each row starts on.
    var lines: [Int]
    var testDescription: String { name }
}

private let file = CSVTestSupport.displayPath
private let unterminated = "unterminated quoted field: the quote opened here is never closed"
private let strayQuote = "quote inside an unquoted field: quote the whole field and double the quote (\"\")"
private let afterQuote = "text after a closing quote: expected a delimiter or the end of the line"
private let blank = "blank line between rows: delete it (blank lines are allowed only at the end of the file)"
private let emptyFile = "empty file: expected a header line"

private let usage = "Period,Service,Quantity\n"

let csvErrorCases: [CSVErrorCase] = [
    CSVErrorCase("unterminated quote, at the opening quote",
                 usage + "2026-03-04,StorageSpace,41.2\n2026-03-05,1️⃣\"StorageSpace,41.2\n2026-03-06,StorageSpace,40\n",
                 ["1️⃣ error: \(unterminated)"], rows: [["2026-03-04", "StorageSpace", "41.2"]]),
    CSVErrorCase("unterminated quote in the header", "1️⃣\"Period,Service\n1,2\n", ["1️⃣ error: \(unterminated)"]),
    CSVErrorCase("quote inside an unquoted field, at the quote",
                 usage + "2026-03-04,Storage1️⃣\"Space,41.2\n2026-03-05,StorageSpace,40\n",
                 ["1️⃣ error: \(strayQuote)"], rows: [["2026-03-05", "StorageSpace", "40"]]),
    CSVErrorCase("space before an opening quote", "A,B\n 1️⃣\"a\",b\n", ["1️⃣ error: \(strayQuote)"]),
    CSVErrorCase("text after a closing quote", "A,B\n\"x\"1️⃣y,2\n1,2\n", ["1️⃣ error: \(afterQuote)"], rows: [["1", "2"]]),
    CSVErrorCase("non-ASCII text after a closing quote", "A,B\n\"x\"1️⃣ø,2\n", ["1️⃣ error: \(afterQuote)"]),
    CSVErrorCase("more fields than the header, at the first extra field", "A,B\n1,2,1️⃣3\n4,5\n",
                 ["1️⃣ error: expected 2 fields as in the header, found 3"], rows: [["4", "5"]]),
    CSVErrorCase("fewer fields than the header, at column 1", "A,B,C\n1️⃣1,2\n",
                 ["1️⃣ error: expected 3 fields as in the header, found 2"]),
    CSVErrorCase("empty header name", "Period,1️⃣,Quantity\n1,2,3\n",
                 ["1️⃣ error: empty header name in column 2"], rows: [["1", "2", "3"]]),
    CSVErrorCase("header name of spaces only", "1️⃣ ,B\n1,2\n", ["1️⃣ error: empty header name in column 1"], rows: [["1", "2"]]),
    CSVErrorCase("duplicated header, case-insensitive and trimmed", "Period,Service,1️⃣ period \n1,2,3\n",
                 ["1️⃣ error: duplicated header 'period'"], rows: [["1", "2", "3"]]),
    CSVErrorCase("empty file", "1️⃣", ["1️⃣ error: \(emptyFile)"]),
    CSVErrorCase("byte-order mark only", "\u{FEFF}1️⃣", ["1️⃣ error: \(emptyFile)"]),
    CSVErrorCase("blank lines only", "1️⃣\n\r\n\n", ["1️⃣ error: \(emptyFile)"]),
    CSVErrorCase("not UTF-8 (Latin-1 é)", "A,B\n1,caf1️⃣", then: [0xE9] + Array("\n".utf8),
                 ["1️⃣ error: not UTF-8: invalid byte sequence at byte offset 9; save the file as UTF-8"]),
    CSVErrorCase("not UTF-8 after a BOM and ø", "\u{FEFF}Navn;Verdi\nBjørn;1️⃣", then: [0xFF, 0x0A],
                 ["1️⃣ error: not UTF-8: invalid byte sequence at byte offset 21; save the file as UTF-8"]),
    CSVErrorCase("not UTF-8: truncated at the end", "A\n1️⃣", then: [0xC3],
                 ["1️⃣ error: not UTF-8: invalid byte sequence at byte offset 2; save the file as UTF-8"]),
    CSVErrorCase("not UTF-8: a surrogate", "A\nok\n1️⃣", then: [0xED, 0xA0, 0x80],
                 ["1️⃣ error: not UTF-8: invalid byte sequence at byte offset 5; save the file as UTF-8"],
                 rows: [["ok"]]),
    CSVErrorCase("not UTF-8 in the header", "A1️⃣", then: [0xC0, 0x80], [
        "1️⃣ error: not UTF-8: invalid byte sequence at byte offset 1; save the file as UTF-8",
    ]),
    CSVErrorCase("blank line between rows", "A\n1\n1️⃣\n2\n", ["1️⃣ error: \(blank)"], rows: [["1"], ["2"]]),
    CSVErrorCase("a run of blank CR LF lines is one error", "A,B\r\n1,2\r\n1️⃣\r\n\r\n3,4\r\n",
                 ["1️⃣ error: \(blank)"], rows: [["1", "2"], ["3", "4"]]),
    CSVErrorCase("blank line before the header", "1️⃣\nA\n1\n", ["1️⃣ error: \(blank)"], rows: [["1"]]),
    CSVErrorCase("field longer than 1 MiB", "A,B\n1️⃣\"" + String(repeating: "x", count: 1024 * 1024 + 1) + "\",1\n2,3\n",
                 ["1️⃣ error: field longer than 1048576 bytes: check for a missing closing quote"], rows: [["2", "3"]]),
    CSVErrorCase("every error of one run, in file order", "A,B\n1,2,1️⃣3\n\"x\"2️⃣y,2\n3️⃣4\n4️⃣\n5,6\n", [
        "1️⃣ error: expected 2 fields as in the header, found 3",
        "2️⃣ error: \(afterQuote)",
        "3️⃣ error: expected 2 fields as in the header, found 1",
        "4️⃣ error: \(blank)",
    ], rows: [["5", "6"]]),
    CSVErrorCase("an error after a quoted line break counts lines", "A,B\n\"x\ny\"1️⃣q,z\n",
                 ["1️⃣ error: \(afterQuote)"]),
]

let csvDialectCases: [CSVDialectCase] = [
    CSVDialectCase(name: "comma, LF, final newline", text: usage + "2026-03-04,StorageSpace,41.2\n2026-03-05,StorageSpace,41.5\n",
                   delimiter: ",", header: ["Period", "Service", "Quantity"],
                   rows: [["2026-03-04", "StorageSpace", "41.2"], ["2026-03-05", "StorageSpace", "41.5"]], lines: [2, 3]),
    CSVDialectCase(name: "comma, no final newline", text: usage + "2026-03,ActiveUsers,12",
                   delimiter: ",", header: ["Period", "Service", "Quantity"], rows: [["2026-03", "ActiveUsers", "12"]], lines: [2]),
    CSVDialectCase(name: "semicolon, BOM, CR LF, decimal comma, æøå",
                   text: "\u{FEFF}Period;Service;Quantity\r\n2026-03;ActiveUsers;12\r\n2026-03-04;StorageSpace;41,2\r\n",
                   delimiter: ";", header: ["Period", "Service", "Quantity"],
                   rows: [["2026-03", "ActiveUsers", "12"], ["2026-03-04", "StorageSpace", "41,2"]], lines: [2, 3]),
    CSVDialectCase(name: "semicolon, BOM, LF, no final newline", text: "\u{FEFF}Navn;By\nBjørn Ås;Tromsø",
                   delimiter: ";", header: ["Navn", "By"], rows: [["Bjørn Ås", "Tromsø"]], lines: [2]),
    CSVDialectCase(name: "tab", text: "Period\tService\tQuantity\n2026-03\tChatSessions\t7",
                   delimiter: "\t", header: ["Period", "Service", "Quantity"], rows: [["2026-03", "ChatSessions", "7"]], lines: [2]),
    CSVDialectCase(name: "CR LF, LF and CR mixed", text: "A,B\r\n1,2\n3,4\r5,6\r\n",
                   delimiter: ",", header: ["A", "B"], rows: [["1", "2"], ["3", "4"], ["5", "6"]], lines: [2, 3, 4]),
    CSVDialectCase(name: "quoted line breaks move the next rows' lines",
                   text: "Name,Note\n\"Ærø\",\"line one\nline two\"\nBø,\"a\r\nb\"\nÅs,plain\n",
                   delimiter: ",", header: ["Name", "Note"],
                   rows: [["Ærø", "line one\nline two"], ["Bø", "a\r\nb"], ["Ås", "plain"]], lines: [2, 4, 6]),
    CSVDialectCase(name: "quoted delimiters, doubled quotes, empty quoted field",
                   text: "A,B,C\n\"a,b\",\"say \"\"hi\"\"\",\"\"\n", delimiter: ",", header: ["A", "B", "C"],
                   rows: [["a,b", "say \"hi\"", ""]], lines: [2]),
    CSVDialectCase(name: "blank lines at the end are ignored", text: "A\n1\n\n\r\n\n",
                   delimiter: ",", header: ["A"], rows: [["1"]], lines: [2]),
    CSVDialectCase(name: "header names trimmed", text: " Period ,\tService\t,Quantity\n1,2,3",
                   delimiter: ",", header: ["Period", "Service", "Quantity"], rows: [["1", "2", "3"]], lines: [2]),
    CSVDialectCase(name: "a tie goes to the comma", text: "a,b;c\n1,2;3\n",
                   delimiter: ",", header: ["a", "b;c"], rows: [["1", "2;3"]], lines: [2]),
    CSVDialectCase(name: "semicolon beats comma; quoted commas do not count", text: "\"a,b,c\";d;e,f\n1;2;3\n",
                   delimiter: ";", header: ["a,b,c", "d", "e,f"], rows: [["1", "2", "3"]], lines: [2]),
    CSVDialectCase(name: "a single column uses the comma", text: "Period\n2026-03\n",
                   delimiter: ",", header: ["Period"], rows: [["2026-03"]], lines: [2]),
    CSVDialectCase(name: "empty fields", text: "A,B,C\n,,\n", delimiter: ",", header: ["A", "B", "C"], rows: [["", "", ""]], lines: [2]),
    CSVDialectCase(name: "lone CR line breaks", text: "A;B\r1;2\r", delimiter: ";", header: ["A", "B"], rows: [["1", "2"]], lines: [2]),
]

@Suite struct CSVReaderTests {
    @Test(arguments: csvErrorCases)
    func reportsEveryErrorWithItsPosition(_ test: CSVErrorCase) throws {
        let outcome = CSVTestSupport.read(path: try CSVTestSupport.write(test.input))
        #expect(outcome.printed == test.expected)
        #expect(outcome.values == test.rows)
        #expect(outcome.diagnostics.allSatisfy { $0.stage == .load && $0.severity == .error && $0.location?.file == file })
        // The same through tiny chunks: a split UTF-8 sequence, CR LF pair or quote pair changes nothing.
        for chunkSize in [1, 2, 3, 5] {
            let chunked = CSVTestSupport.read(bytes: test.input, chunkSize: chunkSize)
            #expect(chunked.printed == test.expected, "chunk size \(chunkSize)")
            #expect(chunked.values == test.rows, "chunk size \(chunkSize)")
        }
    }

    @Test func wholeDiagnosticOfAnUnterminatedQuote() throws {
        let input = MarkedText("A,B\n1,1️⃣\"2\n")
        let outcome = try CSVTestSupport.read(input.text)
        let location = LicenseReport.SourceLocation(file: file, line: input["1️⃣"].line, column: input["1️⃣"].column)
        #expect(outcome.diagnostics == [Diagnostic(.unterminatedQuote, at: location)])
    }

    @Test(arguments: csvDialectCases)
    func readsEveryDialect(_ test: CSVDialectCase) throws {
        let bytes = Array(test.text.utf8)
        var outcomes = [CSVTestSupport.read(path: try CSVTestSupport.write(bytes))]
        outcomes += [1, 2, 3, 7].map { CSVTestSupport.read(bytes: bytes, chunkSize: $0) }
        for outcome in outcomes {
            #expect(outcome.printed == [])
            #expect(outcome.delimiter == test.delimiter)
            #expect(outcome.header == test.header)
            #expect(outcome.values == test.rows)
            #expect(outcome.rows.map(\.line) == test.lines)
        }
    }

    @Test func readsAFileOfManyChunks() throws {
        let rows = (0..<20_000).map { "2026-03-\(String(format: "%02d", $0 % 28 + 1)),StorageSpace,\($0).5\r\n" }
        let outcome = try CSVTestSupport.read("\u{FEFF}" + usage + rows.joined())
        #expect(outcome.printed == [])
        #expect(outcome.rows.count == 20_000)
        #expect(outcome.rows.last?.line == 20_001)
        #expect(outcome.values.last == ["2026-03-08", "StorageSpace", "19999.5"])
        #expect(outcome.rows.last?.fields.map(\.column) == [1, 12, 25])
    }

    @Test func columnsCountCharactersFromTheLineStart() throws {
        let input = MarkedText("Navn;By;Antall\n1️⃣Bjørn Ås;2️⃣Tromsø;3️⃣3\n4️⃣e\u{301}🇳🇴;5️⃣\"x\ny\";6️⃣z\n")
        let outcome = try CSVTestSupport.read(input.text)
        #expect(outcome.printed == [])
        let positions = outcome.rows.map { $0.fields.map { [$0.line, $0.column] } }
        let marked = [["1️⃣", "2️⃣", "3️⃣"], ["4️⃣", "5️⃣", "6️⃣"]].map { $0.map { [input[$0].line, input[$0].column] } }
        #expect(positions == marked)
    }

    @Test func headerFieldsKeepTheirPositions() throws {
        let input = MarkedText("\u{FEFF}1️⃣Period;2️⃣ Service;3️⃣\"Quantity\"\n")
        var reader = try CSVReader(bytes: input.bytes, displayPath: file, delimiter: nil)
        #expect(reader.header == [
            CSVField(value: "Period", line: input["1️⃣"].line, column: input["1️⃣"].column),
            CSVField(value: "Service", line: input["2️⃣"].line, column: input["2️⃣"].column),
            CSVField(value: "Quantity", line: input["3️⃣"].line, column: input["3️⃣"].column),
        ])
        #expect(reader.next() == nil)
        #expect(reader.diagnostics == [])
    }

    @Test func forcedDelimiterOverridesDetection() throws {
        let outcome = try CSVTestSupport.read("a,b;c\n1,2;3\n", delimiter: ";")
        #expect(outcome.header == ["a,b", "c"])
        #expect(outcome.values == [["1,2", "3"]])
        #expect(outcome.delimiter == ";")
    }

    @Test func forcedDelimiterMustBeCommaSemicolonOrTab() throws {
        let outcome = try CSVTestSupport.read("a|b\n", delimiter: "|")
        #expect(outcome.printed == ["error: invalid value '|' for --csv-delimiter: expected ',', ';' or a tab"])
        #expect(outcome.diagnostics.map(\.stage) == [.commandLine])
    }

    @Test func missingFileIsUnreadable() throws {
        let folder = try temporaryFolder("csv-reader-tests")
        let outcome = CSVTestSupport.read(path: folder.appendingPathComponent("usage.csv").path)
        #expect(outcome.printed == ["\(file): error: cannot read file: \(file): No such file or directory"])
    }

    @Test func folderIsUnreadable() throws {
        let outcome = CSVTestSupport.read(path: try temporaryFolder("csv-reader-tests").path)
        #expect(outcome.printed == ["\(file): error: usage.csv is not a regular file but a folder: a dataset file must be a regular file (or a link to one)"])
    }

    @Test(arguments: [
        (" period ", 0), ("QUANTITY", 2), ("service", 1), ("Missing", nil),
    ] as [(String, Int?)])
    func columnLookupIgnoresCaseAndSpaces(name: String, index: Int?) throws {
        let reader = try CSVReader(bytes: Array("Period, Service ,quantity\n".utf8), displayPath: file, delimiter: nil)
        #expect(reader.columnIndex(name) == index)
    }

    @Test func checkColumnsReportsMissingAndUnknownColumns() throws {
        let input = MarkedText("1️⃣period,Quantity,2️⃣Extra,note\n")
        var reader = try CSVReader(bytes: input.bytes, displayPath: file, delimiter: nil)
        #expect(reader.checkColumns(required: ["Period", "Service", "Quantity"], optional: ["Note"]) == nil)
        #expect(reader.diagnostics.map(\.description) == [
            input.expanding("1️⃣ error: missing column 'Service' in the header", file: file),
            input.expanding("2️⃣ warning: unknown field 'Extra' is ignored", file: file),
        ])
        #expect(reader.diagnostics.map(\.severity) == [.error, .warning])
    }

    @Test func checkColumnsReturnsTheRequiredIndexes() throws {
        var reader = try CSVReader(bytes: Array("Quantity;Period;Service\n".utf8), displayPath: file, delimiter: nil)
        #expect(reader.checkColumns(required: ["Period", "Service", "Quantity"]) == [1, 2, 0])
        #expect(reader.diagnostics == [])
        #expect(reader.columnIndexes(["service", "Note"]) == [2, nil])
    }
}
