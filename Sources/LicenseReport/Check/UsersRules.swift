/// The users figure of every metered month must be known before thresholds are computed
/// (docs/rules.md, "Users"): a month's `ActiveUsers`, else the `InUse` of the user plans.
///
/// Without either, the figure used to fall to 0 without a word: thresholds dropped to `IncludedBase`
/// and amounts roughly doubled. "No user plan in use" is taken to mean no licence with ExtraFlags bit 1
/// in any owner (hidden ones included): then the data holds no users figure at all, and 0 would be an
/// invention, so the month is an error. User plans whose `InUse` adds up to 0 are SuperOffice's own
/// count of a real state (every user unassigned), so that is a warning (an error under `--strict`).
enum UsersRules {
    /// Checks each month that will be invoiced: a module-based subscription with tariffs, a month with
    /// metered rows and no `ActiveUsers`.
    /// - Parameters:
    ///   - owners: the licence owners as checked.
    ///   - ownersAreComplete: `false` when license.json had errors (its owners are then partial, and the
    ///     rule is not applied: the errors already stop the build).
    ///   - usage: the usage rules after every row was added.
    ///   - invoiced: whether the dataset's metered usage is invoiced (module-based, with tariffs).
    ///   - log: receives `unknownUsers` (an error) or `noUsersInUse` (a warning) per month, at the month's
    ///     first usage row, and `numberTooLarge` once when the user plans' `InUse` add up past 2³¹ − 1.
    static func check(owners: [LicenseOwner], ownersAreComplete: Bool, usage: UsageRules, invoiced: Bool,
                      log: inout DiagnosticLog) {
        guard invoiced, ownersAreComplete else { return }
        var firstRow: [YearMonth: SourceLocation] = [:]
        for record in usage.records where usage.activeUsers[record.period.month] == nil {
            let month = record.period.month
            if let known = firstRow[month], known <= record.location { continue }
            firstRow[month] = record.location
        }
        guard !firstRow.isEmpty else { return }
        let userPlans = owners.flatMap(\.moduleLicenses).filter(\.isUserPlan)
        let users = userPlans.reduce(0) { $0 + $1.inUse }
        for (month, location) in firstRow.sorted(by: { $0.key < $1.key }) {
            if userPlans.isEmpty {
                log.error(.unknownUsers(month: month.description), at: location)
            } else if users == 0 {
                log.warning(.noUsersInUse(month: month.description), at: location)
            }
        }
        if users > NumberLimits.maximumCount, let first = firstRow.min(by: { $0.key < $1.key }) {
            log.error(NumberLimits.countTooLarge(field: "the users of the user plans (InUse)", text: "\(users)", allowNegative: false),
                      at: first.value)
        }
    }
}
