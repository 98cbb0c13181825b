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

    /// The CSV bytes of one usage month of `customer`, in `dialect`.
    static func render(_ month: UsageMonth, customer: Customer, dialect: CSVDialect) -> [UInt8] {
        let text = { (value: String) in CSVWriter.textCell(value, dialect: dialect) }
        let number = { (value: Decimal) in CSVWriter.numberCell(DecimalFormatting.canonical(value), dialect: dialect) }
        let currency = month.currency
        var rows = [columns.map(text)]
        for line in month.lines {
            rows.append([
                text("service"), text(month.month.description), text(month.invoiceMonth.description),
                text(customer.companyName), text(customer.serialNr), text(line.service.rawValue),
                text(DisplayText.machineServiceName(line.service)), text(line.unit),
                number(line.quantity), text(line.peakDay?.description ?? ""), text("\(month.users)"),
                text(month.usersSource.rawValue), number(line.includedBase), number(line.includedPerUser),
                number(line.threshold), number(line.overage), number(line.blockSize), number(line.blocks),
                CSVWriter.numberCell(DisplayText.pricePlain(line.pricePerBlock, currency), dialect: dialect),
                CSVWriter.numberCell(DisplayText.amountPlain(line.amount, currency), dialect: dialect),
                text(currency.code),
            ])
        }
        var total = [String](repeating: "", count: columns.count)
        total[0] = text("total")
        total[1] = text(month.month.description)
        total[2] = text(month.invoiceMonth.description)
        total[3] = text(customer.companyName)
        total[4] = text(customer.serialNr)
        total[10] = text("\(month.users)")
        total[11] = text(month.usersSource.rawValue)
        total[19] = CSVWriter.numberCell(DisplayText.amountPlain(month.total, currency), dialect: dialect)
        total[20] = text(currency.code)
        rows.append(total)
        return CSVWriter.file(rows, dialect: dialect)
    }
}
