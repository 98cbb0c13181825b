import Foundation

/// The JSON file of one usage month (`schemaVersion` 1). Keys are written in a fixed order (the order a
/// reader meets them on the page), decimals as strings so no JSON reader turns them into binary floats.
/// The keys of a line are those of report.json's `metered` entries plus the tariff figures.
enum UsageJSONReport {
    /// The schema version; raise it when a key changes meaning or disappears.
    static let schemaVersion = 1

    /// The JSON bytes of `statement`, pretty-printed with two spaces, ending in a line feed.
    static func render(_ statement: UsageStatement) -> [UInt8] {
        let currency = statement.currency
        let lines: [JSONValue] = statement.lines.map { line in
            .object([
                ("month", .string(line.month.description)),
                ("service", .string(line.service.rawValue)),
                ("serviceName", .string(UsageText.serviceName(line.service))),
                ("unit", .string(line.unit)),
                ("quantity", .string(DecimalFormatting.canonical(line.quantity))),
                ("peakDay", line.peakDay.map { .string($0.description) } ?? .null),
                ("users", .number(line.users)),
                ("usersSource", .string(line.usersSource.rawValue)),
                ("includedBase", .string(DecimalFormatting.canonical(line.includedBase))),
                ("includedPerUser", .string(DecimalFormatting.canonical(line.includedPerUser))),
                ("threshold", .string(DecimalFormatting.canonical(line.threshold))),
                ("overage", .string(DecimalFormatting.canonical(line.overage))),
                ("blockSize", .string(DecimalFormatting.canonical(line.blockSize))),
                ("blocks", .string(DecimalFormatting.canonical(line.blocks))),
                ("pricePerBlock", .string(UsageText.pricePlain(line.pricePerBlock, currency))),
                ("amount", .string(UsageText.amountPlain(line.amount, currency))),
                ("currency", .string(currency.code)),
                ("invoiceMonth", .string(line.invoiceMonth.description)),
            ])
        }
        let document = JSONValue.object([
            ("schemaVersion", .number(schemaVersion)),
            ("month", .string(statement.month.description)),
            ("invoiceMonth", .string(statement.invoiceMonth.description)),
            ("companyName", .string(statement.companyName)),
            ("serialNr", .string(statement.serialNr)),
            ("currency", .string(currency.code)),
            ("minorUnit", .number(currency.minorUnit)),
            ("users", .number(statement.users)),
            ("usersSource", .string(statement.usersSource.rawValue)),
            ("asOf", .string(statement.asOf.description)),
            ("lines", .array(lines)),
            ("total", .object([
                ("amount", .string(UsageText.amountPlain(statement.total, currency))),
                ("currency", .string(currency.code)),
            ])),
        ])
        return Array((document.text(indent: 0) + "\n").utf8)
    }
}

/// A JSON value whose objects keep their keys in the order given (JSONEncoder sorts or scrambles them).
enum JSONValue: Sendable {
    case string(String)
    case number(Int)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Pretty-printed text, two spaces per level, `"key": value`.
    func text(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .string(let value): return JSONValue.quoted(value)
        case .number(let value): return "\(value)"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.text(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { pad + JSONValue.quoted($0.0) + ": " + $0.1.text(indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + close + "}"
        }
    }

    /// A JSON string literal (RFC 8259): `"` and `\` escaped, control characters as \n, \r, \t or \u00XX.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
