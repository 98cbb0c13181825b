import Foundation

extension StatusPage {
    /// One usage month of the metered services table (module-based subscriptions): a line per service
    /// and the month's total, billed on the invoice of the following month.
    struct Month: Sendable {
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
        /// "12 users, the active users reported for the month" or "…, the user plans in use (…)".
        let usersNote: String
        let lines: [Line]
        /// The month's total, the sum of its rounded lines: "1,234.50 NOK".
        let total: String
        /// "Total for March 2026, billed on the invoice for April 2026" (the usage pages' wording).
        let totalLabel: String

        /// Formats one usage month.
        init(_ month: UsageMonth) {
            self.month = month.month.description
            monthTitle = DisplayText.monthName(month.month)
            invoiceMonth = month.invoiceMonth.description
            invoiceMonthTitle = DisplayText.monthName(month.invoiceMonth)
            usersNote = Month.usersNote(month)
            lines = month.lines.map { Line($0, users: month.users, currency: month.currency) }
            total = DisplayText.money(month.total, month.currency)
            totalLabel = DisplayText.monthTotalLabel(month: month.month, invoiceMonth: month.invoiceMonth)
        }

        private static func usersNote(_ month: UsageMonth) -> String {
            switch month.usersSource {
            case .usage: return DisplayText.plural("users_note_usage", month.users)
            case .licenses: return DisplayText.plural("users_note_licences", month.users)
            }
        }
    }
}

extension StatusPage.Month.Line {
    /// Formats one metered line of a month with `users` users, amounts in `currency`.
    init(_ line: MeteredLine, users: Int, currency: Currency) {
        var usage = DisplayText.quantity(line.quantity)
        if let peak = line.peakDay { usage = DisplayText.words("usage_peak", ["usage": usage, "day": DisplayText.date(peak)]) }
        self.init(
            service: line.service.rawValue, serviceName: DisplayText.serviceName(line.service), usage: usage,
            unit: line.unit, users: DisplayText.count(users), threshold: DisplayText.quantity(line.threshold),
            overage: DisplayText.quantity(line.overage), blocks: DisplayText.quantity(line.blocks),
            amount: DisplayText.money(line.amount, currency), isBilled: line.overage > 0)
    }
}

extension StatusPage.Month: MustacheViewModel {
    /// The stored properties of `StatusPage.Month`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "month": .init(\.month) { $0.month }, "monthTitle": .init(\.monthTitle) { $0.monthTitle }, "invoiceMonth": .init(\.invoiceMonth) { $0.invoiceMonth },
        "invoiceMonthTitle": .init(\.invoiceMonthTitle) { $0.invoiceMonthTitle }, "usersNote": .init(\.usersNote) { $0.usersNote }, "lines": .init(\.lines) { $0.lines }, "total": .init(\.total) { $0.total },
        "totalLabel": .init(\.totalLabel) { $0.totalLabel },
    ]
}

extension StatusPage.Month.Line: MustacheViewModel {
    /// The stored properties of `StatusPage.Month.Line`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "service": .init(\.service) { $0.service }, "serviceName": .init(\.serviceName) { $0.serviceName }, "usage": .init(\.usage) { $0.usage }, "unit": .init(\.unit) { $0.unit }, "users": .init(\.users) { $0.users },
        "threshold": .init(\.threshold) { $0.threshold }, "overage": .init(\.overage) { $0.overage }, "blocks": .init(\.blocks) { $0.blocks }, "amount": .init(\.amount) { $0.amount }, "isBilled": .init(\.isBilled) { $0.isBilled },
    ]
}
