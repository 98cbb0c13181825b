import Foundation

/// One usage month of the metered services table (module-based subscriptions): a line per service
/// and the month's total, billed on the invoice of the following month.
struct MeteredMonth: Sendable {
    /// One service in the month, every figure of the invoicing rule already formatted.
    struct Line: Sendable {
        /// `MeteredService.rawValue`, for `data-service`.
        let service: String
        /// "Storage space".
        let serviceName: String
        /// "41.2", or "41.2 (peak 2026-03-14)" for a `max` service with daily rows.
        let usage: String
        let unit: String
        let users: String
        /// IncludedBase + IncludedPerUser × users.
        let threshold: String
        let overage: String
        let blocks: String
        /// "1,234.50 NOK".
        let amount: String
        /// True when the line costs something (overage above the threshold).
        let isBilled: Bool
    }

    /// "2026-03", also the id suffix ("usage-2026-03").
    let month: String
    /// "March 2026".
    let monthTitle: String
    /// "2026-04".
    let invoiceMonth: String
    /// "April 2026".
    let invoiceMonthTitle: String
    /// "12 users, from the month's ActiveUsers" or "… from the user plans' In use".
    let usersNote: String
    let lines: [Line]
    /// The month's total, the sum of its rounded lines: "1,234.50 NOK".
    let total: String
    /// "Total for 2026-03, billed on the invoice for 2026-04" (the usage pages' wording).
    let totalLabel: String

    /// Groups the report's metered lines by month (they arrive sorted by month, then service) and
    /// attaches each month's total from `meteredTotals`. Newest month first, like `usage/index`
    /// (report.json keeps the oldest first).
    static func months(_ report: Report) -> [MeteredMonth] {
        var groups: [(YearMonth, [MeteredLine])] = []
        for line in report.metered {
            if let last = groups.last, last.0 == line.month {
                groups[groups.count - 1].1.append(line)
            } else {
                groups.append((line.month, [line]))
            }
        }
        return groups.reversed().map { month, lines in
            let total = report.meteredTotals.first { $0.month == month }
            let currency = total?.currency ?? lines[0].currency
            let amount = total?.amount ?? lines.reduce(Decimal(0)) { $0 + $1.amount }
            let invoice = total?.invoiceMonth ?? lines[0].invoiceMonth
            return MeteredMonth(
                month: month.description, monthTitle: DisplayText.monthName(month),
                invoiceMonth: invoice.description, invoiceMonthTitle: DisplayText.monthName(invoice),
                usersNote: usersNote(lines[0]), lines: lines.map(line),
                total: DecimalFormatting.money(amount, currency),
                totalLabel: DisplayText.monthTotalLabel(month: month, invoiceMonth: invoice))
        }
    }

    private static func usersNote(_ line: MeteredLine) -> String {
        let users = line.users == 1 ? "1 user" : "\(DisplayText.count(line.users)) users"
        switch line.usersSource {
        case .usage: return "\(users), from the month's ActiveUsers"
        case .licenses: return "\(users), from In use of the user plans (no ActiveUsers for the month)"
        }
    }

    private static func line(_ line: MeteredLine) -> Line {
        var usage = DecimalFormatting.quantity(line.quantity)
        if let peak = line.peakDay { usage += " (peak \(peak))" }
        return Line(
            service: line.service.rawValue, serviceName: DisplayText.serviceName(line.service), usage: usage,
            unit: line.unit, users: DisplayText.count(line.users), threshold: DecimalFormatting.quantity(line.threshold),
            overage: DecimalFormatting.quantity(line.overage), blocks: DecimalFormatting.quantity(line.blocks),
            amount: DecimalFormatting.money(line.amount, line.currency), isBilled: line.overage > 0)
    }
}
