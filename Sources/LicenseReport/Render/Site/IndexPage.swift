/// The view model of `index.html` / `index.md`: a one-screen overview with links to the other pages.
struct IndexPage: Sendable {
    /// The worst restriction level, as an indicator.
    struct WorstLevel: Sendable {
        let level: String
        /// The indicator's CSS level (the same as `level`).
        let indicatorLevel: String
        let indicatorSymbol: String
        let indicatorLabel: String
        /// "2 of 4 restrictions approaching or at their limit" (no final full stop).
        let worstNote: String
    }

    /// The latest month's metered total.
    struct LatestUsage: Sendable {
        let usageMonth: String
        let usageMonthTitle: String
        let usageTotal: String
        let usageInvoiceMonth: String
    }

    let chrome: PageChrome
    /// The customer's CompanyName.
    let ownerCompany: String
    let serialNr: String
    /// How many licence owners (tabs) there are: "2 licence owners".
    let ownerCount: String
    /// "2026-12-31 (46 days left): Sales Intelligence licence (SUPEROFFICE)" or "No time-limited licences".
    let nextExpiry: String
    /// The next expiry's indicator when it lies within `--warn-days`.
    let nextExpiryIndicator: IndicatorView?
    /// What changed since the previous build.
    let changes: ChangesView
    let worstLevel: WorstLevel?
    /// Shown instead of `worstLevel` when there are no restrictions.
    let restrictionsAbsentText: String
    let latestUsage: LatestUsage?
    /// Shown instead of `latestUsage`: "Metered services are shown in My Apps (CRM Suite)".
    let usageAbsentText: String
    /// "2 still running of 5".
    let runningEvents: String
    let hasUsagePages: Bool

    /// Builds the page from the report alone.
    init(report: Report) {
        chrome = PageChrome(report: report, pageTitle: DisplayText.words("title_index"), current: "index")
        ownerCompany = report.owners.isEmpty ? DisplayText.none : report.customer.companyName
        serialNr = report.owners.isEmpty ? DisplayText.none : report.customer.serialNr
        ownerCount = DisplayText.plural("licence_owners", report.owners.count)
        nextExpiry = DisplayText.nextExpiry(report.nextExpiry)
        nextExpiryIndicator = IndicatorView(report.nextExpiry?.level)
        changes = ChangesView(report: report)
        let flagged = report.headline.reached.count + report.headline.approaching.count
        let note = DisplayText.words("worst_note", ["flagged": DisplayText.count(flagged), "total": DisplayText.count(report.restrictions.count)])
        if let level = report.headline.worstLimitLevel {
            worstLevel = WorstLevel(level: level.rawValue, indicatorLevel: level.rawValue, indicatorSymbol: DisplayText.symbol(level),
                                    indicatorLabel: DisplayText.label(level), worstNote: note)
        } else if let notInPlan = report.restrictions.first(where: \.isNotInPlan) {
            // Every restriction is "not in plan": no limit can fill up (issue 12).
            worstLevel = WorstLevel(level: "not-in-plan", indicatorLevel: "not-in-plan", indicatorSymbol: DisplayText.symbol(notInPlan),
                                    indicatorLabel: DisplayText.label(notInPlan), worstNote: note)
        } else {
            worstLevel = nil
        }
        restrictionsAbsentText = DisplayText.words(report.subscriptionModel == .crmSuite ? "restrictions_absent_crm_suite" : "restrictions_absent_module_based")
        latestUsage = report.usageMonths.last.map {
            LatestUsage(usageMonth: $0.month.description, usageMonthTitle: DisplayText.monthName($0.month),
                        usageTotal: DisplayText.money($0.total, $0.currency),
                        usageInvoiceMonth: DisplayText.monthName($0.invoiceMonth))
        }
        usageAbsentText = report.subscriptionModel == .crmSuite
            ? DisplayText.words("usage_absent_crm_suite")
            : DisplayText.words("usage_absent")
        runningEvents = report.events.isEmpty
            ? DisplayText.words("events_none_short")
            : DisplayText.words("events_running_short", ["running": DisplayText.count(report.runningEventCount), "total": DisplayText.count(report.events.count)])
        hasUsagePages = PageChrome.hasUsagePages(report)
    }
}

extension IndexPage: MustacheViewModel {
    /// The stored properties of `IndexPage`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "chrome": .init(\.chrome) { $0.chrome }, "ownerCompany": .init(\.ownerCompany) { $0.ownerCompany }, "serialNr": .init(\.serialNr) { $0.serialNr }, "ownerCount": .init(\.ownerCount) { $0.ownerCount },
        "nextExpiry": .init(\.nextExpiry) { $0.nextExpiry }, "nextExpiryIndicator": .init(\.nextExpiryIndicator) { $0.nextExpiryIndicator }, "changes": .init(\.changes) { $0.changes }, "worstLevel": .init(\.worstLevel) { $0.worstLevel }, "restrictionsAbsentText": .init(\.restrictionsAbsentText) { $0.restrictionsAbsentText },
        "latestUsage": .init(\.latestUsage) { $0.latestUsage }, "usageAbsentText": .init(\.usageAbsentText) { $0.usageAbsentText }, "runningEvents": .init(\.runningEvents) { $0.runningEvents },
        "hasUsagePages": .init(\.hasUsagePages) { $0.hasUsagePages },
    ]
}

extension IndexPage.WorstLevel: MustacheViewModel {
    /// The stored properties of `IndexPage.WorstLevel`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "level": .init(\.level) { $0.level }, "indicatorLevel": .init(\.indicatorLevel) { $0.indicatorLevel }, "indicatorSymbol": .init(\.indicatorSymbol) { $0.indicatorSymbol },
        "indicatorLabel": .init(\.indicatorLabel) { $0.indicatorLabel }, "worstNote": .init(\.worstNote) { $0.worstNote },
    ]
}

extension IndexPage.LatestUsage: MustacheViewModel {
    /// The stored properties of `IndexPage.LatestUsage`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "usageMonth": .init(\.usageMonth) { $0.usageMonth }, "usageMonthTitle": .init(\.usageMonthTitle) { $0.usageMonthTitle }, "usageTotal": .init(\.usageTotal) { $0.usageTotal },
        "usageInvoiceMonth": .init(\.usageInvoiceMonth) { $0.usageInvoiceMonth },
    ]
}
