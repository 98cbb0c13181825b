/// Validates UTF-8 one byte at a time, so a file can be checked while it streams past in chunks
/// (a multi-byte sequence may be split between two chunks).
///
/// The rules are those of the Unicode Standard, table 3-7 ("well-formed UTF-8 byte sequences"):
/// no overlong forms, no surrogates (U+D800…U+DFFF), nothing above U+10FFFF. ASCII bytes are not
/// passed here while no sequence is open (the reader's fast path); everything else is.
package struct UTF8StreamValidator {
    /// A validator with no sequence open.
    package init() {}

    /// What one byte did.
    package enum Step: Equatable {
        /// A lead or continuation byte; the scalar is not complete yet.
        case incomplete
        /// The byte completed a scalar of `length` bytes (1 for ASCII).
        case complete(length: Int)
        /// The sequence starting at this 0-based file offset is not UTF-8.
        case invalid(byteOffset: Int)
    }

    /// Continuation bytes still expected.
    private var needed = 0
    /// Allowed range of the next continuation byte (narrower right after E0, ED, F0 and F4).
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF
    /// Length of the open sequence.
    private var length = 0
    /// File offset of the open sequence's lead byte.
    package private(set) var leadOffset = 0

    /// True when no multi-byte sequence is open: the next byte starts a scalar.
    package var isIdle: Bool { needed == 0 }

    /// Feeds the byte at file offset `offset`.
    package mutating func consume(_ byte: UInt8, at offset: Int) -> Step {
        if needed == 0 {
            leadOffset = offset
            lower = 0x80
            upper = 0xBF
            switch byte {
            case 0x00...0x7F: return .complete(length: 1)
            case 0xC2...0xDF: needed = 1
            case 0xE0: needed = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: needed = 2
            case 0xED: needed = 2; upper = 0x9F
            case 0xF0: needed = 3; lower = 0x90
            case 0xF1...0xF3: needed = 3
            case 0xF4: needed = 3; upper = 0x8F
            default: return .invalid(byteOffset: offset)
            }
            length = needed + 1
            return .incomplete
        }
        guard byte >= lower && byte <= upper else {
            needed = 0
            return .invalid(byteOffset: leadOffset)
        }
        lower = 0x80
        upper = 0xBF
        needed -= 1
        return needed == 0 ? .complete(length: length) : .incomplete
    }

    /// The end of the input: an open sequence is truncated.
    /// - Returns: the lead byte's offset when a sequence is still open.
    package func truncatedSequenceOffset() -> Int? {
        needed > 0 ? leadOffset : nil
    }
}
