/// Test input with its expected positions marked in place, as swift-format's and swift-syntax's tests
/// do: `MarkedText("A,B\n1,1️⃣\"2\n")` is the text `A,B\n1,"2\n` with the marker 1️⃣ at line 2, column 3.
/// Positions are then read from the input instead of counted by hand.
///
/// Markers are the keycap emoji 0️⃣ to 9️⃣ and 🔟; each may appear once. They are recognised by Unicode
/// scalar, so a marker may stand anywhere, even before a combining mark.
public struct MarkedText: Sendable {
    /// Where a marker stood, in the text without markers.
    public struct Position: Hashable, Sendable, CustomStringConvertible {
        /// 1-based; lines end at LF, CR LF or a lone CR (as the CSV reader and the JSON parser count them).
        public var line: Int
        /// 1-based, counting characters (grapheme clusters) from the line start, as an editor shows them;
        /// a byte-order mark at the start of the text is not a column.
        public var column: Int
        /// 0-based UTF-8 byte offset from the start of the text.
        public var offset: Int

        /// Written out because tests in other modules build expected positions.
        public init(line: Int, column: Int, offset: Int) {
            self.line = line
            self.column = column
            self.offset = offset
        }

        /// `line:column`, as diagnostics print it.
        public var description: String { "\(line):\(column)" }
    }

    /// The text with every marker removed.
    public let text: String
    /// Each marker's position.
    public let positions: [String: Position]

    /// The text's UTF-8 bytes.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// Removes the markers from `markedText` and records where each stood.
    public init(_ markedText: String) {
        var clean = String.UnicodeScalarView()
        var offsets: [(marker: String, offset: Int)] = []
        var byteCount = 0
        let scalars = Array(markedText.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let (marker, length) = Self.marker(in: scalars, at: index) {
                precondition(!offsets.contains { $0.marker == marker }, "marker \(marker) appears twice in \(markedText.debugDescription)")
                offsets.append((marker, byteCount))
                index += length
            } else {
                clean.append(scalars[index])
                byteCount += UTF8.width(scalars[index])
                index += 1
            }
        }
        text = String(clean)
        positions = Self.positions(of: offsets, in: text)
    }

    /// The position of `marker`; a marker that is not in the text is a mistake in the test.
    public subscript(_ marker: String) -> Position {
        guard let position = positions[marker] else { preconditionFailure("no marker \(marker) in \(text.debugDescription)") }
        return position
    }

    /// `template` with each marker replaced by `file:line:column:` of that marker, so a whole expected
    /// diagnostic reads `"1️⃣ error: …"` for `"acme/usage.csv:3:12: error: …"`.
    public func expanding(_ template: String, file: String) -> String {
        var result = template
        for (marker, position) in positions { result = result.replacing(marker, with: "\(file):\(position):") }
        return result
    }

    /// The marker starting at `scalars[index]` and its length in scalars: a digit, U+FE0F and U+20E3
    /// (keycap 0️⃣–9️⃣), or 🔟 (U+1F51F).
    private static func marker(in scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        let scalar = scalars[index]
        if scalar == "\u{1F51F}" { return (String(scalar), 1) }
        guard ("0"..."9").contains(scalar), index + 2 < scalars.count,
              scalars[index + 1] == "\u{FE0F}", scalars[index + 2] == "\u{20E3}" else { return nil }
        return (String(String.UnicodeScalarView(scalars[index...(index + 2)])), 3)
    }

    /// Line and column of each byte offset, walking the text character by character; an offset inside a
    /// character (a marker between a letter and its combining mark) gets that character's position.
    private static func positions(of offsets: [(marker: String, offset: Int)], in text: String) -> [String: Position] {
        var result: [String: Position] = [:]
        var pending = offsets[...]
        var line = 1, column = 1, offset = 0
        for (index, character) in text.enumerated() {
            let end = offset + character.utf8.count
            while let next = pending.first, next.offset < end {
                result[next.marker] = Position(line: line, column: column, offset: next.offset)
                pending.removeFirst()
            }
            if character == "\n" || character == "\r" || character == "\r\n" {
                line += 1
                column = 1
            } else if !(index == 0 && character == "\u{FEFF}") {
                column += 1
            }
            offset = end
        }
        for next in pending { result[next.marker] = Position(line: line, column: column, offset: next.offset) }
        return result
    }
}
