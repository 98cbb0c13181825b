/// "What changed since the last build" in words (issue 12), for the pages and the feed.
extension DisplayText {
    /// The heading of the changes: "Since the build of 2026-11-28".
    static func changesHeading(since date: CalendarDate) -> String { "Since the build of \(date)" }

    /// Said when the previous snapshot equals today's.
    static func nothingChanged(since date: CalendarDate) -> String { "Nothing changed since the build of \(date)." }

    /// Said when there is no previous snapshot.
    static let firstBuild = "No earlier build to compare with: the history starts with this build."

    /// The heading of the changes section.
    static let changesTitle = "What changed"

    /// One change as a sentence without a final full stop.
    static func change(_ change: HistoryChange) -> String {
        switch change {
        case let .restriction(before?, after?): restrictionChange(before, after)
        case let .restriction(nil, after?): "New restriction \(after.name): \(restrictionUsage(after))"
        case let .restriction(before?, nil): "Restriction \(before.name) is no longer listed"
        case .restriction(nil, nil): ""
        case let .license(before?, after?): licenseChange(before, after)
        case let .license(nil, after?):
            "New licence \(after.displayName) (\(after.owner)): \(count(after.inUse)) of \(count(after.total)) in use"
        case let .license(before?, nil): "Licence \(before.displayName) (\(before.owner)) is no longer listed"
        case .license(nil, nil): ""
        case let .month(before?, after):
            "Metered total for \(monthName(after.month)): \(amountPlainGrouped(before)) → \(money(after.amount, after.currency))"
        case let .month(nil, after): "Metered total for \(monthName(after.month)): \(money(after.amount, after.currency))"
        case let .eventStarted(event): "New system event: \(event.event)"
        case let .eventFinished(event): "System event finished: \(event.event)"
        case let .nextExpiry(before, after):
            "Next expiry \(before?.description ?? "none") → \(after?.description ?? "none")"
        }
    }

    private static func restrictionUsage(_ entry: HistorySnapshot.RestrictionEntry) -> String {
        entry.maximum.map { "\(count(entry.activeCount)) of \(count($0))" } ?? "\(count(entry.activeCount)), no limit"
    }

    private static func restrictionChange(_ before: HistorySnapshot.RestrictionEntry, _ after: HistorySnapshot.RestrictionEntry) -> String {
        let usage: String
        switch (before.maximum, after.maximum) {
        case let (old?, new?) where old == new: usage = "\(count(before.activeCount)) → \(count(after.activeCount)) of \(count(new))"
        case (nil, nil): usage = "\(count(before.activeCount)) → \(count(after.activeCount)), no limit"
        default: usage = "\(restrictionUsage(before)) → \(restrictionUsage(after))"
        }
        guard before.level != after.level else { return "\(after.name) \(usage)" }
        switch after.level {
        case .reached where after.maximum == 0: return "\(after.name) is not in the plan (\(usage))"
        case .reached: return "\(after.name) reached its limit (\(usage))"
        case .approaching: return "\(after.name) is approaching its limit (\(usage))"
        case .normal: return "\(after.name) is below \(RestrictionRules.approachingPercent) % of its limit (\(usage))"
        case .unlimited: return "\(after.name) has no limit (\(usage))"
        }
    }

    private static func licenseChange(_ before: HistorySnapshot.LicenseEntry, _ after: HistorySnapshot.LicenseEntry) -> String {
        if before.total == after.total {
            let delta = after.inUse - before.inUse
            let signed = delta > 0 ? "+\(count(delta))" : "−\(count(-delta))"
            return "\(after.displayName) \(signed) in use (\(count(before.inUse)) → \(count(after.inUse)) of \(count(after.total)))"
        }
        return "\(after.displayName): \(count(before.inUse)) of \(count(before.total)) → \(count(after.inUse)) of \(count(after.total)) in use"
    }

    private static func amountPlainGrouped(_ entry: HistorySnapshot.MonthEntry) -> String {
        DecimalFormatting.grouped(amountPlain(entry.amount, entry.currency))
    }
}

/// The feed's words (feed.xml).
extension DisplayText {
    /// "Nordlys Energi AS — SuperOffice licences: changes".
    static func feedTitle(_ siteTitle: String) -> String { "\(siteTitle): changes" }

    /// "What changed from build to build in dataset nordlys-module-based".
    static func feedSubtitle(dataset: String) -> String { "What changed from build to build of dataset \(dataset)" }

    /// The feed's author.
    static let feedAuthor = "license-report"

    /// "Build of 2026-11-15, compared with the build of 2026-11-14."
    static func feedEntrySummary(date: CalendarDate, since: CalendarDate) -> String {
        "Build of \(date), compared with the build of \(since)."
    }
}
