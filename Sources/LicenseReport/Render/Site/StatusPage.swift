/// The view model of `status.html` / `status.md`: the Status tab of SuperOffice's Licences screen
/// (database facts, CRM Suite plan restrictions, metered services, system notifications).
struct StatusPage: Sendable {
    /// A label/value row of the Database table.
    struct Fact: Sendable {
        let factLabel: String
        let factValue: String
        /// An expiry indicator (the next expiry within `--warn-days`, or an expiry warning's row).
        var factIndicator: IndicatorView? = nil
    }

    /// One plan restriction: "N of M <limit>" with its indicator.
    struct RestrictionRow: Sendable {
        /// Unique on the page, the headline's link target: "restriction-sales-guides".
        let rowID: String
        let restrictionName: String
        /// `RestrictionLevel.rawValue`, for `data-level` and the CSS class.
        let level: String
        /// "1 of 100 active projects".
        let usageText: String
        /// "85 %", or "—" (unlimited, or not in the plan).
        let percentText: String
        /// The indicator's CSS level: the level, or "not-in-plan" for a Maximum of 0.
        let indicatorLevel: String
        let indicatorSymbol: String
        let indicatorLabel: String
        /// InfoUrl, when given (the indicator links to it).
        let infoLink: String?
        /// UpgradeUrl, for the admin audience next to approaching or reached indicators.
        let upgradeLink: String?
        /// The share-of-limit meter; `nil` when unlimited or not in the plan.
        let meter: MeterView?
        /// The trend over the kept history; `nil` before there are two builds.
        let sparkline: SparklineView?
        /// Shown instead of the sparkline: "—".
        let noTrendText: String
    }

    let chrome: PageChrome
    let facts: [Fact]
    /// True for a CRM Suite subscription or when there are restrictions.
    let showPlan: Bool
    /// "CRM Suite subscription", or "Plan restrictions" for a module-based subscription with restrictions.
    let planHeading: String
    let planName: String
    let hasRestrictions: Bool
    let restrictions: [RestrictionRow]
    /// InfoUrl (what the limits mean), when given: each indicator links to it on screen, and the printed
    /// page spells it out once below the restrictions.
    let planInfoLink: String?
    /// True for a module-based subscription.
    let showMetered: Bool
    /// True for a CRM Suite subscription: metered services are shown in My Apps instead.
    let showMyAppsNote: Bool
    /// Newest month first, like `usage/index` (report.json keeps the oldest first).
    let meteredMonths: [Month]
    /// The newest month (shown open) and the older ones (behind a `<details>`), newest first.
    let newestMonth: Month?
    let olderMonths: [Month]
    let hasOlderMonths: Bool
    /// One chart per metered service, months oldest to newest.
    let meteredCharts: [MeteredChart]
    let hasMeteredCharts: Bool
    /// What changed since the previous build.
    let changes: ChangesView
    let hasMeteredMonths: Bool
    /// True when `usage/index.html` is written (the report has metered lines).
    let hasUsagePages: Bool
    let events: [EventRow]
    let hasEvents: Bool
    /// "3 of 5 system notifications are still running."
    let runningEventsText: String
    /// The IANA time zone the times are shown in.
    let timeZone: String

