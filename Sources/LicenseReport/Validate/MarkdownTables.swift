/// A GitHub-flavoured Markdown table found in a page: its header, delimiter and body rows with the
/// number of cells of each, as GFM splits them.
public struct MarkdownTable: Hashable, Sendable {
    /// One line of the table.
    public struct Row: Hashable, Sendable {
        /// 1-based line number in the page.
        public var line: Int
        /// Number of cells: unescaped `|` separators + 1, after dropping an optional leading and trailing `|`.
        public var cellCount: Int
        /// 1-based column (in characters) of each separator `|` between cells, in order.
        public var separatorColumns: [Int]
    }

    /// The header row.
    public var header: Row
    /// The delimiter row (`|---|:--:|`).
    public var delimiter: Row
    /// The body rows, up to the first blank line or other block.
    public var body: [Row]

    /// Header and body rows: what a renderer turns into `<tr>` elements.
    public var renderedRowCount: Int { 1 + body.count }
}

/// Finds GFM tables in Markdown text (outside fenced code blocks) and splits their rows into cells the
/// way GFM does: a `|` preceded by a backslash (`\|`, as `MarkupEscaping.markdown` writes it) is text,
/// not a separator, even inside a code span.
public enum MarkdownTables {
    /// Every table in `text`, in order. A table starts at a line followed by a delimiter row (cells of
    /// `-` with optional `:`, holding at least one `|`); it ends at a blank line, a heading, a quote or a fence.
    public static func scan(_ text: String) -> [MarkdownTable] {
        let lines = lines(of: text)
        var tables: [MarkdownTable] = []
        var fence: String?
        var index = 0
        while index < lines.count {
            let trimmed = lines[index].trimmingLeadingSpaces()
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                index += 1
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                index += 1
                continue
            }
            guard index + 1 < lines.count, !isBlank(lines[index]), isDelimiterRow(lines[index + 1]) else {
                index += 1
                continue
            }
            let header = row(lines[index], line: index + 1)
            let delimiter = row(lines[index + 1], line: index + 2)
            var body: [MarkdownTable.Row] = []
            index += 2
            while index < lines.count, !endsTable(lines[index]) {
                body.append(row(lines[index], line: index + 1))
                index += 1
            }
            tables.append(MarkdownTable(header: header, delimiter: delimiter, body: body))
        }
        return tables
    }

    /// The lines of `text`, split at "\n", "\r\n" and "\r" (a text ending in a line break ends with an empty
    /// line). The same lines as splitting the `Character`s, since a line break is always a grapheme of its
    /// own (Unicode's rules GB3–GB5), but on the UTF-8 bytes: the `Character` split was 5 % of a fleet build.
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        }
        return lines
    }

    /// Splits one line into cells; see `MarkdownTable.Row`.
    static func row(_ line: String, line number: Int) -> MarkdownTable.Row {
        // The same walk on UTF-8 bytes, counting scalars: every byte the rule looks at (blank, tab, `\\`, `|`)
        // is ASCII, hence a scalar of its own, and a scalar's other bytes are continuation bytes. The scalar
        // array was most of the Markdown check of a fleet tenant. `MarkdownLineSplitTests` compares the two.
        var line = line
        return line.withUTF8 { bytes -> MarkdownTable.Row in
            let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), bar = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\")
            var first = 0
            var last = bytes.count - 1
            while first <= last, bytes[first] == space || bytes[first] == tab { first += 1 }
            while last >= first, bytes[last] == space || bytes[last] == tab { last -= 1 }
            var separators: [Int] = []
            var scalar = first  // the bytes before `first` are blanks: one scalar each
            var index = first
            while index <= last {
                let byte = bytes[index]
                if byte & 0xC0 == 0x80 { index += 1; continue }  // inside a scalar
                if byte == backslash, index + 1 <= last, bytes[index + 1] == bar {
                    index += 2
                    scalar += 2
                    continue
                }
                if byte == bar { separators.append(scalar) }
                index += 1
                scalar += 1
            }
            let lastScalar = scalar - 1
            if separators.first == first, first <= last { separators.removeFirst() }
            if let end = separators.last, end == lastScalar, lastScalar > first { separators.removeLast() }
            return MarkdownTable.Row(line: number, cellCount: separators.count + 1, separatorColumns: separators.map { $0 + 1 })
        }
    }

    /// `row` over the line's Unicode scalars (the rule as first written; the reference of the tests).
    static func rowByScalars(_ line: String, line number: Int) -> MarkdownTable.Row {
        // Unicode scalars, as cmark-gfm reads bytes: a "|" followed by a combining mark still separates cells.
        let characters = Array(line.unicodeScalars)
        var first = 0
        var last = characters.count - 1
        while first <= last, characters[first] == " " || characters[first] == "\t" { first += 1 }
        while last >= first, characters[last] == " " || characters[last] == "\t" { last -= 1 }
        var separators: [Int] = []
        var index = first
        while index <= last {
            if characters[index] == "\\", index + 1 <= last, characters[index + 1] == "|" {
                index += 2
                continue
            }
            if characters[index] == "|" { separators.append(index) }
            index += 1
        }
        if separators.first == first, first <= last { separators.removeFirst() }
        if let end = separators.last, end == last, last > first { separators.removeLast() }
        return MarkdownTable.Row(line: number, cellCount: separators.count + 1, separatorColumns: separators.map { $0 + 1 })
    }

    static func isDelimiterRow(_ line: String) -> Bool {
        // Most lines hold no `|` at all, and table rows hold text: a byte scan rules them out before the
        // Character work below. A delimiter row has only spaces, tabs, `|`, `:` and `-`; any other byte
        // (a combining mark's too) would end up in a cell that is not dashes, so the scan only answers
        // `false` where the full rule would.
        var hasBar = false
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "|"): hasBar = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ":"), UInt8(ascii: "-"): continue
            default: return false
            }
        }
        return hasBar && isDelimiterRowByCharacters(line)
    }

    /// The delimiter-row rule on `Character`s (GFM: cells of dashes with optional colons, at most 3 spaces
    /// of indentation); `isDelimiterRow` is this behind its byte scan (`MarkdownLineSplitTests` compares them).
    static func isDelimiterRowByCharacters(_ line: String) -> Bool {
        let trimmed = line.trimmingLeadingSpaces()
        guard line.count - trimmed.count <= 3, trimmed.contains("|") else { return false }
        var cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " \t") }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        guard !cells.isEmpty else { return false }
        return cells.allSatisfy { cell in
            var body = Substring(cell)
            if body.hasPrefix(":") { body = body.dropFirst() }
            if body.hasSuffix(":") { body = body.dropLast() }
            return !body.isEmpty && body.allSatisfy { $0 == "-" }
        }
    }

    private static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func endsTable(_ line: String) -> Bool {
        let trimmed = line.trimmingLeadingSpaces()
        return isBlank(line) || trimmed.hasPrefix("#") || trimmed.hasPrefix(">") || trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~")
    }
}

private extension String {
    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
