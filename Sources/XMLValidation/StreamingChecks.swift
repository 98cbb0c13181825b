import CLibXML2

/// The structural checks of `TreeWalker` (unique ids, `alt` on every `img`, a header row in every `table`,
/// the ids and `href`s), applied from libxml2's SAX callbacks while the page is parsed, so that no tree
/// is built at all.
///
/// Why: a tree costs about 300 bytes per element and attribute; the fleet overview of 10,000 customers
/// (120,000 elements, 130,000 attributes) needed more memory for its tree than the rest of a 10,000-customer
/// build (issue 9's limit is 100 MiB), and building every page's tree only to walk it once was most of
/// the validate stage. The findings, ids and links are the walker's, in the same order:
/// `StreamingChecksTests` compares the two on every golden page and on pages written to break each rule.
final class StreamingChecks {
    /// The page's bytes, for positions.
    let source: SourceText
    /// Problems found, in document order (a table's verdict is put where the walker would have put it:
    /// after its own attributes' findings, before its content's).
    private(set) var findings: [XMLFinding] = []
    /// Every id seen.
    private(set) var ids: Set<String> = []
    /// Every `href`, in document order.
    private(set) var links: [XMLLink] = []

    /// What an open element is to the header-row rule (indices into `tables`).
    private enum Frame {
        case table(Int)
        case thead(Int)
        case tbody(Int)
        /// A `tr` of a table's `thead`.
        case headRow(Int)
        /// The table's first row: its first `tr` directly in it or in one of its `tbody`s.
        case firstRow(Int)
        case other
    }

    /// A table being read.
    private struct Table {
        /// Where its finding goes in `findings`, and its position.
        let slot: Int
        let position: XMLPosition
        var headHasTh = false
        var rowChosen = false
        var cells = 0
        var allTh = true

        /// `TreeWalker.hasHeaderRow`: a `thead` row with a `th`, or a first row whose cells are all `th`.
        var hasHeaderRow: Bool { headHasTh || (rowChosen && cells > 0 && allTh) }
    }

    private var frames: [Frame] = []
    private var tables: [Table] = []

    /// Checks over the page `source`.
    init(source: SourceText) {
        self.source = source
    }

    /// One start tag: `name` (local name; `nil` for a name no rule checks), its attributes as libxml2 hands them to `startElementNs`
    /// (5 pointers each: local name, prefix, URI, value start, value end), `tagEnd` the byte offset where
    /// the tag ends (`nil` inside an entity's text) and `line` libxml2's line of the element.
    func start(_ name: UnsafePointer<xmlChar>?, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int,
               tagEnd: Int?, line: Int, document: xmlDocPtr?) {
        let tagStart = tagEnd.map { source.tagStart(before: $0) }
        func position(ofAttribute attribute: String) -> XMLPosition {
            guard let tagStart else { return XMLPosition(line: max(line, 1), column: 1) }
            return source.position(ofByte: source.attributeStart(named: attribute, inTagAt: tagStart) ?? tagStart)
        }
        // Only an `img` without `alt` and a `table` need the element's own position; working it out for every
        // element (a search of the line table and a walk along the line) was 2.4 % of a fleet build.
        var elementPosition: XMLPosition {
            tagStart.map { source.position(ofByte: $0) } ?? XMLPosition(line: max(line, 1), column: 1)
        }
        var hasAlt = false
        for index in 0..<count {
            guard let attributes, let localName = attributes[5 * index] else { continue }
            // As the walker: attributes in a namespace (`xml:lang`, `xlink:href`) are not ours.
            guard attributes[5 * index + 1] == nil, attributes[5 * index + 2] == nil else { continue }
            if Self.equals(localName, "id") {
                let id = Self.value(attributes[5 * index + 3], attributes[5 * index + 4], document: document)
                if !ids.insert(id).inserted {
                    findings.append(XMLFinding(position: position(ofAttribute: "id"), kind: .duplicateID, detail: id))
                }
            } else if Self.equals(localName, "href") {
                links.append(XMLLink(href: Self.value(attributes[5 * index + 3], attributes[5 * index + 4], document: document),
                                     position: position(ofAttribute: "href")))
            } else if Self.equals(localName, "alt") {
                hasAlt = true
            }
        }
        guard let name else {  // `nil`: a name none of the rules checks
            frames.append(.other)
            return
        }
        if Self.equals(name, "img"), !hasAlt {
            findings.append(XMLFinding(position: elementPosition, kind: .missingAlt, detail: ""))
        }
        frames.append(frame(for: name, in: frames.last ?? .other, position: elementPosition))
    }

    /// The frame of a new element `name` whose parent's frame is `parent`; records cells and rows.
    /// `position` is evaluated only for a `table`.
    private func frame(for name: UnsafePointer<xmlChar>, in parent: Frame, position: @autoclosure () -> XMLPosition) -> Frame {
        if Self.equals(name, "table") {
            tables.append(Table(slot: findings.count, position: position()))
            return .table(tables.count - 1)
        }
        switch parent {
        case .table(let table):
            if Self.equals(name, "thead") { return .thead(table) }
            if Self.equals(name, "tbody") { return .tbody(table) }
            if Self.equals(name, "tr") { return chooseFirstRow(table) }
        case .tbody(let table):
            if Self.equals(name, "tr") { return chooseFirstRow(table) }
        case .thead(let table):
            if Self.equals(name, "tr") { return .headRow(table) }
        case .headRow(let table):
            if Self.equals(name, "th") { tables[table].headHasTh = true }
        case .firstRow(let table):
            if Self.equals(name, "th") { tables[table].cells += 1 }
            if Self.equals(name, "td") {
                tables[table].cells += 1
                tables[table].allTh = false
            }
        case .other:
            break
        }
        return .other
    }

    private func chooseFirstRow(_ table: Int) -> Frame {
        guard !tables[table].rowChosen else { return .other }
        tables[table].rowChosen = true
        return .firstRow(table)
    }

    /// One end tag.
    func end() {
        guard let frame = frames.popLast() else { return }
        if case .table(let table) = frame, !tables[table].hasHeaderRow {
            findings.insert(XMLFinding(position: tables[table].position, kind: .tableWithoutHeader, detail: ""), at: tables[table].slot)
        }
    }

    /// After the parse: elements a fatal error left open end here, innermost first, as the walker saw the
    /// part of the tree libxml2 had built.
    func finish() {
        while !frames.isEmpty { end() }
    }

    /// Whether a libxml2 name equals an ASCII `literal`.
    private static func equals(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { expected in
            for index in 0..<expected.count where name[index] != expected[index] { return false }
            return name[expected.count] == 0
        }
    }

    /// An attribute value as the tree would hold it: libxml2 passes character and predefined entity
    /// references decoded, except `&` itself (as `&#38;`) and any other entity reference; for those it builds
    /// the attribute's children with `xmlStringLenGetNodeList`, and the walker joined them
    /// (`xmlNodeListGetString`), so the same two calls are made here.
    private static func value(_ start: UnsafePointer<xmlChar>?, _ end: UnsafePointer<xmlChar>?, document: xmlDocPtr?) -> String {
        guard let start, let end, start < end else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        guard let list = xmlStringLenGetNodeList(document, start, Int32(clamping: bytes.count)) else { return "" }
        defer { xmlFreeNodeList(list) }
        guard let text = xmlNodeListGetString(document, list, 1) else { return "" }
        defer { clibxml2_free(text) }
        return String(cString: text)
    }
}
