import LicenseReportCore

/// UTF-8 validation that names the first bad byte, so "not UTF-8" errors can point at it.
enum UTF8Validation {
    /// The 0-based offset of the first byte of the first sequence that is not UTF-8 (overlong forms,
    /// surrogates and values above U+10FFFF are invalid), or `nil` when all is valid. Uses the same
    /// rules as the CSV reader's streaming validator (`UTF8StreamValidator`), so both report the same offset.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var validator = UTF8StreamValidator()
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte < 0x80 && validator.isIdle { continue }
            if case .invalid(let offset) = validator.consume(byte, at: index) { return offset }
        }
        return validator.isIdle ? nil : validator.leadOffset
    }
}

/// Line and column of a byte offset in UTF-8 text, for error positions.
enum TextPosition {
    /// The 1-based line and column of `offset`: lines end at LF, CRLF or a lone CR; the column counts
    /// Unicode scalars from the start of the line (so "æ" is one column).
    static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1; column = 1
            } else if byte == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    if index + 1 == end { break }
                    index += 1
                }
                line += 1; column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}
