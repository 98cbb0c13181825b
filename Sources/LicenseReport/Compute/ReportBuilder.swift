/// The compute stage: pure functions from a checked dataset and a report date to a `Report`.
/// No I/O, no clock, no locale. Each rule lives in its own type (`RestrictionRules`, `MeteredBilling`,
/// `ExpiryRules`, `EventRules`, `OwnerRules`); this type only assembles their results.
public enum ReportBuilder {
    /// Computes every figure of the report.
    /// - Parameters:
    ///   - dataset: a checked dataset.
    ///   - asOf: the report date (a day in the dataset's time zone).
    ///   - warnDays: the expiry warning window (`--warn-days`), ≥ 0.
    ///   - previousHistory: the history of the site this build replaces (read by the load step), or `nil`.
    /// - Returns: the report, with every array sorted (restrictions keep their input order).
    public static func build(_ dataset: Dataset, asOf: CalendarDate, warnDays: Int = ExpiryWarningRules.defaultWarnDays,
                             previousHistory: History? = nil) -> Report {
        addingGlance(to: base(dataset, asOf: asOf), warnDays: warnDays, previousHistory: previousHistory)
    }

    /// The glance facts of issue 12 added to a report: expiry levels and warnings, the headline, the history
    /// with today's snapshot, the restriction trends, the changes since the previous snapshot and the feed's
    /// change log. Pure; a report built by hand (tests) gets them the same way.
    /// - Parameters:
    ///   - report: a report without them (the fields keep their defaults).
    ///   - warnDays: the expiry warning window, ≥ 0.
    ///   - previousHistory: the previous site's history (of this customer), or `nil`.
    public static func addingGlance(to report: Report, warnDays: Int, previousHistory: History?) -> Report {
        var report = report
        report.warnDays = warnDays
        report.meteredSeries = MeteredBilling.series(of: report.usageMonths)
        report.owners = ExpiryWarningRules.annotated(report.owners, warnDays: warnDays)
        report.expiryWarnings = ExpiryWarningRules.warnings(of: report.owners)
        if let days = report.nextExpiry?.daysLeft {
            report.nextExpiry?.level = ExpiryWarningRules.level(daysLeft: days, warnDays: warnDays)
        }
        report.headline = HeadlineRules.headline(restrictions: report.restrictions, warnings: report.expiryWarnings,
                                                 warnDays: warnDays)
        report.history = HistoryRules.appending(HistoryRules.snapshot(of: report), to: previousHistory,
                                                serialNr: report.customer.serialNr)
        var occurrences: [String: Int] = [:]
        report.restrictions = report.restrictions.map { restriction in
            var restriction = restriction
            let occurrence = occurrences[restriction.name, default: 0]
            occurrences[restriction.name] = occurrence + 1
            restriction.trend = HistoryRules.trend(of: restriction.name, occurrence: occurrence, in: report.history)
            return restriction
        }
        report.changes = HistoryRules.latestChanges(in: report.history)
        report.changeLog = HistoryRules.changeLog(of: report.history)
        return report
    }

    /// The figures without the glance facts.
    private static func base(_ dataset: Dataset, asOf: CalendarDate) -> Report {
        let ownerReports = OwnerRules.reports(of: dataset.owners, asOf: asOf)
        let restrictions = dataset.status.restrictions.map(RestrictionRules.status(of:))
        let events = EventRules.reports(of: dataset.events, asOf: asOf)
        return Report(datasetName: dataset.name, asOf: asOf, status: dataset.status,
                      customer: OwnerRules.customer(of: ownerReports),
                      nextExpiry: ExpiryRules.nextExpiryNotice(of: dataset.owners, asOf: asOf),
                      subscriptionModel: dataset.status.subscriptionModel, plan: dataset.status.plan,
                      owners: ownerReports,
                      restrictions: restrictions, worstRestrictionLevel: RestrictionRules.worstLevel(of: restrictions),
                      usageMonths: MeteredBilling.months(for: dataset),
                      events: events, runningEventCount: events.filter(\.isRunning).count)
    }
}
