import Foundation

/// One usage month of a report, gathered for the usage report: the customer, the month's metered
/// lines (every service with a tariff, in `MeteredService` order) and the month's total, exactly as
/// the compute stage produced them. Nothing here recomputes a figure.
struct UsageStatement: Hashable, Sendable {
    /// The usage month.
    var month: YearMonth
    /// The month it is billed on (the month after).
    var invoiceMonth: YearMonth
    /// CompanyName of the SUPEROFFICE owner (else the first owner).
    var companyName: String
    /// SerialNr of the same owner.
    var serialNr: String
    /// The tariff currency.
    var currency: Currency
    /// The users figure thresholds scale with.
    var users: Int
    /// Where `users` came from.
    var usersSource: UsersSource
    /// The month's lines, sorted by service.
    var lines: [MeteredLine]
    /// The month's total from `Report.meteredTotals` (the sum of the rounded lines).
    var total: Decimal
    /// The report date.
    var asOf: CalendarDate

    /// Every usage month of `report`, oldest first. A month is a usage month when it has metered lines.
    static func all(in report: Report) -> [UsageStatement] {
        let months = Set(report.metered.map(\.month)).sorted()
        return months.compactMap { statement(for: $0, in: report) }
    }

    /// The statement of `month`, or `nil` when the report has no metered line for it.
    static func statement(for month: YearMonth, in report: Report) -> UsageStatement? {
        let lines = report.metered.filter { $0.month == month }.sorted { $0.service < $1.service }
        guard let first = lines.first else { return nil }
        let owner = report.owners.first { $0.ownerName.uppercased() == "SUPEROFFICE" } ?? report.owners.first
        let total = report.meteredTotals.first { $0.month == month }
        return UsageStatement(
            month: month,
            invoiceMonth: total?.invoiceMonth ?? first.invoiceMonth,
            companyName: owner?.companyName ?? "",
            serialNr: owner?.serialNr ?? "",
            currency: total?.currency ?? first.currency,
            users: first.users,
            usersSource: first.usersSource,
            lines: lines,
            // The compute stage always gives a total per usage month; the fallback only keeps a
            // hand-built report without totals renderable.
            total: total?.amount ?? lines.reduce(Decimal(0)) { $0 + $1.amount },
            asOf: report.asOf)
    }

    /// The file name stem of this month's report: "2026-03".
    var stem: String { month.description }
}
