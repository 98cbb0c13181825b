/// Everything computed from a dataset for one report date: the output of the compute stage and the
/// only input of rendering. Anything two pages show is a field here, computed once; arrays are sorted;
/// no dictionaries. Render only formats.
public struct Report: Hashable, Sendable {
    /// The dataset's display name (its folder name).
    public var datasetName: String
    /// The report date.
    public var asOf: CalendarDate
    /// The database status facts (subscription, type, prepared for, URLs, time zone).
    public var status: DatabaseStatus
    /// The customer the report is about (the first owner in report order).
    public var customer: Customer
    /// What expires next: the earliest ExpiryDate of any owner or licence on or after `asOf`, with
    /// the owner and licence it belongs to; `nil` when nothing time-limited is left.
    public var nextExpiry: ExpiryNotice?
    /// `SubscriptionModel` of status.json.
    public var subscriptionModel: SubscriptionModel
    /// The CRM Suite plan, if any.
    public var plan: CRMSuitePlan?
    /// Owners, SUPEROFFICE first, then by OwnerName (`OwnerRules.precedes`).
    public var owners: [OwnerReport]
    /// In input order.
    public var restrictions: [RestrictionStatus]
    /// The most severe restriction level (`nil` without restrictions).
    public var worstRestrictionLevel: RestrictionLevel?
    /// The usage months, oldest first. Every service with a tariff appears in every usage month
    /// (see `MeteredBilling.usageMonths`). Empty for CRM Suite subscriptions and without tariffs.
    public var usageMonths: [UsageMonth]
    /// Sorted by activation time (events without one last), then name.
    public var events: [EventReport]
    /// How many events are still running as of the report date.
    public var runningEventCount: Int

    /// Earliest ExpiryDate of any owner or licence on or after `asOf` (`nextExpiryDate` of report.json).
    public var nextExpiryDate: CalendarDate? { nextExpiry?.date }
}
