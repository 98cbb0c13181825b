import Foundation

extension MeteredBilling {
    /// The usage months of a dataset: every month with at least one metered-service row or an `ActiveUsers`
    /// row, ascending. A month with no rows at all (a gap in the data) is not a usage month: there is
    /// nothing to invoice and no evidence the month was measured.
    public static func usageMonths(usage: [UsageRecord], activeUsers: [YearMonth: Int]) -> [YearMonth] {
        Set(usage.map(\.period.month)).union(activeUsers.keys).sorted()
    }

    /// The users figure from the licences: the sum of `InUse` over the user plans (ExtraFlags bit 1) of all
    /// owners, hidden licences included (a hidden user plan still has users).
    public static func usersFromLicenses(_ owners: [LicenseOwner]) -> Int {
        owners.flatMap(\.moduleLicenses).filter(\.isUserPlan).reduce(0) { $0 + $1.inUse }
    }

    /// The users figure of one month: the month's `ActiveUsers` when the usage data has it (source `.usage`),
    /// else the user plans in use (source `.licenses`).
    public static func users(in month: YearMonth, activeUsers: [YearMonth: Int],
                             owners: [LicenseOwner]) -> (count: Int, source: UsersSource) {
        if let count = activeUsers[month] { return (count, .usage) }
        return (usersFromLicenses(owners), .licenses)
    }

    /// Every usage month of a dataset, oldest first: each with a line for every service that has a
    /// tariff (a service without rows that month gets quantity 0 and amount 0, so the customer sees all
    /// of them).
    ///
    /// Empty for a CRM Suite subscription (its metered services are handled in My Apps, not invoiced here)
    /// and when there is no tariff table.
    /// - Parameter dataset: a checked dataset.
    public static func months(for dataset: Dataset) -> [UsageMonth] {
        guard dataset.status.subscriptionModel == .moduleBased, let table = dataset.tariffs else { return [] }
        var recordsByMonth: [YearMonth: [UsageRecord]] = [:]
        for record in dataset.usage { recordsByMonth[record.period.month, default: []].append(record) }
        return usageMonths(usage: dataset.usage, activeUsers: dataset.activeUsers).map { month in
            self.month(month, table: table, records: recordsByMonth[month] ?? [],
                       users: users(in: month, activeUsers: dataset.activeUsers, owners: dataset.owners))
        }
    }
}
