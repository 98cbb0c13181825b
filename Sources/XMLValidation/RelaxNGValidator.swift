import CLibXML2

/// Validates a document against a RELAX NG schema with libxml2 (`xmlRelaxNGValidateDoc`): the feed.xml
/// check of issue 12 (RFC 4287's element rules), beyond the well-formedness every page gets.
///
/// Each call parses the schema and the document with its own contexts (`XML_PARSE_NONET`: nothing is loaded
/// from the network), and collects errors through the validation context's structured handler, never
/// libxml2's global last error, so concurrent calls do not interfere.
public enum RelaxNGValidator {
    /// Every schema violation of `document`, in the order libxml2 reports them.
    /// - Parameters:
    ///   - document: the document's bytes (UTF-8).
    ///   - schema: the RELAX NG schema, XML syntax.
    /// - Returns: one `.invalid` finding per violation (libxml2's message, the element's line); one
    ///   `.malformed` finding when the document or the schema does not parse; empty when valid.
    public static func validate(_ document: [UInt8], schema: [UInt8]) -> [XMLFinding] {
        _ = libraryInitialized
        let parserContext = schema.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlRelaxNGNewMemParserCtxt($0.baseAddress, Int32(clamping: $0.count)) }
        }
        guard let parserContext else { return [failure("the schema cannot be read")] }
        defer { xmlRelaxNGFreeParserCtxt(parserContext) }
        guard let grammar = xmlRelaxNGParse(parserContext) else { return [failure("the schema does not parse")] }
        defer { xmlRelaxNGFree(grammar) }
        let parsed = document.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlReadMemory($0.baseAddress, Int32(clamping: $0.count), nil, nil, Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
            }
        }
        guard let parsed else { return [failure("the document does not parse")] }
        defer { xmlFreeDoc(parsed) }
        guard let validation = xmlRelaxNGNewValidCtxt(grammar) else { return [failure("no validation context")] }
        defer { xmlRelaxNGFreeValidCtxt(validation) }
        let collector = ValidityErrorCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlRelaxNGSetValidStructuredErrors(validation, { userData, error in
            guard let userData, let error else { return }
            Unmanaged<ValidityErrorCollector>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
        }, unmanaged.toOpaque())
        let result = xmlRelaxNGValidateDoc(validation, parsed)
        if result != 0 && collector.findings.isEmpty {
            return [XMLFinding(position: XMLPosition(line: 1, column: 1), kind: .invalid, detail: "the document does not match the schema")]
        }
        return collector.findings
    }

    /// libxml2's set-up, once per process (a static `let` runs exactly once, thread-safely): the parser,
    /// RELAX NG's datatype libraries and the XML Schema datatypes behind them, each of which libxml2 would
    /// otherwise set up lazily, and not thread-safely, on the first schema parse. Two fleet workers parsing
    /// their first feed schema at once printed "Relax-NG types library failed to register" (the libraries),
    /// and, once those were set up here, "Error type 'anyURI' is not exported by type library" (the types:
    /// `xmlSchemaGetPredefinedType` fills its table on first use). libxml2's own test harness initialises both.
    private static let libraryInitialized: Void = {
        xmlInitParser()
        xmlSchemaInitTypes()
        _ = xmlRelaxNGInitTypes()
    }()

    private static func failure(_ detail: String) -> XMLFinding {
        XMLFinding(position: XMLPosition(line: 1, column: 1), kind: .malformed, detail: detail)
    }
}

/// Receives libxml2's structured validity errors for one validation.
final class ValidityErrorCollector {
    /// Every error, in the order libxml2 reported them.
    private(set) var findings: [XMLFinding] = []

    /// Records one error: its message (trailing newline removed) and line.
    func record(_ error: xmlError) {
        var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        findings.append(XMLFinding(position: XMLPosition(line: max(Int(error.line), 1), column: 1), kind: .invalid, detail: message))
    }
}
