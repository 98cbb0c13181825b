#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one page with a line table, to turn byte offsets into line and column and to find
/// where an attribute starts inside a start tag. libxml2 keeps only a (16-bit) line per element and
/// no column, so element and attribute positions are computed here from byte offsets.
struct SourceText {
    /// The page, as UTF-8 bytes.
    let bytes: [UInt8]
    /// The byte offset where each line starts; `lineStarts[0] == 0`.
    let lineStarts: [Int]

    /// Indexes the line starts of `bytes` (LF, CRLF and lone CR all end a line, as in XML).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        // Every page is indexed, and nearly none holds a CR: then the line starts are the bytes after each LF,
        // found with memchr (vectorised in the C library) instead of a loop over every byte.
        let fast: Bool = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, memchr(base, Int32(UInt8(ascii: "\r")), buffer.count) == nil else { return false }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
            return true
        }
        if fast {
            self.lineStarts = starts
            return
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        self.lineStarts = starts
    }

    /// The 1-based line and column of a byte offset; the column counts Unicode scalars (UTF-8
    /// continuation bytes are skipped), so "é" is one column.
    func position(ofByte offset: Int) -> XMLPosition {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return XMLPosition(line: low + 1, column: column)
    }

    /// The offset of the `<` that opens the start tag ending at (or containing) `offset`.
    /// Well-formed attribute values cannot hold a literal `<`, so the nearest `<` before it is the tag's.
    func tagStart(before offset: Int) -> Int {
        var index = min(offset, bytes.count) - 1
        while index >= 0 {
            if bytes[index] == UInt8(ascii: "<") { return index }
            index -= 1
        }
        return 0
    }

    /// The offset of the attribute `name` in the start tag that begins at `tagStart`, or `nil`.
    /// Walks the tag's attributes (name, optional `= value` in single or double quotes) so that
    /// text inside a quoted value never matches.
    func attributeStart(named name: String, inTagAt tagStart: Int) -> Int? {
        let target = Array(name.utf8)
        var index = tagStart + 1
        index = skipName(from: index)
        while index < bytes.count {
            index = skipSpace(from: index)
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "<") { return nil }
            let nameStart = index
            index = skipName(from: index)
            if index == nameStart { return nil }
            if Array(bytes[nameStart..<index]) == target { return nameStart }
            index = skipSpace(from: index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index = skipSpace(from: index + 1)
            guard index < bytes.count else { return nil }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                index += 1
                while index < bytes.count, bytes[index] != quote { index += 1 }
                index += 1
            } else {
                index = skipName(from: index)
            }
        }
        return nil
    }

    private func skipSpace(from start: Int) -> Int {
        var index = start
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index
    }

    private func skipName(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if [0x20, 0x09, 0x0A, 0x0D].contains(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                break
            }
            index += 1
        }
        return index
    }
}
