/// The compute stage: pure functions from a checked dataset and a report date to a `Report`.
/// No I/O, no clock, no locale. Each rule lives in its own type (`RestrictionRules`, `MeteredBilling`,
/// `ExpiryRules`, `EventRules`, `OwnerRules`); this type only assembles their results.
public enum ReportBuilder {
    /// Computes every figure of the report.
    /// - Parameters:
    ///   - dataset: a checked dataset.
    ///   - asOf: the report date (a day in the dataset's time zone).
    /// - Returns: the report, with every array sorted (restrictions keep their input order).
    public static func build(_ dataset: Dataset, asOf: CalendarDate) -> Report {
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
