/// What expires next, and when: the owner's subscription (its `ExpiryDate`) or one of its licences.
///
/// Pages say what expires ("Sales Intelligence licence (SUPEROFFICE)") rather than a bare date, so
/// that a licence expiring is not read as the subscription ending. `report.json` keeps only the date
/// (`nextExpiryDate`).
public struct ExpiryNotice: Hashable, Sendable {
    /// The expiry date (a day in the dataset's time zone).
    public var date: CalendarDate
    /// `OwnerName` of the owner whose subscription or licence expires: "SUPEROFFICE".
    public var ownerName: String
    /// The licence's display name (`Description`, else `Name`); `nil` when the owner's subscription expires.
    public var licenseName: String?
    /// How many other items (subscriptions or licences) expire on the same day; 0 when this is the only one.
    public var othersOnSameDay: Int

    /// Memberwise initializer.
    public init(date: CalendarDate, ownerName: String, licenseName: String?, othersOnSameDay: Int = 0) {
        self.date = date
        self.ownerName = ownerName
        self.licenseName = licenseName
        self.othersOnSameDay = othersOnSameDay
    }

    /// What expires, in words: "Sales Intelligence licence (SUPEROFFICE)" or "SUPEROFFICE subscription"
    /// (" licence" is not repeated when the name already ends with it),
    /// followed by " and 2 more" when other items expire on the same day.
    public var description: String {
        let item = licenseName.map { name in
            let noun = name.lowercased().hasSuffix("licence") || name.lowercased().hasSuffix("license") ? "" : " licence"
            return "\(name)\(noun) (\(ownerName))"
        } ?? "\(ownerName) subscription"
        return othersOnSameDay == 0 ? item : "\(item) and \(othersOnSameDay) more"
    }
}
