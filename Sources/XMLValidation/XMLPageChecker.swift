import CLibXML2

/// Checks one page with libxml2's XML parser: well-formedness (every error libxml2 reports, with its
/// line and column), then, on the tree, unique ids, `alt` on every `img` and a header row in every
/// `table`. It also returns the page's ids and `href`s so that the caller can check links across a site.
///
/// The parser runs with `XML_PARSE_NONET` and without `XML_PARSE_NOENT`/`XML_PARSE_DTDLOAD`: no
/// network access, no external DTD or entity is loaded, so HTML entities such as `&nbsp;` are reported
/// as undefined (a polyglot page writes `&#160;` or the character itself).
///
/// Errors are collected through the parser context's own structured handler (`sax->serror`), never
/// through libxml2's global last error, so every error keeps its own position and concurrent checks
/// of different pages do not interfere. Thread-safe: each call uses its own parser context.
public enum XMLPageChecker {
    /// Parses and checks one page.
    /// - Parameter bytes: the page as UTF-8 (or any encoding its XML declaration names).
    /// - Returns: every finding in document order, the page's ids and links. A page with parse errors
    ///   gets only the tree checks of the part libxml2 could build, which is why `isWellFormed` is returned.
    public static func check(_ bytes: [UInt8]) -> XMLPageReport {
        let source = SourceText(bytes)
        guard !bytes.isEmpty else {
            return XMLPageReport(findings: [XMLFinding(position: XMLPosition(line: 1, column: 1), kind: .malformed, detail: "Document is empty")],
                                 isWellFormed: false, ids: [], links: [])
        }
        let collector = ParseErrorCollector()
        guard let document = parse(bytes, reportingTo: collector) else {
            let findings = collector.findings.isEmpty
                ? [XMLFinding(position: XMLPosition(line: 1, column: 1), kind: .malformed, detail: "Document could not be parsed")]
                : collector.findings
            return XMLPageReport(findings: findings, isWellFormed: false, ids: [], links: [])
        }
        defer { xmlFreeDoc(document) }
        var walker = TreeWalker(source: source)
        walker.walk(document)
        let wellFormed = collector.findings.isEmpty
        return XMLPageReport(findings: collector.findings + walker.findings, isWellFormed: wellFormed,
                             ids: walker.ids.sorted(), links: walker.links)
    }

    /// libxml2's one-time global set-up, run once (Swift initialises a static `let` exactly once,
    /// thread-safely) before the first parse, as libxml2 requires for use from several threads.
    private static let libraryInitialized: Void = xmlInitParser()

    /// Runs libxml2 over `bytes` with the handlers installed; returns the (possibly partial) tree.
    private static func parse(_ bytes: [UInt8], reportingTo collector: ParseErrorCollector) -> xmlDocPtr? {
        _ = libraryInitialized
        let context: xmlParserCtxtPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCreateMemoryParserCtxt(chars.baseAddress, Int32(clamping: chars.count))
            }
        }
        guard let context else { return nil }
        defer { xmlFreeParserCtxt(context) }
        _ = xmlCtxtUseOptions(context, Int32(bitPattern: XML_PARSE_NONET.rawValue))
        // libxml2 calls both handlers with ctxt->userData, which SAX2 needs to be the context itself;
        // the collector therefore travels in the context's `_private` field, which libxml2 never touches.
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        context.pointee._private = unmanaged.toOpaque()
        guard let sax = context.pointee.sax else { return nil }
        sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let box = context.pointee._private else { return }
            Unmanaged<ParseErrorCollector>.fromOpaque(box).takeUnretainedValue().record(error.pointee)
        }
        sax.pointee.startElementNs = { userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
            xmlSAX2StartElementNs(userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
            // Remember where the start tag ends (a byte offset, + 1 so that 0 stays "unknown") in the
            // node's `_private` field: libxml2 keeps no column, so positions are computed from it later.
            guard let userData else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard context.pointee.inputNr == 1, let node = context.pointee.node else { return }
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: Int(xmlByteConsumed(context)) + 1)
        }
        _ = xmlParseDocument(context)
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        return document
    }
}

/// Receives libxml2's structured errors for one parse (reached through the parser context's `_private`).
final class ParseErrorCollector {
    /// Every error and warning, in the order libxml2 reported them.
    private(set) var findings: [XMLFinding] = []

    /// Records one libxml2 error: its message (trailing newline removed), line and column (`int2`).
    func record(_ error: xmlError) {
        var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        let position = XMLPosition(line: max(Int(error.line), 1), column: max(Int(error.int2), 1))
        findings.append(XMLFinding(position: position, kind: .malformed, detail: message))
    }
}
