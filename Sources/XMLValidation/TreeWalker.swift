import CLibXML2

/// Walks a parsed page and applies the structural checks: unique ids, `alt` on every `img`, a header
/// row in every `table`; collects the ids and `href`s on the way.
struct TreeWalker {
    /// The page's bytes, for positions.
    let source: SourceText
    /// Problems found, in document order.
    private(set) var findings: [XMLFinding] = []
    /// Every id seen.
    private(set) var ids: Set<String> = []
    /// Every `href`, in document order.
    private(set) var links: [XMLLink] = []

    /// Creates a walker over a page's bytes.
    init(source: SourceText) {
        self.source = source
    }

    /// Visits every element of `document` in document order.
    mutating func walk(_ document: xmlDocPtr) {
        var node = document.pointee.children
        while let current = node {
            visit(current)
            node = current.pointee.next
        }
    }

    private mutating func visit(_ node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        var hasAlt = false
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            // Names are compared as C strings: most attributes are none of the three, and making a
            // Swift String of each would dominate the walk.
            guard current.pointee.ns == nil, let name = current.pointee.name else { continue }
            if Self.equals(name, "id") {
                let id = value(of: current, in: node)
                if !ids.insert(id).inserted {
                    findings.append(XMLFinding(position: position(ofAttribute: "id", in: node), kind: .duplicateID, detail: id))
                }
            } else if Self.equals(name, "href") {
                links.append(XMLLink(href: value(of: current, in: node), position: position(ofAttribute: "href", in: node)))
            } else if Self.equals(name, "alt") {
                hasAlt = true
            }
        }
        if let name = node.pointee.name {
            if Self.equals(name, "img"), !hasAlt {
                findings.append(XMLFinding(position: position(of: node), kind: .missingAlt, detail: ""))
            }
            if Self.equals(name, "table"), !Self.hasHeaderRow(node) {
                findings.append(XMLFinding(position: position(of: node), kind: .tableWithoutHeader, detail: ""))
            }
        }
        var child = node.pointee.children
        while let current = child {
            visit(current)
            child = current.pointee.next
        }
    }

    /// Whether a libxml2 name equals an ASCII `literal`.
    private static func equals(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { expected in
            for index in 0..<expected.count where name[index] != expected[index] { return false }
            return name[expected.count] == 0
        }
    }

    /// A header row is a `thead` holding a `tr` with at least one `th`, or a first row (directly in the
    /// table or in its first `tbody`) whose cells are all `th`.
    static func hasHeaderRow(_ table: xmlNodePtr) -> Bool {
        var firstRow: xmlNodePtr?
        for child in elementChildren(of: table) {
            switch name(of: child) {
            case "thead":
                let rows = elementChildren(of: child).filter { name(of: $0) == "tr" }
                if rows.contains(where: { row in elementChildren(of: row).contains { name(of: $0) == "th" } }) { return true }
            case "tr":
                if firstRow == nil { firstRow = child }
            case "tbody":
                if firstRow == nil { firstRow = elementChildren(of: child).first { name(of: $0) == "tr" } }
            default:
                break
            }
        }
        guard let firstRow else { return false }
        let cells = elementChildren(of: firstRow).filter { ["th", "td"].contains(name(of: $0)) }
        return !cells.isEmpty && cells.allSatisfy { name(of: $0) == "th" }
    }

    private static func elementChildren(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The attribute's value with entity and character references resolved.
    private func value(of attribute: xmlAttrPtr, in node: xmlNodePtr) -> String {
        // The usual case, one text child, is read in place; entity references need libxml2 to join them.
        if let only = attribute.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE {
            return only.pointee.content.map { String(cString: $0) } ?? ""
        }
        guard let text = xmlNodeListGetString(node.pointee.doc, attribute.pointee.children, 1) else { return "" }
        defer { clibxml2_free(text) }
        return String(cString: text)
    }

    /// The position of the element's `<`, from the offset the SAX handler stored in `_private`.
    private func position(of node: xmlNodePtr) -> XMLPosition {
        guard let end = Self.startTagEnd(of: node) else { return Self.fallbackPosition(of: node) }
        return source.position(ofByte: source.tagStart(before: end))
    }

    /// The position of the attribute's name inside the element's start tag.
    private func position(ofAttribute name: String, in node: xmlNodePtr) -> XMLPosition {
        guard let end = Self.startTagEnd(of: node) else { return Self.fallbackPosition(of: node) }
        let start = source.tagStart(before: end)
        return source.position(ofByte: source.attributeStart(named: name, inTagAt: start) ?? start)
    }

    private static func startTagEnd(of node: xmlNodePtr) -> Int? {
        guard let stored = node.pointee._private else { return nil }
        return Int(bitPattern: stored) - 1
    }

    private static func fallbackPosition(of node: xmlNodePtr) -> XMLPosition {
        XMLPosition(line: max(Int(xmlGetLineNo(node)), 1), column: 1)
    }
}
