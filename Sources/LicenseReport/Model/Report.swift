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

    // The glance facts (issue 12), added by `ReportBuilder.addingGlance`; the defaults are those of a
    // report without them (no warnings, no history).

    /// The warning window of `--warn-days`: an owner or licence that expires within this many days is a warning.
    public var warnDays: Int = ExpiryWarningRules.defaultWarnDays
    /// Owners and visible licences that expire within `warnDays` or have expired, earliest first.
    public var expiryWarnings: [ExpiryWarning] = []
    /// The usage months per service, oldest first (the charts).
    public var meteredSeries: [MeteredSeries] = []
    /// The status headline's facts.
    public var headline: StatusHeadline = StatusHeadline()
    /// The kept history with today's snapshot last (written as history.json).
    public var history: History = History()
    /// What changed since the previous snapshot; `nil` when there is none (a first build, or history started afresh).
    public var changes: ChangeReport? = nil
    /// The changes of the recent builds that changed something, newest first (`HistoryRules.feedBuilds`
    /// builds at most): the entries of feed.xml.
    public var changeLog: [ChangeReport] = []

    /// Earliest ExpiryDate of any owner or licence on or after `asOf` (`nextExpiryDate` of report.json).
    public var nextExpiryDate: CalendarDate? { nextExpiry?.date }
}
