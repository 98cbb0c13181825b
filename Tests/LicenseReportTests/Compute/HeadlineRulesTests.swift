import Testing
@testable import LicenseReport

/// The headline's facts and words (issue 12); its golden HTML is in `GlanceGoldenTests`.
@Suite struct HeadlineRulesTests {
    static func restriction(_ name: String, _ count: Int, _ maximum: Int?) -> RestrictionStatus {
        RestrictionRules.status(of: Restriction(name: name, activeCount: count, maximum: maximum))
    }

    @Test func reachedAndApproachingExcludeNotInPlan() {
        let restrictions = [Self.restriction("A", 1, 100), Self.restriction("B", 90, 100), Self.restriction("C", 5, 5),
                            Self.restriction("D", 0, 0), Self.restriction("E", 7, nil)]
        let headline = HeadlineRules.headline(restrictions: restrictions, warnings: [], warnDays: 30)
        #expect(headline.reached == [2])
        #expect(headline.approaching == [1])
        #expect(headline.limitedCount == 3)
        #expect(headline.level == .error)
    }

    @Test func theOverviewCardIgnoresNotInPlan() {
        var report = SampleReport.moduleBasedFigures()
        report.restrictions = [Self.restriction("Dashboards", 2, 3), Self.restriction("Custom objects", 0, 0)]
        var page = IndexPage(report: ReportBuilder.addingGlance(to: report, warnDays: 30, previousHistory: nil))
        #expect(page.worstLevel?.indicatorLabel == "Normal")
        #expect(page.worstLevel?.worstNote == "0 of 2 restrictions approaching or at their limit")
        report.restrictions = [Self.restriction("Custom objects", 0, 0)]
        page = IndexPage(report: ReportBuilder.addingGlance(to: report, warnDays: 30, previousHistory: nil))
        #expect(page.worstLevel?.indicatorLabel == "Not in plan")
        #expect(page.worstLevel?.indicatorLevel == "not-in-plan")
    }

    @Test func theStatusPageListsTheNextExpiryOnce() {
        var report = SampleReport.moduleBasedFigures()
        report.nextExpiry = ExpiryNotice(date: SampleReport.date("2026-04-01"), ownerName: "SUPEROFFICE",
                                         licenseName: "SuperOffice.QuoteManagement", daysLeft: 17)
        let page = StatusPage(report: ReportBuilder.addingGlance(to: report, warnDays: 30, previousHistory: nil), audience: .user)
        #expect(page.facts.map(\.factLabel) == ["Customer", "Serial number", "Subscription", "Subscription model", "Type",
                                               "Next expiry", "Expiry", "Prepared for"])
        #expect(page.facts[5].factIndicator?.indicatorLabel == "Expires soon")
        #expect(page.facts[6].factValue == "ACME-SYNC subscription: 2026-03-01 (expired)")
    }

    @Test(arguments: [
        // reached count, approaching count, expired?, expiring?, level
        (0, 0, false, false, StatusLevel.normal),
        (0, 1, false, false, .warning),
        (0, 0, false, true, .warning),
        (1, 0, false, false, .error),
        (0, 0, true, false, .error),
        (0, 1, true, true, .error),
    ])
    func worstLevel(reached: Int, approaching: Int, expired: Bool, expiring: Bool, expected: StatusLevel) {
        let restrictions = Array(repeating: Self.restriction("R", 10, 10), count: reached)
            + Array(repeating: Self.restriction("A", 9, 10), count: approaching)
        let warning = { (level: ExpiryLevel, days: Int) in
            ExpiryWarning(ownerName: "SUPEROFFICE", licenseName: nil, licenseDisplayName: nil,
                          date: CalendarDate(year: 2026, month: 6, day: 1)!, daysLeft: days, level: level)
        }
        let warnings = (expired ? [warning(.expired, -1)] : []) + (expiring ? [warning(.expiring, 3)] : [])
        #expect(HeadlineRules.headline(restrictions: restrictions, warnings: warnings, warnDays: 30).level == expected)
    }

    @Test func sampleHeadlineSaysTheWorstFirst() {
        let view = HeadlineView(report: SampleReport.moduleBased(), anchors: SiteAnchors(report: SampleReport.moduleBased()))
        #expect(view.headlineLevel == "error")
        #expect(view.headlineText == "■ 1 limit reached: Custom objects · ■ ACME-SYNC subscription expired on 2026-03-01 · "
            + "▲ 1 approaching: Dashboards · ▲ SuperOffice.QuoteManagement expires in 17 days")
        #expect(view.parts[0].items.map(\.itemHref) == ["status.html#restriction-custom-objects"])
        #expect(view.parts[1].partHref == "licenses.html#owner-acme-sync")
        #expect(view.parts[3].partHref == "licenses.html#owner-superoffice-superoffice-quotemanagement")
    }

    @Test func allNormalHeadline() {
        var report = SampleReport.moduleBasedFigures()
        report.restrictions = [Self.restriction("Active projects", 1, 100)]
        report.owners = []
        let glanced = ReportBuilder.addingGlance(to: report, warnDays: 30, previousHistory: nil)
        let view = HeadlineView(report: glanced, anchors: SiteAnchors(report: glanced))
        #expect(view.headlineLevel == "normal")
        #expect(view.headlineText == "● All limits normal · ● nothing expires within 30 days")
    }

    @Test func manyExpiriesAreCounted() {
        var report = SampleReport.moduleBasedFigures()
        report.restrictions = []
        report.owners[0].licenses = (1...5).map { n in
            LicenseLine(name: "L\(n)", description: "Licence \(n)", kind: .system, total: 1, inUse: 1, free: 0,
                        unrestricted: false, expiryDate: CalendarDate(year: 2026, month: 3, day: 15 + n), daysLeft: n)
        }
        report.owners.removeLast()
        let glanced = ReportBuilder.addingGlance(to: report, warnDays: 30, previousHistory: nil)
        let view = HeadlineView(report: glanced, anchors: SiteAnchors(report: glanced))
        #expect(view.headlineText == "▲ Licence 1 expires tomorrow · ▲ Licence 2 expires in 2 days · ▲ Licence 3 expires in 3 days · "
            + "▲ 2 more expire within 30 days")
        #expect(DisplayText.badgeMessage(glanced.headline) == "expires tomorrow")
    }
}
