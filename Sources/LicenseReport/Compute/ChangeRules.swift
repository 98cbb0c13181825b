/// What changed between two snapshots (issue 12), as values: pages and the feed put them into words.
public enum ChangeRules {
    /// The differences from `before` to `after`, in this order: restrictions (in `after`'s order, then the
    /// ones that disappeared), licences (likewise), usage months that are new or whose total changed (a month
    /// that drops out of the data is not a change), events that started, events that finished, the next expiry.
    ///
    /// Restrictions match by name (the n-th of a name with the n-th), licences by owner and name, events by
    /// name and activation time. A restriction changes when its count, maximum or level does; a licence when
    /// its Total or InUse does.
    public static func changes(from before: HistorySnapshot, to after: HistorySnapshot) -> [HistoryChange] {
        var changes: [HistoryChange] = []
        let oldRestrictions = keyed(before.restrictions) { $0.name }
        let newRestrictions = keyed(after.restrictions) { $0.name }
        for (key, entry) in newRestrictions {
            let old = lookup(oldRestrictions, key)
            if old != entry { changes.append(.restriction(before: old, after: entry)) }
        }
        for (key, entry) in oldRestrictions where lookup(newRestrictions, key) == nil {
            changes.append(.restriction(before: entry, after: nil))
        }

        let oldLicenses = keyed(before.licenses) { "\($0.owner)\u{0}\($0.name)" }
        let newLicenses = keyed(after.licenses) { "\($0.owner)\u{0}\($0.name)" }
        for (key, entry) in newLicenses {
            let old = lookup(oldLicenses, key)
            if old?.total != entry.total || old?.inUse != entry.inUse { changes.append(.license(before: old, after: entry)) }
        }
        for (key, entry) in oldLicenses where lookup(newLicenses, key) == nil {
            changes.append(.license(before: entry, after: nil))
        }

        for entry in after.metered {
            let old = before.metered.first { $0.month == entry.month }
            if old != entry { changes.append(.month(before: old, after: entry)) }
        }

        let oldEvents = Set(before.runningEvents)
        let newEvents = Set(after.runningEvents)
        changes += after.runningEvents.filter { !oldEvents.contains($0) }.map(HistoryChange.eventStarted)
        changes += before.runningEvents.filter { !newEvents.contains($0) }.map(HistoryChange.eventFinished)

        if before.nextExpiryDate != after.nextExpiryDate {
            changes.append(.nextExpiry(before: before.nextExpiryDate, after: after.nextExpiryDate))
        }
        return changes
    }

    /// Entries with their key made unique by occurrence (the key, U+0001, the 1-based occurrence), in input order.
    private static func keyed<Entry>(_ entries: [Entry], _ key: (Entry) -> String) -> [(String, Entry)] {
        var seen: [String: Int] = [:]
        return entries.map { entry in
            let base = key(entry)
            let count = seen[base, default: 0] + 1
            seen[base] = count
            return ("\(base)\u{1}\(count)", entry)
        }
    }

    private static func lookup<Entry>(_ entries: [(String, Entry)], _ key: String) -> Entry? {
        entries.first { $0.0 == key }?.1
    }
}
