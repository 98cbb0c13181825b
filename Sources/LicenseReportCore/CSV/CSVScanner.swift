/// The byte-level state machine under `CSVReader`: splits the stream into records and fields, tracks
/// line and column, validates UTF-8, and records every structural problem as a diagnostic.
///
/// Only ASCII bytes (`"`, the delimiter, CR, LF) have a meaning in CSV, and in UTF-8 no byte of a
/// multi-byte sequence is ASCII, so the machine works on bytes and decodes each field's bytes once.
///
/// Blank lines are not records: a run of them is remembered and reported (`.blankLine`, at its first
/// line) as soon as a non-blank record starts after it; a run at the end of the file is ignored.
package struct CSVScanner {
    /// A record as scanned: the first `maximumFields` fields, how many there were, and whether a
    /// problem in it was already reported (then the reader drops it).
    package struct Record {
        var fields: [CSVField]
        var fieldCount: Int
        var line: Int
        var hadError: Bool
    }

    package enum State {
        case fieldStart, unquoted, quoted, afterClosingQuote
    }

    /// Longest field kept, in bytes (1 MiB); a longer one is reported as `.fieldTooLong`.
    package static let maximumFieldBytes = 1024 * 1024
    /// How far delimiter detection looks for the end of the header line (1 MiB).
    package static let detectionLimit = 1024 * 1024

    package static let quote = UInt8(ascii: "\"")
    package static let lineFeed = UInt8(ascii: "\n")
    package static let carriageReturn = UInt8(ascii: "\r")

    package let displayPath: String
    package let source: CSVByteSource
    /// The delimiter byte (`,`, `;` or tab).
    package var delimiter = UInt8(ascii: ",")
    /// Every problem found, in file order.
    package var diagnostics: [Diagnostic] = []
    /// True after the end of the input or after a problem that ends reading.
    private(set) var isFinished = false

    // Input and position.
    package var chunk: [UInt8] = []
    package var index = 0
    /// 0-based file offset of `chunk[index]`.
    package var byteOffset = 0
    package var line = 1
    package var columns = CSVColumnCounter()
    package var lastWasCR = false
    package var utf8 = UTF8StreamValidator()
    /// Bytes of the scalar being validated (for the column counter).
    package var scalar: [UInt8] = []
    /// First line of a run of blank lines not yet known to be at the end.
    package var blankRunLine: Int?

    // The record being scanned.
    package var state = State.fieldStart
    package var fields: [CSVField] = []
    package var fieldCount = 0
    package var maximumFields = Int.max
    package var fieldBytes: [UInt8] = []
    package var fieldLine = 1
    package var fieldColumn = 1
    package var fieldOverflow = false
    package var recordLine = 1
    package var recordStarted = false
    package var recordError = false

    /// A scanner over `source`; call `prepare` before the first record.
    package init(source: CSVByteSource, displayPath: String) {
        self.source = source
        self.displayPath = displayPath
        fieldBytes.reserveCapacity(256)
    }

    /// A location in this file.
    package func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }

    /// Records an error (stage `.load`).
    package mutating func report(_ reason: Reason, line: Int, column: Int) {
        diagnostics.append(Diagnostic(reason, at: location(line: line, column: column)))
    }

    /// Scans the next non-blank record.
    /// - Parameter maximumFields: fields kept at most (the rest are only counted), so a runaway row
    ///   cannot exhaust memory.
    /// - Returns: the record, or `nil` at the end of the input or after a problem that ends reading.
    package mutating func nextRecord(maximumFields: Int) -> Record? {
        guard !isFinished else { return nil }
        self.maximumFields = maximumFields
        state = .fieldStart
        fields = []  // the last record's array went to the caller: start a fresh one
        fields.reserveCapacity(min(maximumFields, 64))
        fieldCount = 0
        recordStarted = false
        recordError = false
        while true {
            if index == chunk.count {
                guard refill() else { return finishAtEnd() }
            }
            if (state == .unquoted || state == .quoted) && utf8.isIdle && consumePlainRun() { continue }
            let byte = chunk[index]
            index += 1
            let offset = byteOffset
            byteOffset += 1
            if byte < 0x80 && utf8.isIdle {
                if consumeASCII(byte) { return takeRecord() }
                continue
            }
            lastWasCR = false
            switch utf8.consume(byte, at: offset) {
            case let .invalid(lead):
                report(.notUTF8(byteOffset: lead), line: line, column: columns.column)
                isFinished = true
                return nil
            case .incomplete:
                if scalar.isEmpty { startNonASCII() }
                scalar.append(byte)
                appendToField(byte)
            case .complete:
                if scalar.isEmpty { startNonASCII() }
                scalar.append(byte)
                appendToField(byte)
                columns.advanceScalar(scalar)
                scalar.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Replaces the chunk with the next one.
    /// - Returns: false at the end of the input or on a read error (then reported).
    private mutating func refill() -> Bool {
        chunk.removeAll(keepingCapacity: true)
        index = 0
        switch source.append(to: &chunk) {
        case let .success(count):
            return count > 0
        case let .failure(failure):
            report(failure.reason(displayPath: displayPath), line: line, column: columns.column)
            isFinished = true
            return false
        }
    }

    /// The end of the input (or a read error): finishes the last record when it has content.
    private mutating func finishAtEnd() -> Record? {
        if isFinished { return nil }
        isFinished = true
        if let lead = utf8.truncatedSequenceOffset() {
            report(.notUTF8(byteOffset: lead), line: line, column: columns.column)
            return nil
        }
        if state == .quoted {
            report(.unterminatedQuote, line: fieldLine, column: fieldColumn)
            return nil
        }
        guard recordStarted else { return nil }
        endField()
        return takeRecord()
    }

    private mutating func takeRecord() -> Record {
        Record(fields: fields, fieldCount: fieldCount, line: recordLine, hadError: recordError)
    }
}
