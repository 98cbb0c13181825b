/// What expires next, and when: the owner's subscription (its `ExpiryDate`) or one of its licences.
///
/// Pages say what expires (`DisplayText.expiryItem`) rather than a bare date, so that a licence
/// expiring is not read as the subscription ending. `report.json` keeps only the date
/// (`nextExpiryDate`).
public struct ExpiryNotice: Hashable, Sendable {
    /// The expiry date (a day in the dataset's time zone).
    public var date: CalendarDate
    /// `OwnerName` of the owner whose subscription or licence expires: "SUPEROFFICE".
    public var ownerName: String
    /// The licence's display name (`Description`, else `Name`); `nil` when the owner's subscription expires.
    public var licenseName: String?
    /// How many other items (subscriptions or licences) expire on the same day; 0 when this is the only one.
    public var othersOnSameDay: Int = 0
    /// Days from the report date to `date`: 0 on the day itself.
    public var daysLeft: Int
    /// `.expiring` within the report's warning window, else `.normal` (never `.expired`: a next expiry
    /// lies on or after the report date); `nil` before the warning rule ran (`ReportBuilder.addingGlance`).
    public var level: ExpiryLevel? = nil

}
