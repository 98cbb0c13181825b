/// The status headline every page starts with (issue 12), formatted from `Report.headline`: the worst
/// thing first, each part with its symbol, linking to the rows concerned (hrefs relative to the site root;
/// templates prefix `root`).
struct HeadlineView: Sendable {
    /// One phrase of the headline: "2 limits reached: Document templates, Forms".
    struct Part: Sendable {
        /// The CSS level: "reached", "expired", "approaching", "expiring" or "normal".
        let partLevel: String
        let partSymbol: String
        /// "2 limits reached", "Sales Intelligence expires in 16 days".
        let partText: String
        /// Where the phrase links (an expiring licence's row), relative to the root; `nil` when its items link.
        let partHref: String?
        /// The rows the phrase names, each linked (the restrictions of "2 limits reached").
        let items: [Item]
        let hasItems: Bool
        /// True for the last part (parts are separated by " · ").
        let partIsLast: Bool
    }

    /// A row named in a part.
    struct Item: Sendable {
        let itemName: String
        /// "status.html#restriction-forms", relative to the root.
        let itemHref: String
        let itemIsLast: Bool
    }

    /// "normal", "warning" or "error" (`data-level` of the headline).
    let headlineLevel: String
    let parts: [Part]
    /// The whole headline as one line of text, symbols included (Markdown pages).
    let headlineText: String

    /// How many expiring (or expired) items the headline names before it counts the rest.
    static let namedExpiries = 3

    /// Formats the headline of `report`, linking with `anchors`.
    init(report: Report, anchors: SiteAnchors) {
        let headline = report.headline
        var drafts: [(level: String, symbol: String, text: String, href: String?, items: [(String, String)])] = []
        let restrictionItems: ([Int]) -> [(String, String)] = { indices in
            indices.map { (report.restrictions[$0].name, anchors.href(ofRestriction: $0)) }
        }
        if !headline.reached.isEmpty {
            drafts.append(("reached", DisplayText.symbol(RestrictionLevel.reached), DisplayText.limitsReached(headline.reached.count),
                           nil, restrictionItems(headline.reached)))
        }
        for warning in headline.expired.prefix(Self.namedExpiries) {
            drafts.append(("expired", DisplayText.symbol(ExpiryLevel.expired), DisplayText.expiryPhrase(warning), anchors.href(of: warning), []))
        }
        if headline.expired.count > Self.namedExpiries {
            drafts.append(("expired", DisplayText.symbol(ExpiryLevel.expired),
                           DisplayText.moreExpired(headline.expired.count - Self.namedExpiries), "licenses.html", []))
        }
        if !headline.approaching.isEmpty {
            drafts.append(("approaching", DisplayText.symbol(RestrictionLevel.approaching),
                           DisplayText.limitsApproaching(headline.approaching.count, afterReached: !headline.reached.isEmpty),
                           nil, restrictionItems(headline.approaching)))
        }
        if headline.reached.isEmpty, headline.approaching.isEmpty, headline.limitedCount > 0 {
            drafts.append(("normal", DisplayText.symbol(RestrictionLevel.normal), DisplayText.allLimitsNormal, "status.html#plan", []))
        }
        for warning in headline.expiring.prefix(Self.namedExpiries) {
            drafts.append(("expiring", DisplayText.symbol(ExpiryLevel.expiring), DisplayText.expiryPhrase(warning), anchors.href(of: warning), []))
        }
        if headline.expiring.count > Self.namedExpiries {
            drafts.append(("expiring", DisplayText.symbol(ExpiryLevel.expiring),
                           DisplayText.moreExpiring(headline.expiring.count - Self.namedExpiries, within: headline.warnDays),
                           "licenses.html", []))
        }
        if headline.expiring.isEmpty {
            drafts.append(("normal", DisplayText.symbol(ExpiryLevel.normal),
                           DisplayText.nothingExpires(within: headline.warnDays, capitalized: drafts.isEmpty), "licenses.html", []))
        }
        headlineLevel = headline.level.rawValue
        parts = drafts.enumerated().map { index, draft in
            Part(partLevel: draft.level, partSymbol: draft.symbol, partText: draft.text, partHref: draft.href,
                 items: draft.items.enumerated().map { Item(itemName: $0.element.0, itemHref: $0.element.1, itemIsLast: $0.offset == draft.items.count - 1) },
                 hasItems: !draft.items.isEmpty, partIsLast: index == drafts.count - 1)
        }
        headlineText = drafts.map { draft in
            let names = draft.items.map(\.0).joined(separator: ", ")
            return "\(draft.symbol) \(draft.text)" + (names.isEmpty ? "" : ": \(names)")
        }.joined(separator: " · ")
    }
}

extension HeadlineView: MustacheViewModel {
    /// The stored properties of `HeadlineView`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "headlineLevel": .init(\.headlineLevel) { $0.headlineLevel }, "parts": .init(\.parts) { $0.parts }, "headlineText": .init(\.headlineText) { $0.headlineText },
    ]
}

extension HeadlineView.Part: MustacheViewModel {
    /// The stored properties of `HeadlineView.Part`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "partLevel": .init(\.partLevel) { $0.partLevel }, "partSymbol": .init(\.partSymbol) { $0.partSymbol }, "partText": .init(\.partText) { $0.partText }, "partHref": .init(\.partHref) { $0.partHref },
        "items": .init(\.items) { $0.items }, "hasItems": .init(\.hasItems) { $0.hasItems }, "partIsLast": .init(\.partIsLast) { $0.partIsLast },
    ]
}

extension HeadlineView.Item: MustacheViewModel {
    /// The stored properties of `HeadlineView.Item`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "itemName": .init(\.itemName) { $0.itemName }, "itemHref": .init(\.itemHref) { $0.itemHref }, "itemIsLast": .init(\.itemIsLast) { $0.itemIsLast },
    ]
}
