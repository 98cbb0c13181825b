/// The per-byte rules of RFC 4180 (section 2), made strict:
/// - a field that starts with `"` is quoted: delimiters and line breaks inside it are data, `""` is one `"`;
/// - after the closing quote only a delimiter, a line break or the end of the file may follow
///   (`.textAfterClosingQuote` otherwise);
/// - a `"` inside a field that did not start with one is `.quoteInUnquotedField` (spaces before an
///   opening quote make the field unquoted, so ` "a"` is reported too);
/// - a quoted field still open at the end of the file is `.unterminatedQuote` at its opening quote.
/// At most one problem is reported per record; the scan goes on to the end of the record so that the
/// next record starts in the right place, and the record is marked so the reader drops it.
/// Line breaks are LF, CR LF or a lone CR, mixed freely.
extension CSVScanner {
    /// Handles one ASCII byte while no UTF-8 sequence is open.
    /// - Returns: true when the byte ended a record.
    @inline(__always)
    package mutating func consumeASCII(_ byte: UInt8) -> Bool {
        if byte == Self.lineFeed {
            if lastWasCR {
                // The LF of a CR LF pair: the line already advanced at the CR.
                lastWasCR = false
                if state == .quoted { appendToField(byte) }
                return false
            }
            return lineBreak(byte)
        }
        if byte == Self.carriageReturn {
            let ended = lineBreak(byte)
            lastWasCR = true
            return ended
        }
        lastWasCR = false
        startRecordIfNeeded()
        switch state {
        case .fieldStart:
            if byte == delimiter {
                endField()
            } else {
                beginField()
                if byte == Self.quote {
                    state = .quoted
                } else {
                    state = .unquoted
                    appendToField(byte)
                }
            }
        case .unquoted:
            if byte == delimiter {
                endField()
            } else {
                if byte == Self.quote { reportInRecord(.quoteInUnquotedField) }
                appendToField(byte)
            }
        case .quoted:
            if byte == Self.quote { state = .afterClosingQuote } else { appendToField(byte) }
        case .afterClosingQuote:
            if byte == Self.quote {
                appendToField(byte)
                state = .quoted
            } else if byte == delimiter {
                endField()
            } else {
                reportInRecord(.textAfterClosingQuote)
                appendToField(byte)
                state = .unquoted
            }
        }
        columns.advanceASCII(byte)
        return false
    }

    /// The fast path inside a field: takes the run of ASCII bytes up to the next byte that may mean
    /// something (delimiter, quote, CR, LF, or non-ASCII) in one step.
    /// - Returns: false when the next byte is such a byte (the caller handles it alone).
    @inline(__always)
    package mutating func consumePlainRun() -> Bool {
        let start = index
        var end = start
        let delimiter = self.delimiter
        while end < chunk.count {
            let byte = chunk[end]
            if byte >= 0x80 || byte == delimiter || byte == Self.quote || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            end += 1
        }
        guard end > start else { return false }
        let room = Self.maximumFieldBytes - fieldBytes.count
        if end - start > room { fieldOverflow = true }
        let kept = min(end - start, room)
        chunk.withUnsafeBufferPointer { buffer in
            fieldBytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<start + kept]))
        }
        columns.advanceASCIIRun(first: chunk[start], last: chunk[end - 1], count: end - start)
        byteOffset += end - start
        index = end
        lastWasCR = false
        return true
    }

    /// The lead byte of a non-ASCII scalar: ordinary field content.
    package mutating func startNonASCII() {
        startRecordIfNeeded()
        switch state {
        case .fieldStart:
            beginField()
            state = .unquoted
        case .afterClosingQuote:
            reportInRecord(.textAfterClosingQuote)
            state = .unquoted
        case .unquoted, .quoted:
            break
        }
    }

    /// CR or LF (not the LF of CR LF). Inside quotes it is data; else it ends the record, or a blank line.
    /// - Returns: true when a record ended.
    private mutating func lineBreak(_ byte: UInt8) -> Bool {
        defer {
            line += 1
            columns.reset()
        }
        if state == .quoted {
            appendToField(byte)
            return false
        }
        guard recordStarted else {
            if blankRunLine == nil { blankRunLine = line }
            return false
        }
        endField()
        return true
    }

    /// The first character of a record: reports a blank-line run before it.
    @inline(__always)
    private mutating func startRecordIfNeeded() {
        guard !recordStarted else { return }
        recordStarted = true
        recordLine = line
        if let blank = blankRunLine {
            report(.blankLine, line: blank, column: 1)
            blankRunLine = nil
        }
    }

    /// Marks the current position as the start of a field (its opening quote if quoted).
    private mutating func beginField() {
        fieldLine = line
        fieldColumn = columns.column
        if !fieldBytes.isEmpty { fieldBytes.removeAll(keepingCapacity: true) }
        fieldOverflow = false
    }

    /// Keeps a byte of the field's value, up to `maximumFieldBytes`.
    @inline(__always)
    package mutating func appendToField(_ byte: UInt8) {
        if fieldBytes.count < Self.maximumFieldBytes {
            fieldBytes.append(byte)
        } else {
            fieldOverflow = true
        }
    }

    /// Ends the current field (an empty one when none began: it sits at the current position).
    package mutating func endField() {
        if state == .fieldStart { beginField() }
        if fieldOverflow && !recordError {
            recordError = true
            report(.fieldTooLong(maximumBytes: Self.maximumFieldBytes), line: fieldLine, column: fieldColumn)
        }
        fieldCount += 1
        if fields.count < maximumFields {
            fields.append(CSVField(value: String(decoding: fieldBytes, as: UTF8.self), line: fieldLine, column: fieldColumn))
        }
        state = .fieldStart
    }

    /// Reports a problem at the current position, unless this record already has one.
    private mutating func reportInRecord(_ reason: Reason) {
        guard !recordError else { return }
        recordError = true
        report(reason, line: line, column: columns.column)
    }
}
