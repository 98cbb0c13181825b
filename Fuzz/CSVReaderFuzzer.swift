// libFuzzer entry point for the CSV reader (issue 3). Compiled together with the reader's sources by
// Fuzz/run-csv-fuzzer.sh, outside the package: `swiftc -sanitize=fuzzer,address -parse-as-library`.
//
// Each input is read whole and through small chunks (so UTF-8 sequences, CR LF pairs and quote pairs
// are split across reads) and with each forced delimiter. The reader must not crash (the address
// sanitizer catches memory errors, Swift traps catch overflows and bad indexes), must not hang
// (libFuzzer's -timeout), and must either return rows or report a positioned diagnostic; any
// violation traps, and libFuzzer saves the input.

/// Reads `bytes` once and checks the reader's promises; traps on a broken one.
func checkCSVReader(_ bytes: [UInt8], chunkSize: Int, delimiter: Character?) {
    let source = CSVByteSource(bytes: bytes, chunkSize: chunkSize)
    let reader: CSVReader
    do {
        reader = try CSVReader(source: source, displayPath: "fuzz.csv", delimiter: delimiter)
    } catch {
        precondition(!error.diagnostics.isEmpty, "init threw without a diagnostic")
        for diagnostic in error.diagnostics { checkPositioned(diagnostic) }
        return
    }
    var rowReader = reader
    var rows = 0
    var lastLine = 0
    while let row = rowReader.next() {
        rows += 1
        precondition(rows <= bytes.count + 1, "more rows than the input could hold: a loop")
        precondition(row.fields.count == rowReader.header.count, "a returned row with a wrong field count")
        precondition(row.line > lastLine, "rows out of order")
        lastLine = row.line
        for field in row.fields { precondition(field.line >= row.line && field.column >= 1, "bad field position") }
    }
    precondition(rowReader.next() == nil, "rows after the end")
    for diagnostic in rowReader.diagnostics { checkPositioned(diagnostic) }
}

/// Every reader diagnostic names the file and a 1-based line and column.
func checkPositioned(_ diagnostic: Diagnostic) {
    precondition(diagnostic.stage == .load && diagnostic.severity == .error, "unexpected stage or severity")
    guard let location = diagnostic.location, location.file == "fuzz.csv",
          let line = location.line, let column = location.column else {
        preconditionFailure("diagnostic without a position: \(diagnostic)")
    }
    precondition(line >= 1 && column >= 1, "position not 1-based: \(diagnostic)")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func csvReaderFuzzTest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    checkCSVReader(bytes, chunkSize: 1 << 16, delimiter: nil)
    checkCSVReader(bytes, chunkSize: 1, delimiter: nil)
    checkCSVReader(bytes, chunkSize: 3, delimiter: ";")
    checkCSVReader(bytes, chunkSize: 7, delimiter: "\t")
    return 0
}
