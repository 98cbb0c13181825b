/// One difference between two consecutive snapshots (`ChangeRules.changes`). Values, not words: pages and
/// the feed put them into words (`DisplayText.change`).
public enum HistoryChange: Hashable, Sendable {
    /// A restriction's count, maximum or level changed, or it appeared (`before` nil) or disappeared (`after` nil).
    case restriction(before: HistorySnapshot.RestrictionEntry?, after: HistorySnapshot.RestrictionEntry?)
    /// A licence's Total or InUse changed, or it appeared or disappeared.
    case license(before: HistorySnapshot.LicenseEntry?, after: HistorySnapshot.LicenseEntry?)
    /// A usage month appeared (`before` nil) or its metered total changed.
    case month(before: HistorySnapshot.MonthEntry?, after: HistorySnapshot.MonthEntry)
    /// A system event runs now that did not run at the previous build.
    case eventStarted(HistorySnapshot.EventEntry)
    /// A system event that ran at the previous build runs no more.
    case eventFinished(HistorySnapshot.EventEntry)
    /// The next expiry date changed.
    case nextExpiry(before: CalendarDate?, after: CalendarDate?)
}

/// The changes between one build and the build before it.
public struct ChangeReport: Hashable, Sendable {
    /// The report date of the previous snapshot.
    public var since: CalendarDate
    /// The report date of the later snapshot.
    public var date: CalendarDate
    /// Restrictions, licences, months, events, next expiry; each group in report order.
    public var changes: [HistoryChange]
}
