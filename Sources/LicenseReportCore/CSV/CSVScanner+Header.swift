/// The start of the file: the byte-order mark and delimiter detection.
extension CSVScanner {
    /// The delimiters a CSV file may use, in tie-breaking order.
    package static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// Loads the start of the file until the header line ends (outside quotes), the file ends or
    /// `detectionLimit` bytes are loaded; skips a UTF-8 byte-order mark (EF BB BF), which the columns
    /// of line 1 do not count but byte offsets do.
    /// - Returns: false when reading failed (reported).
    package mutating func prepare() -> Bool {
        var scanFrom = 0
        var inQuotes = false
        loading: while Self.headerLineEnd(in: chunk, from: scanFrom, inQuotes: &inQuotes) == nil,
                       chunk.count < Self.detectionLimit {
            scanFrom = chunk.count
            switch source.append(to: &chunk) {
            case .success(0):
                break loading
            case .success:
                continue
            case let .failure(failure):
                report(failure.reason(displayPath: displayPath), line: 1, column: 1)
                return false
            }
        }
        if chunk.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            byteOffset = 3
        }
        return true
    }

    /// Counts `,`, `;` and tab outside quotes on the header line (as loaded by `prepare`) and picks the
    /// most frequent. A tie goes to the first in the order comma, semicolon, tab (RFC 4180's comma
    /// first); a header without any of them (a single column) uses the comma.
    package func detectDelimiter() -> UInt8 {
        var counts = [0, 0, 0]
        var inQuotes = false
        var position = index
        while position < chunk.count {
            let byte = chunk[position]
            position += 1
            if byte == Self.quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == Self.lineFeed || byte == Self.carriageReturn { break }
                if let which = Self.delimiters.firstIndex(of: byte) { counts[which] += 1 }
            }
        }
        var best = 0
        for candidate in 1..<counts.count where counts[candidate] > counts[best] { best = candidate }
        return Self.delimiters[best]
    }

    /// The index of the first line break outside quotes at or after `start`, carrying the quote state
    /// across calls (the header line may span chunks).
    private static func headerLineEnd(in bytes: [UInt8], from start: Int, inQuotes: inout Bool) -> Int? {
        var position = start
        while position < bytes.count {
            let byte = bytes[position]
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes && (byte == lineFeed || byte == carriageReturn) {
                return position
            }
            position += 1
        }
        return nil
    }
}
