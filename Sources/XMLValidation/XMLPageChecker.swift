import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Checks one page with libxml2's XML parser: well-formedness (every error libxml2 reports, with its
/// line and column), then, while it parses (`StreamingChecks`, no tree is built), unique ids, `alt` on every `img` and a header row in every
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
        // Declarations in an internal subset (entities whose text holds elements, ID attributes) and xml:id
        // make libxml2's tree builder report and hold things no SAX handler of ours sees; such a page (never one
        // of the bundled templates') is checked on the tree, which is what it is compared with.
        if needsTree(bytes) { return checkOnTree(bytes) }
        let source = SourceText(bytes)
        guard !bytes.isEmpty else { return emptyPage }
        let collector = ParseErrorCollector()
        let checks = StreamingChecks(source: source)
        guard parse(bytes, reportingTo: collector, streamingTo: checks) else { return unparsed(collector) }
        checks.finish()
        return XMLPageReport(findings: collector.findings + checks.findings, isWellFormed: collector.findings.isEmpty,
                             ids: checks.ids.sorted(), links: checks.links)
    }

    /// `check` on a libxml2 tree walked by `TreeWalker`: how pages were checked before `StreamingChecks`,
    /// kept as the reference the streaming checks are tested against (`StreamingChecksTests`).
    static func checkOnTree(_ bytes: [UInt8]) -> XMLPageReport {
        let source = SourceText(bytes)
        guard !bytes.isEmpty else { return emptyPage }
        let collector = ParseErrorCollector()
        var document: xmlDocPtr?
        guard parse(bytes, reportingTo: collector, tree: &document), let document else { return unparsed(collector) }
        defer { xmlFreeDoc(document) }
        var walker = TreeWalker(source: source)
        walker.walk(document)
        return XMLPageReport(findings: collector.findings + walker.findings, isWellFormed: collector.findings.isEmpty,
                             ids: walker.ids.sorted(), links: walker.links)
    }

    /// Whether `bytes` holds `<!ENTITY`, `<!ATTLIST` or `xml:id` anywhere (a cheap over-approximation).
    static func needsTree(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return [Array("<!ENTITY".utf8), Array("<!ATTLIST".utf8), Array("xml:id".utf8)].contains { needle in
                // memchr to each candidate first byte (vectorised), then a comparison: glibc's memmem is a GNU
                // extension Swift's Glibc module does not declare.
                var offset = 0
                while offset + needle.count <= buffer.count,
                      let found = memchr(base + offset, Int32(needle[0]), buffer.count - offset - needle.count + 1) {
                    let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + start, needle, needle.count) == 0 { return true }
                    offset = start + 1
                }
                return false
            }
        }
    }

    private static let emptyPage = XMLPageReport(
        findings: [XMLFinding(position: XMLPosition(line: 1, column: 1), kind: .malformed, detail: "Document is empty")],
        isWellFormed: false, ids: [], links: [])

    private static func unparsed(_ collector: ParseErrorCollector) -> XMLPageReport {
        let findings = collector.findings.isEmpty
            ? [XMLFinding(position: XMLPosition(line: 1, column: 1), kind: .malformed, detail: "Document could not be parsed")]
            : collector.findings
        return XMLPageReport(findings: findings, isWellFormed: false, ids: [], links: [])
    }

    /// libxml2's one-time global set-up, run once (Swift initialises a static `let` exactly once,
    /// thread-safely) before the first parse, as libxml2 requires for use from several threads.
    private static let libraryInitialized: Void = xmlInitParser()

    /// Runs libxml2 over `bytes`, the structured errors going to `collector`, and the elements to `checks`
    /// (no tree is built). `false` when no parser could be made.
    private static func parse(_ bytes: [UInt8], reportingTo collector: ParseErrorCollector, streamingTo checks: StreamingChecks) -> Bool {
        var unused: xmlDocPtr?
        return parse(bytes, reportingTo: collector, checks: checks, tree: &unused)
    }

    /// Runs libxml2 over `bytes` and returns the (possibly partial) tree in `tree`.
    private static func parse(_ bytes: [UInt8], reportingTo collector: ParseErrorCollector, tree: inout xmlDocPtr?) -> Bool {
        parse(bytes, reportingTo: collector, checks: nil, tree: &tree)
    }

    /// The parser state the SAX callbacks reach through the context's `_private`.
    fileprivate final class Receivers {
        let collector: ParseErrorCollector
        let checks: StreamingChecks?
        init(collector: ParseErrorCollector, checks: StreamingChecks?) {
            self.collector = collector
            self.checks = checks
        }
    }

    private static func parse(_ bytes: [UInt8], reportingTo collector: ParseErrorCollector, checks: StreamingChecks?,
                              tree: inout xmlDocPtr?) -> Bool {
        _ = libraryInitialized
        let context: xmlParserCtxtPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCreateMemoryParserCtxt(chars.baseAddress, Int32(clamping: chars.count))
            }
        }
        guard let context else { return false }
        defer { xmlFreeParserCtxt(context) }
        _ = xmlCtxtUseOptions(context, Int32(bitPattern: XML_PARSE_NONET.rawValue))
        // libxml2 calls every handler with ctxt->userData, which SAX2 needs to be the context itself;
        // the receivers therefore travel in the context's `_private` field, which libxml2 never touches.
        let unmanaged = Unmanaged.passRetained(Receivers(collector: collector, checks: checks))
        defer { unmanaged.release() }
        context.pointee._private = unmanaged.toOpaque()
        guard let sax = context.pointee.sax else { return false }
        sax.pointee.serror = { userData, error in
            guard let userData, let error, let receivers = parseReceivers(userData) else { return }
            receivers.collector.record(error.pointee)
        }
        if checks != nil {
            // No tree: elements go to the checks; text and comments are not kept (the parser still checks
            // them and reports their errors). The document node itself is still made (xmlSAX2StartDocument):
            // entity declarations live in it, for attribute values with references.
            sax.pointee.startElementNs = { userData, localName, prefix, uri, _, _, attributeCount, defaultedCount, attributes in
                guard let userData, let localName, let checks = parseReceivers(userData)?.checks else { return }
                let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                // As xmlSAX2StartElementNs: attributes defaulted from a DTD are not the element's own.
                let own = Int(attributeCount) - Int(defaultedCount)
                let consumed = context.pointee.inputNr == 1 ? Int(xmlByteConsumed(context)) : -1
                // An undefined prefix: the tree names the element "x:img", which is none of the checked names.
                checks.start(prefix != nil && uri == nil ? nil : localName, attributes: attributes, count: max(own, 0),
                             tagEnd: consumed >= 0 ? consumed : nil,
                             line: Int(context.pointee.input?.pointee.line ?? 0), document: context.pointee.myDoc)
            }
            sax.pointee.endElementNs = { userData, _, _, _ in
                guard let userData else { return }
                parseReceivers(userData)?.checks?.end()
            }
            sax.pointee.characters = { _, _, _ in }
            sax.pointee.ignorableWhitespace = { _, _, _ in }
            sax.pointee.cdataBlock = { _, _, _ in }
            sax.pointee.comment = { _, _ in }
            sax.pointee.processingInstruction = { _, _, _ in }
        } else {
            sax.pointee.startElementNs = { userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
                xmlSAX2StartElementNs(userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
                // Remember where the start tag ends (a byte offset, + 1 so that 0 stays "unknown") in the
                // node's `_private` field: libxml2 keeps no column, so positions are computed from it later.
                guard let userData else { return }
                let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                guard context.pointee.inputNr == 1, let node = context.pointee.node else { return }
                node.pointee._private = UnsafeMutableRawPointer(bitPattern: Int(xmlByteConsumed(context)) + 1)
            }
        }
        _ = xmlParseDocument(context)
        if checks != nil {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
        } else {
            tree = context.pointee.myDoc
        }
        context.pointee.myDoc = nil
        return true
    }

}

/// The receivers of a parse, from the context libxml2 passes to a handler (a free function: a C callback
/// cannot capture anything, not even the type it is written in).
private func parseReceivers(_ userData: UnsafeMutableRawPointer) -> XMLPageChecker.Receivers? {
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let box = context.pointee._private else { return nil }
    return Unmanaged<XMLPageChecker.Receivers>.fromOpaque(box).takeUnretainedValue()
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
