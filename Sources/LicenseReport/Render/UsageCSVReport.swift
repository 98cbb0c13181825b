import Foundation

/// The CSV file of one usage month: one row per metered service and one total row.
/// The columns are documented in docs/usage-reports.md; keep both in step.
enum UsageCSVReport {
    /// The header row, in column order.
    static let columns = [
        "RowType", "UsageMonth", "InvoiceMonth", "CompanyName", "SerialNr", "Service", "ServiceName", "Unit",
        "Quantity", "PeakDay", "Users", "UsersSource", "IncludedBase", "IncludedPerUser", "Threshold", "Overage",
        "BlockSize", "Blocks", "PricePerBlock", "Amount", "Currency",
    ]

    /// The CSV bytes of `statement` in `dialect`.
    static func render(_ statement: UsageStatement, dialect: CSVDialect) -> [UInt8] {
        let text = { (value: String) in CSVWriter.textCell(value, dialect: dialect) }
        let number = { (value: Decimal) in CSVWriter.numberCell(DecimalFormatting.canonical(value), dialect: dialect) }
        let currency = statement.currency
        var rows = [columns.map(text)]
        for line in statement.lines {
            rows.append([
                text("service"), text(statement.month.description), text(statement.invoiceMonth.description),
                text(statement.companyName), text(statement.serialNr), text(line.service.rawValue),
                text(UsageText.serviceName(line.service)), text(line.unit),
                number(line.quantity), text(line.peakDay?.description ?? ""), text("\(line.users)"),
                text(line.usersSource.rawValue), number(line.includedBase), number(line.includedPerUser),
                number(line.threshold), number(line.overage), number(line.blockSize), number(line.blocks),
                CSVWriter.numberCell(UsageText.pricePlain(line.pricePerBlock, currency), dialect: dialect),
                CSVWriter.numberCell(UsageText.amountPlain(line.amount, currency), dialect: dialect),
                text(currency.code),
            ])
        }
        var total = [String](repeating: "", count: columns.count)
        total[0] = text("total")
        total[1] = text(statement.month.description)
        total[2] = text(statement.invoiceMonth.description)
        total[3] = text(statement.companyName)
        total[4] = text(statement.serialNr)
        total[10] = text("\(statement.users)")
        total[11] = text(statement.usersSource.rawValue)
        total[19] = CSVWriter.numberCell(UsageText.amountPlain(statement.total, currency), dialect: dialect)
        total[20] = text(currency.code)
        rows.append(total)
        return CSVWriter.file(rows, dialect: dialect)
    }
}
