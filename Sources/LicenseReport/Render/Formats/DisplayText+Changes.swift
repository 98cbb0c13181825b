/// "What changed since the last build" in words (issue 12), for the pages and the feed.
extension DisplayText {
    /// The heading of the changes: "Since the build of 2026-11-28".
    static func changesHeading(since build: CalendarDate) -> String { words("changes_since", ["date": date(build)]) }

    /// Said when the previous snapshot equals today's.
    static func nothingChanged(since build: CalendarDate) -> String { words("changes_nothing", ["date": date(build)]) }

    /// Said when there is no previous snapshot.
    static var firstBuild: String { words("changes_first_build") }

    /// The heading of the changes section.
    static var changesTitle: String { words("changes_title") }

    /// One change as a sentence without a final full stop.
    static func change(_ change: HistoryChange) -> String {
        switch change {
        case let .restriction(before?, after?): restrictionChange(before, after)
        case let .restriction(nil, after?): words("change_restriction_new", ["name": after.name, "usage": restrictionUsage(after)])
        case let .restriction(before?, nil): words("change_restriction_gone", ["name": before.name])
        case .restriction(nil, nil): ""
        case let .license(before?, after?): licenseChange(before, after)
        case let .license(nil, after?):
            words("change_licence_new", ["name": after.displayName, "owner": after.owner, "in_use": count(after.inUse),
                                         "total": count(after.total)])
        case let .license(before?, nil): words("change_licence_gone", ["name": before.displayName, "owner": before.owner])
        case .license(nil, nil): ""
        case let .month(before?, after):
            words("change_month", ["month": monthName(after.month), "before": amountNumber(before.amount, before.currency),
                                   "after": money(after.amount, after.currency)])
        case let .month(nil, after): words("change_month_new", ["month": monthName(after.month), "after": money(after.amount, after.currency)])
        case let .eventStarted(event): words("change_event_started", ["event": event.event])
        case let .eventFinished(event): words("change_event_finished", ["event": event.event])
        case let .nextExpiry(before, after):
            words("change_next_expiry", ["before": before.map(date) ?? words("change_none"), "after": after.map(date) ?? words("change_none")])
        }
    }

    private static func restrictionUsage(_ entry: HistorySnapshot.RestrictionEntry) -> String {
        entry.maximum.map { words("usage_of", ["count": count(entry.activeCount), "maximum": count($0)]) }
            ?? words("usage_no_limit", ["count": count(entry.activeCount)])
    }

    private static func restrictionChange(_ before: HistorySnapshot.RestrictionEntry, _ after: HistorySnapshot.RestrictionEntry) -> String {
        let usage: String
        switch (before.maximum, after.maximum) {
        case let (old?, new?) where old == new:
            usage = words("usage_change_of", ["before": count(before.activeCount), "after": count(after.activeCount), "maximum": count(new)])
        case (nil, nil): usage = words("usage_change_no_limit", ["before": count(before.activeCount), "after": count(after.activeCount)])
        default: usage = "\(restrictionUsage(before)) → \(restrictionUsage(after))"
        }
        guard before.level != after.level else { return "\(after.name) \(usage)" }
        let values = ["name": after.name, "usage": usage]
        switch after.level {
        case .reached where after.maximum == 0: return words("change_not_in_plan", values)
        case .reached: return words("change_reached", values)
        case .approaching: return words("change_approaching", values)
        case .normal: return words("change_normal", values.merging(["percent": String(RestrictionRules.approachingPercent)]) { $1 })
        case .unlimited: return words("change_unlimited", values)
        }
    }

    private static func licenseChange(_ before: HistorySnapshot.LicenseEntry, _ after: HistorySnapshot.LicenseEntry) -> String {
        if before.total == after.total {
            let delta = after.inUse - before.inUse
            let signed = delta > 0 ? "+\(count(delta))" : "−\(count(-delta))"
            return words("change_licence_in_use", ["name": after.displayName, "change": signed, "before": count(before.inUse),
                                                   "after": count(after.inUse), "total": count(after.total)])
        }
        return words("change_licence_total", ["name": after.displayName, "before": count(before.inUse), "before_total": count(before.total),
                                              "after": count(after.inUse), "after_total": count(after.total)])
    }
}

/// The feed's words (feed.xml).
extension DisplayText {
    /// "Nordlys Energi AS — SuperOffice licences: changes".
    static func feedTitle(_ siteTitle: String) -> String { words("feed_title", ["site": siteTitle]) }

    /// "What changed from build to build of dataset nordlys-module-based".
    static func feedSubtitle(dataset: String) -> String { words("feed_subtitle", ["dataset": dataset]) }

    /// The feed's author: the program's name, in every language.
    static let feedAuthor = "license-report"

    /// "Build of 2026-11-15, compared with the build of 2026-11-14."
    static func feedEntrySummary(date build: CalendarDate, since: CalendarDate) -> String {
        words("feed_entry_summary", ["date": date(build), "since": date(since)])
    }
}
