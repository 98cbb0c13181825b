import Foundation

/// The JSON file of one usage month (`schemaVersion` 1), written with `JSONOutput` (the writer of report.json).
/// Keys are written in a fixed order (the order a reader meets them on the page), decimals as strings in
/// the same forms as report.json, so no JSON reader turns them into binary floats.
/// The keys of a line are those of report.json's `metered` entries plus the tariff figures.
enum UsageJSONReport {
    /// The schema version; raise it when a key changes meaning or disappears.
    static let schemaVersion = 1

    /// The JSON bytes of `statement`, pretty-printed with two spaces, ending in a line feed.
    static func render(_ statement: UsageStatement) -> [UInt8] {
        let currency = statement.currency
        let lines: [JSONOutput] = statement.lines.map { line in
            .object([
                ("month", .string(line.month.description)),
                ("service", .string(line.service.rawValue)),
                ("serviceName", .string(UsageText.serviceName(line.service))),
                ("unit", .string(line.unit)),
                ("quantity", .string(DecimalFormatting.canonical(line.quantity))),
                ("peakDay", line.peakDay.map { .string($0.description) } ?? .null),
                ("users", .int(line.users)),
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
        let document = JSONOutput.object([
            ("schemaVersion", .int(schemaVersion)),
            ("month", .string(statement.month.description)),
            ("invoiceMonth", .string(statement.invoiceMonth.description)),
            ("companyName", .string(statement.companyName)),
            ("serialNr", .string(statement.serialNr)),
            ("currency", .string(currency.code)),
            ("minorUnit", .int(currency.minorUnit)),
            ("users", .int(statement.users)),
            ("usersSource", .string(statement.usersSource.rawValue)),
            ("asOf", .string(statement.asOf.description)),
            ("lines", .array(lines)),
            ("total", .object([
                ("amount", .string(UsageText.amountPlain(statement.total, currency))),
                ("currency", .string(currency.code)),
            ])),
        ])
        return Array((document.text + "\n").utf8)
    }
}
