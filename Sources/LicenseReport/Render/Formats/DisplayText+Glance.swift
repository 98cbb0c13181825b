/// The words of the glance features (issue 12): the status headline, expiry indicators, "what changed",
/// chart titles and descriptions, the feed and the badge. Each sentence is built here and nowhere else.
extension DisplayText {
    // MARK: Headline

    /// "1 limit reached", "2 limits reached".
    static func limitsReached(_ count: Int) -> String { plural("limits_reached", count) }

    /// "1 approaching" after a reached part, else "1 limit approaching".
    static func limitsApproaching(_ count: Int, afterReached: Bool) -> String {
        plural(afterReached ? "limits_approaching_short" : "limits_approaching", count)
    }

    /// The headline part when no limit is reached or approaching.
    static var allLimitsNormal: String { words("all_limits_normal") }

    /// "nothing expires within 30 days" ("Nothing …" when it starts the headline).
    static func nothingExpires(within days: Int, capitalized: Bool) -> String {
        plural(capitalized ? "nothing_expires_first" : "nothing_expires", days)
    }

    /// "2 more expire within 30 days", for the items beyond the ones the headline names.
    static func moreExpiring(_ count: Int, within days: Int) -> String {
        plural("more_expiring", count, ["days": plural("days_count", days)])
    }

    /// "1 more has expired", "2 more have expired".
    static func moreExpired(_ count: Int) -> String { plural("more_expired", count) }

    /// What expires, short: the licence's display name, or "SUPEROFFICE subscription".
    static func expiringItem(_ warning: ExpiryWarning) -> String {
        warning.licenseDisplayName ?? words("expiry_item_subscription", ["owner": warning.ownerName])
    }

    /// "Sales Intelligence expires in 16 days", "… expires today", "… expired on 2026-03-01".
    static func expiryPhrase(_ warning: ExpiryWarning) -> String {
        words("expiry_phrase", ["item": expiringItem(warning), "when": expiryVerb(daysLeft: warning.daysLeft, date: warning.date)])
    }

    /// "expires in 16 days", "expires tomorrow", "expires today", "expired on 2026-03-01".
    static func expiryVerb(daysLeft: Int, date expiry: CalendarDate) -> String {
        switch daysLeft {
        case ..<0: words("expired_on", ["date": date(expiry)])
        case 0: words("expires_today")
        case 1: words("expires_tomorrow")
        default: plural("expires_in", daysLeft)
        }
    }

    /// The label of an expiry indicator: "Expires soon", "Expired" (never colour alone: it has a symbol too).
    static func label(_ level: ExpiryLevel) -> String {
        switch level {
        case .normal: words("expiry_valid")
        case .expiring: words("expiry_expiring")
        case .expired: words("expiry_expired")
        }
    }

    /// The symbol of an expiry indicator, the same shapes as the restriction levels of the same weight.
    static func symbol(_ level: ExpiryLevel) -> String {
        switch level {
        case .normal: "●"
        case .expiring: "▲"
        case .expired: "■"
        }
    }

    /// The symbol of an overall state.
    static func symbol(_ level: StatusLevel) -> String {
        switch level {
        case .normal: "●"
        case .warning: "▲"
        case .error: "■"
        }
    }

    /// The label of a restriction row's indicator: "Not in plan" for a Maximum of 0, else the level's label.
    static func label(_ restriction: RestrictionStatus) -> String {
        restriction.isNotInPlan ? words("level_not_in_plan") : label(restriction.level)
    }

    /// The symbol of a restriction row's indicator: "○" for a Maximum of 0 (nothing filled up), else the level's.
    static func symbol(_ restriction: RestrictionStatus) -> String {
        restriction.isNotInPlan ? "○" : symbol(restriction.level)
    }

    // MARK: Badge

    /// The badge's left text.
    static var badgeLabel: String { words("badge_label") }

    /// The badge's right text: the worst fact, short ("2 limits reached", "expires in 16 days", "normal").
    static func badgeMessage(_ headline: StatusHeadline) -> String {
        if !headline.reached.isEmpty { return limitsReached(headline.reached.count) }
        if let expired = headline.expired.first {
            return headline.expired.count == 1 ? words("badge_item_expired", ["item": expiringItem(expired)])
                : plural("badge_count_expired", headline.expired.count)
        }
        if !headline.approaching.isEmpty { return limitsApproaching(headline.approaching.count, afterReached: false) }
        if let expiring = headline.expiring.first { return expiryVerb(daysLeft: expiring.daysLeft, date: expiring.date) }
        return words("badge_normal")
    }

    // MARK: Helpers

    /// "Jan" … "Dec": a month on a chart axis (CLDR's abbreviated month name: "jan.", "Mär").
    static func monthShort(_ month: YearMonth) -> String { formats.monthShort(month) }
}

extension DisplayText {
    /// The label of an expiry warning's row among the status page's facts (its indicator says which level).
    static var expiryWarningLabel: String { words("fact_expiry") }

    /// An expiry warning as a fact of the status page: "Sales Intelligence licence (SUPEROFFICE): 2026-12-01 (16 days left)".
    static func expiryWarningFact(_ warning: ExpiryWarning) -> String {
        let notice = ExpiryNotice(date: warning.date, ownerName: warning.ownerName, licenseName: warning.licenseDisplayName,
                                  daysLeft: warning.daysLeft)
        return words("expiry_warning_fact", ["item": expiryItem(notice), "date": date(warning.date), "days_left": daysLeft(warning.daysLeft)])
    }
}
