import Foundation

/// The JSON file of one usage month (`schemaVersion` 1), written with `JSONOutput` (the writer of report.json).
/// Keys are written in a fixed order (the order a reader meets them on the page), decimals as strings in
/// the same forms as report.json, so no JSON reader turns them into binary floats.
/// The keys of a line are those of report.json's `metered` entries plus the tariff figures.
enum UsageJSONReport {
    /// The schema version; raise it when a key changes meaning or disappears.
    static let schemaVersion = 1

    /// The JSON bytes of one usage month of `report`, pretty-printed with two spaces, ending in a line feed.
    static func render(_ month: UsageMonth, of report: Report) -> [UInt8] {
        let currency = month.currency
        let lines: [JSONOutput] = month.lines.map { line in
            .object([
                ("month", .string(month.month.description)),
                ("service", .string(line.service.rawValue)),
                ("serviceName", .string(DisplayText.machineServiceName(line.service))),
                ("unit", .string(line.unit)),
                ("quantity", .string(DecimalFormatting.canonical(line.quantity))),
                ("peakDay", line.peakDay.map { .string($0.description) } ?? .null),
                ("users", .int(month.users)),
                ("usersSource", .string(month.usersSource.rawValue)),
                ("includedBase", .string(DecimalFormatting.canonical(line.includedBase))),
                ("includedPerUser", .string(DecimalFormatting.canonical(line.includedPerUser))),
                ("threshold", .string(DecimalFormatting.canonical(line.threshold))),
                ("overage", .string(DecimalFormatting.canonical(line.overage))),
                ("blockSize", .string(DecimalFormatting.canonical(line.blockSize))),
                ("blocks", .string(DecimalFormatting.canonical(line.blocks))),
                ("pricePerBlock", .string(DisplayText.pricePlain(line.pricePerBlock, currency))),
                ("amount", .string(DisplayText.amountPlain(line.amount, currency))),
                ("currency", .string(currency.code)),
                ("invoiceMonth", .string(month.invoiceMonth.description)),
            ])
        }
        let document = JSONOutput.object([
            ("schemaVersion", .int(schemaVersion)),
            ("month", .string(month.month.description)),
            ("invoiceMonth", .string(month.invoiceMonth.description)),
            ("companyName", .string(report.customer.companyName)),
            ("serialNr", .string(report.customer.serialNr)),
            ("currency", .string(currency.code)),
            ("minorUnit", .int(currency.minorUnit)),
            ("users", .int(month.users)),
            ("usersSource", .string(month.usersSource.rawValue)),
            ("asOf", .string(report.asOf.description)),
            ("lines", .array(lines)),
            ("total", .object([
                ("amount", .string(DisplayText.amountPlain(month.total, currency))),
                ("currency", .string(currency.code)),
            ])),
        ])
        return document.bytes + [UInt8(ascii: "\n")]
    }
}
