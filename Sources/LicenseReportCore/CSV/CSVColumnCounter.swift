/// Counts the column of the current position in the current line, in `Character`s (extended
/// grapheme clusters, as Swift and most editors' "character" count): `æ`, `é` written as `e` plus a
/// combining accent, or a flag emoji each count as one column; a tab counts as one.
///
/// It works while the line streams past without keeping the line: two ASCII bytes in a row are always
/// separated by a grapheme boundary (Unicode UAX #29; CR LF never reaches this type, line breaks reset it),
/// so the counter only keeps the bytes since the last such boundary and those are short for real text.
/// If a line holds more than 64 KiB of text without two ASCII characters in a row, the counter treats the
/// 64 KiB mark as a boundary (a combining mark exactly there would count one column too many).
package struct CSVColumnCounter {
    /// Bytes kept at most before a forced boundary.
    private static let pendingLimit = 64 * 1024

    /// Characters before the kept bytes.
    private var committed = 0
    /// The bytes since the last certain boundary; only used once they include non-ASCII.
    private var pending: [UInt8] = []
    /// True when `pending` holds the kept bytes (they include non-ASCII).
    private var hasNonASCII = false
    /// ASCII bytes kept while `hasNonASCII` is false: 0 or 1 (the previous ASCII byte).
    private var pendingASCII = 0
    /// The previous byte of the line, and whether it was ASCII.
    private var lastByte: UInt8 = 0
    private var lastWasASCII = false

    /// 1-based column of the next character.
    package var column: Int {
        committed + (hasNonASCII ? Self.characters(in: pending) : pendingASCII) + 1
    }

    /// Starts a new line.
    package mutating func reset() {
        committed = 0
        if hasNonASCII { pending.removeAll(keepingCapacity: true) }
        hasNonASCII = false
        pendingASCII = 0
        lastWasASCII = false
    }

    /// Moves past one ASCII byte other than CR and LF.
    @inline(__always)
    package mutating func advanceASCII(_ byte: UInt8) {
        if lastWasASCII { fold() }
        if hasNonASCII { pending.append(byte) } else { pendingASCII += 1 }
        lastByte = byte
        lastWasASCII = true
    }

    /// Moves past a run of `count` ASCII bytes other than CR and LF, from `first` to `last`: the same
    /// as `advanceASCII` for each.
    @inline(__always)
    package mutating func advanceASCIIRun(first: UInt8, last: UInt8, count: Int) {
        guard count > 0 else { return }
        advanceASCII(first)
        let rest = count - 1
        guard rest > 0 else { return }
        // The second byte folds everything before it; each later one adds one column.
        fold()
        committed += rest - 1
        pendingASCII = 1
        lastByte = last
        lastWasASCII = true
    }

    /// Moves past one complete non-ASCII scalar, given as its UTF-8 bytes.
    package mutating func advanceScalar(_ bytes: [UInt8]) {
        if !hasNonASCII {
            hasNonASCII = true
            pending.removeAll(keepingCapacity: true)
            if pendingASCII == 1 { pending.append(lastByte) }
            pendingASCII = 0
        }
        pending.append(contentsOf: bytes)
        lastWasASCII = false
        if pending.count > Self.pendingLimit { fold() }
    }

    /// Everything kept lies before a boundary: count it and forget the bytes.
    private mutating func fold() {
        if hasNonASCII {
            committed += Self.characters(in: pending)
            pending.removeAll(keepingCapacity: true)
            hasNonASCII = false
        } else {
            committed += pendingASCII
        }
        pendingASCII = 0
    }

    private static func characters(in bytes: [UInt8]) -> Int {
        String(decoding: bytes, as: UTF8.self).count
    }
}
