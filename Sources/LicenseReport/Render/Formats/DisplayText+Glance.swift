/// The words of the glance features (issue 12): the status headline, expiry indicators, "what changed",
/// chart titles and descriptions, the feed and the badge. Each sentence is built here and nowhere else.
extension DisplayText {
    // MARK: Headline

    /// "1 limit reached", "2 limits reached".
    static func limitsReached(_ count: Int) -> String { "\(countNoun(count, "limit", "limits")) reached" }

    /// "1 approaching" after a reached part, else "1 limit approaching".
    static func limitsApproaching(_ count: Int, afterReached: Bool) -> String {
        afterReached ? "\(DisplayText.count(count)) approaching" : "\(countNoun(count, "limit", "limits")) approaching"
    }

    /// The headline part when no limit is reached or approaching.
    static let allLimitsNormal = "All limits normal"

    /// "nothing expires within 30 days" ("Nothing …" when it starts the headline).
    static func nothingExpires(within days: Int, capitalized: Bool) -> String {
        "\(capitalized ? "Nothing" : "nothing") expires within \(countNoun(days, "day", "days"))"
    }

    /// "2 more expire within 30 days", for the items beyond the ones the headline names.
    static func moreExpiring(_ count: Int, within days: Int) -> String {
        "\(DisplayText.count(count)) more \(count == 1 ? "expires" : "expire") within \(countNoun(days, "day", "days"))"
    }

    /// "1 more has expired", "2 more have expired".
    static func moreExpired(_ count: Int) -> String { "\(DisplayText.count(count)) more \(count == 1 ? "has" : "have") expired" }

    /// What expires, short: the licence's display name, or "SUPEROFFICE subscription".
    static func expiringItem(_ warning: ExpiryWarning) -> String {
        warning.licenseDisplayName ?? "\(warning.ownerName) subscription"
    }

    /// "Sales Intelligence expires in 16 days", "… expires today", "… expired on 2026-03-01".
    static func expiryPhrase(_ warning: ExpiryWarning) -> String {
        "\(expiringItem(warning)) \(expiryVerb(daysLeft: warning.daysLeft, date: warning.date))"
    }

    /// "expires in 16 days", "expires tomorrow", "expires today", "expired on 2026-03-01".
    static func expiryVerb(daysLeft: Int, date: CalendarDate) -> String {
        switch daysLeft {
        case ..<0: "expired on \(date)"
        case 0: "expires today"
        case 1: "expires tomorrow"
        default: "expires in \(count(daysLeft)) days"
        }
    }

    /// The label of an expiry indicator: "Expires soon", "Expired" (never colour alone: it has a symbol too).
    static func label(_ level: ExpiryLevel) -> String {
        switch level {
        case .normal: "Valid"
        case .expiring: "Expires soon"
        case .expired: "Expired"
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
        restriction.isNotInPlan ? "Not in plan" : label(restriction.level)
    }

    /// The symbol of a restriction row's indicator: "○" for a Maximum of 0 (nothing filled up), else the level's.
    static func symbol(_ restriction: RestrictionStatus) -> String {
        restriction.isNotInPlan ? "○" : symbol(restriction.level)
    }

    // MARK: Badge

    /// The badge's left text.
    static let badgeLabel = "licences"

    /// The badge's right text: the worst fact, short ("2 limits reached", "expires in 16 days", "normal").
    static func badgeMessage(_ headline: StatusHeadline) -> String {
        if !headline.reached.isEmpty { return limitsReached(headline.reached.count) }
        if let expired = headline.expired.first { return headline.expired.count == 1 ? "\(expiringItem(expired)) expired" : "\(count(headline.expired.count)) expired" }
        if !headline.approaching.isEmpty { return limitsApproaching(headline.approaching.count, afterReached: false) }
        if let expiring = headline.expiring.first { return expiryVerb(daysLeft: expiring.daysLeft, date: expiring.date) }
        return "normal"
    }

    // MARK: Helpers

    /// "1 limit", "2 limits" (grouped count).
    static func countNoun(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(count(value)) \(value == 1 ? singular : plural)"
    }

    /// "Jan" … "Dec": a month on a chart axis.
    static func monthShort(_ month: YearMonth) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month.month - 1]
    }
}

extension DisplayText {
    /// The label of an expiry warning's row among the status page's facts (its indicator says which level).
    static let expiryWarningLabel = "Expiry"

    /// An expiry warning as a fact of the status page: "Sales Intelligence licence (SUPEROFFICE): 2026-12-01 (16 days left)".
    static func expiryWarningFact(_ warning: ExpiryWarning) -> String {
        let notice = ExpiryNotice(date: warning.date, ownerName: warning.ownerName, licenseName: warning.licenseDisplayName,
                                  daysLeft: warning.daysLeft)
        return "\(expiryItem(notice)): \(warning.date) (\(daysLeft(warning.daysLeft)))"
    }
}