    /// Builds the page from the report alone; `meteredCharts` when the caller has drawn them already
    /// (`MeteredChart.charts(of:)`: the site draws them once for this page and the usage index).
    init(report: Report, audience: Audience, meteredCharts: [MeteredChart]? = nil) {
        chrome = PageChrome(report: report, pageTitle: DisplayText.words("title_status"), current: "status")
        let anchors = SiteAnchors(report: report)
        facts = StatusPage.facts(report)
        changes = ChangesView(report: report)
        let isCRMSuite = report.subscriptionModel == .crmSuite
        showPlan = isCRMSuite || !report.restrictions.isEmpty
        planHeading = DisplayText.words(isCRMSuite ? "plan_heading_crm_suite" : "plan_heading_restrictions")
        planName = report.plan?.rawValue ?? DisplayText.words("not_given")
        let info = DisplayText.webLink(report.status.infoURL)
        let upgrade = audience == .admin ? DisplayText.webLink(report.status.upgradeURL) : nil
        planInfoLink = info
        restrictions = zip(report.restrictions, anchors.restrictionIDs).map {
            StatusPage.row($0, id: $1, infoLink: info, upgradeLink: upgrade)
        }
        hasRestrictions = !restrictions.isEmpty
        showMetered = !isCRMSuite
        showMyAppsNote = isCRMSuite
        meteredMonths = report.usageMonths.reversed().map(Month.init)
        hasMeteredMonths = !meteredMonths.isEmpty
        newestMonth = meteredMonths.first
        olderMonths = Array(meteredMonths.dropFirst())
        hasOlderMonths = !olderMonths.isEmpty
        self.meteredCharts = meteredCharts ?? MeteredChart.charts(of: report)
        hasMeteredCharts = !self.meteredCharts.isEmpty
        hasUsagePages = PageChrome.hasUsagePages(report)
        events = report.events.map(EventRow.init)
        hasEvents = !events.isEmpty
        runningEventsText = StatusPage.runningText(running: report.runningEventCount, total: report.events.count)
        timeZone = report.status.timeZoneIdentifier
    }

    private static func facts(_ report: Report) -> [Fact] {
        let given: (String?) -> String = { value in
            guard let value, !value.trimmingSpaces.isEmpty else { return DisplayText.none }
            return value
        }
        var facts = [
            Fact(factLabel: DisplayText.words("fact_customer"), factValue: given(report.customer.companyName)),
            Fact(factLabel: DisplayText.words("fact_serial_number"), factValue: given(report.customer.serialNr)),
            Fact(factLabel: DisplayText.words("fact_subscription"), factValue: given(report.status.subscription)),
            Fact(factLabel: DisplayText.words("fact_subscription_model"),
                 factValue: DisplayText.words(report.subscriptionModel == .crmSuite ? "model_crm_suite" : "model_module_based")),
            Fact(factLabel: DisplayText.words("fact_type"), factValue: given(report.status.type)),
            Fact(factLabel: DisplayText.words("fact_next_expiry"), factValue: DisplayText.nextExpiry(report.nextExpiry),
                 factIndicator: IndicatorView(report.nextExpiry?.level)),
        ]
        // The next expiry already carries its indicator: list the other warnings.
        let next = report.nextExpiry
        facts += report.expiryWarnings.filter {
            !($0.date == next?.date && $0.ownerName == next?.ownerName && $0.licenseDisplayName == next?.licenseName)
        }.map { warning in
            Fact(factLabel: DisplayText.expiryWarningLabel, factValue: DisplayText.expiryWarningFact(warning),
                 factIndicator: IndicatorView(warning.level))
        }
        if let preparedFor = report.status.preparedFor, !preparedFor.trimmingSpaces.isEmpty {
            facts.append(Fact(factLabel: DisplayText.words("fact_prepared_for"), factValue: preparedFor))
        }
        return facts
    }

    /// A restriction row; the Upgrade link only for approaching or reached levels.
    static func row(_ restriction: RestrictionStatus, id: String, infoLink: String?, upgradeLink: String?) -> RestrictionRow {
        let limit = DisplayText.limitPhrase(restriction.name)
        let usage: String
        let percent: String
        if let maximum = restriction.maximum {
            usage = DisplayText.words("restriction_usage", ["count": DisplayText.count(restriction.activeCount), "maximum": DisplayText.count(maximum), "limit": limit])
            percent = restriction.percent.map { DisplayText.words("percent", ["percent": String($0)]) } ?? DisplayText.none
        } else {
            usage = DisplayText.words("restriction_usage_no_limit", ["count": DisplayText.count(restriction.activeCount), "limit": limit])
            percent = DisplayText.none
        }
        let upgrade = restriction.level == .approaching || restriction.level == .reached ? upgradeLink : nil
        return RestrictionRow(
            rowID: id, restrictionName: restriction.name, level: restriction.level.rawValue, usageText: usage, percentText: percent,
            indicatorLevel: restriction.isNotInPlan ? "not-in-plan" : restriction.level.rawValue,
            indicatorSymbol: DisplayText.symbol(restriction), indicatorLabel: DisplayText.label(restriction),
            infoLink: infoLink, upgradeLink: upgrade, meter: MeterView(restriction: restriction, rowID: id),
            sparkline: SparklineView(restriction: restriction, rowID: id), noTrendText: DisplayText.noTrendYet)
    }

