import Foundation

/// `feed.xml`: an Atom feed (RFC 4287) of what changed from build to build (issue 12), system events that
/// started and finished included, newest build first, one entry per change (`Report.changeLog`).
///
/// Ids are `StableID` URNs of the customer's serial number, the build's date and the change's values, so
/// the same change keeps its id in every later build; `updated` is local midnight of the build's report
/// date in the dataset's time zone. Every text comes from data and is escaped as XML text; the file is
/// parsed by libxml2 in the validate stage like every page. Written in Swift rather than as a template:
/// it is a data format, not a page to restyle.
enum AtomFeed {
    /// The feed of `report`.
    static func render(_ report: Report) -> String {
        let serial = report.customer.serialNr
        let zone = report.status.timeZoneIdentifier
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Language.current.code.rawValue)\">\n"
        xml += element("id", StableID.urn(["feed", serial]), indent: 1)
        xml += element("title", DisplayText.feedTitle(PageChrome.siteTitle(report.customer)), indent: 1)
        xml += element("subtitle", DisplayText.feedSubtitle(dataset: report.datasetName), indent: 1)
        xml += element("updated", timestamp(report.asOf, timeZone: zone), indent: 1)
        xml += "  <author>\n" + element("name", DisplayText.feedAuthor, indent: 2) + "  </author>\n"
        xml += "  <generator>license-report</generator>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(SiteRenderer.feedPath)\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"application/xhtml+xml\" href=\"index.html\"/>\n"
        for build in report.changeLog {
            var seen: [String: Int] = [:]
            let isLatest = build.date == report.asOf
            for change in build.changes {
                var key = [serial, build.date.description] + fields(of: change)
                let joined = key.joined(separator: "\u{1F}")
                seen[joined, default: 0] += 1
                if let repeatCount = seen[joined], repeatCount > 1 { key.append(String(repeatCount)) }
                xml += "  <entry>\n"
                xml += element("id", StableID.urn(key), indent: 2)
                xml += element("title", DisplayText.change(change), indent: 2)
                xml += element("updated", timestamp(build.date, timeZone: zone), indent: 2)
                xml += "    <link rel=\"alternate\" type=\"application/xhtml+xml\" href=\"\(isLatest ? "status.html#changes" : "status.html")\"/>\n"
                xml += "    <category term=\"\(category(of: change))\"/>\n"
                xml += element("summary", DisplayText.feedEntrySummary(date: build.date, since: build.since), indent: 2)
                xml += "  </entry>\n"
            }
        }
        return xml + "</feed>\n"
    }

    /// The data of a change that make its id: its kind, subject and values (never its wording).
    static func fields(of change: HistoryChange) -> [String] {
        let number: (Int?) -> String = { $0.map(String.init) ?? "null" }
        let restriction: (HistorySnapshot.RestrictionEntry?) -> [String] = { entry in
            entry.map { [$0.name, String($0.activeCount), number($0.maximum), $0.level.rawValue] } ?? ["none"]
        }
        let license: (HistorySnapshot.LicenseEntry?) -> [String] = { entry in
            entry.map { [$0.owner, $0.name, String($0.total), String($0.inUse)] } ?? ["none"]
        }
        let month: (HistorySnapshot.MonthEntry?) -> [String] = { entry in
            entry.map { [$0.month.description, DecimalFormatting.canonical($0.amount), $0.currency.code] } ?? ["none"]
        }
        switch change {
        case let .restriction(before, after): return ["restriction"] + restriction(before) + restriction(after)
        case let .license(before, after): return ["licence"] + license(before) + license(after)
        case let .month(before, after): return ["month"] + month(before) + month(after)
        case let .eventStarted(event): return ["event-started", event.event, event.activated ?? "null"]
        case let .eventFinished(event): return ["event-finished", event.event, event.activated ?? "null"]
        case let .nextExpiry(before, after): return ["next-expiry", before?.description ?? "null", after?.description ?? "null"]
        }
    }

    /// The entry's `category` term: "restriction", "licence", "metered", "event" or "expiry".
    static func category(of change: HistoryChange) -> String {
        switch change {
        case .restriction: "restriction"
        case .license: "licence"
        case .month: "metered"
        case .eventStarted, .eventFinished: "event"
        case .nextExpiry: "expiry"
        }
    }

    /// RFC 3339 local midnight of `date` in the zone: "2026-11-15T00:00:00+01:00".
    static func timestamp(_ date: CalendarDate, timeZone identifier: String) -> String {
        let zone = TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC")!
        let utcMidnight = Int64(date.daysSinceEpoch) * 86_400
        // The offset in force at local midnight: guessed from UTC midnight, then corrected once (a change of
        // offset happens at night, never twice within hours).
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utcMidnight)))
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utcMidnight - Int64(guess))))
        return ZonedDateTime(secondsSinceEpoch: utcMidnight - Int64(offset), utcOffsetSeconds: offset).description
    }

    private static func element(_ name: String, _ text: String, indent: Int) -> String {
        String(repeating: "  ", count: indent) + "<\(name)>\(MarkupEscaping.html(text))</\(name)>\n"
    }
}