    private static func runningText(running: Int, total: Int) -> String {
        switch (running, total) {
        case (_, 0): DisplayText.words("events_none")
        case (0, _): DisplayText.plural("events_none_running", total)
        case (1, 1): DisplayText.words("events_one_running")
        default: DisplayText.plural("events_running", total, ["running": DisplayText.count(running)])
        }
    }
}

extension StatusPage: MustacheViewModel {
    /// The stored properties of `StatusPage`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "chrome": .init(\.chrome) { $0.chrome }, "facts": .init(\.facts) { $0.facts }, "showPlan": .init(\.showPlan) { $0.showPlan }, "planHeading": .init(\.planHeading) { $0.planHeading },
        "planName": .init(\.planName) { $0.planName }, "hasRestrictions": .init(\.hasRestrictions) { $0.hasRestrictions }, "restrictions": .init(\.restrictions) { $0.restrictions }, "planInfoLink": .init(\.planInfoLink) { $0.planInfoLink },
        "showMetered": .init(\.showMetered) { $0.showMetered }, "showMyAppsNote": .init(\.showMyAppsNote) { $0.showMyAppsNote }, "meteredMonths": .init(\.meteredMonths) { $0.meteredMonths },
        "hasMeteredMonths": .init(\.hasMeteredMonths) { $0.hasMeteredMonths }, "newestMonth": .init(\.newestMonth) { $0.newestMonth }, "olderMonths": .init(\.olderMonths) { $0.olderMonths },
        "hasOlderMonths": .init(\.hasOlderMonths) { $0.hasOlderMonths }, "meteredCharts": .init(\.meteredCharts) { $0.meteredCharts }, "hasMeteredCharts": .init(\.hasMeteredCharts) { $0.hasMeteredCharts },
        "changes": .init(\.changes) { $0.changes }, "hasUsagePages": .init(\.hasUsagePages) { $0.hasUsagePages }, "events": .init(\.events) { $0.events },
        "hasEvents": .init(\.hasEvents) { $0.hasEvents }, "runningEventsText": .init(\.runningEventsText) { $0.runningEventsText }, "timeZone": .init(\.timeZone) { $0.timeZone },
    ]
}

extension StatusPage.Fact: MustacheViewModel {
    /// The stored properties of `StatusPage.Fact`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "factLabel": .init(\.factLabel) { $0.factLabel }, "factValue": .init(\.factValue) { $0.factValue }, "factIndicator": .init(\.factIndicator) { $0.factIndicator },
    ]
}

extension StatusPage.RestrictionRow: MustacheViewModel {
    /// The stored properties of `StatusPage.RestrictionRow`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "rowID": .init(\.rowID) { $0.rowID }, "restrictionName": .init(\.restrictionName) { $0.restrictionName }, "level": .init(\.level) { $0.level }, "usageText": .init(\.usageText) { $0.usageText },
        "percentText": .init(\.percentText) { $0.percentText }, "indicatorLevel": .init(\.indicatorLevel) { $0.indicatorLevel }, "indicatorSymbol": .init(\.indicatorSymbol) { $0.indicatorSymbol },
        "indicatorLabel": .init(\.indicatorLabel) { $0.indicatorLabel }, "infoLink": .init(\.infoLink) { $0.infoLink }, "upgradeLink": .init(\.upgradeLink) { $0.upgradeLink }, "meter": .init(\.meter) { $0.meter },
        "sparkline": .init(\.sparkline) { $0.sparkline }, "noTrendText": .init(\.noTrendText) { $0.noTrendText },
    ]
}
