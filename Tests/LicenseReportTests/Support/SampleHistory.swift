import Foundation
@testable import LicenseReport

/// The history of two earlier builds of `SampleReport.moduleBased()` (2026-03-13 and 2026-03-14), so the
/// sample pages show changes and trends: Dashboards goes from 84 to 85 of 100 (approaching), Sales-Premium
/// from 21 to 23 in use, Selections from 1,200 to 1,234, February's metered total appears, "Mailing paused"
/// starts, and the next expiry moves.
enum SampleHistory {
    typealias R = HistorySnapshot.RestrictionEntry
    typealias L = HistorySnapshot.LicenseEntry

    static func restrictions(dashboards: Int, customObjects: Int, selections: Int) -> [R] {
        [R(name: "Active projects", activeCount: 1, maximum: 100, level: .normal),
         R(name: "Dashboards", activeCount: dashboards, maximum: 100, level: RestrictionRules.level(activeCount: dashboards, maximum: 100)),
         R(name: "Custom objects", activeCount: customObjects, maximum: 15,
           level: RestrictionRules.level(activeCount: customObjects, maximum: 15)),
         R(name: "Active marketing flows", activeCount: 0, maximum: 0, level: .reached),
         R(name: "Selections", activeCount: selections, maximum: nil, level: .unlimited)]
    }

    static let licenses: [L] = [
        L(owner: "SUPEROFFICE", name: "Sales-Premium", displayName: "Sales Premium", total: 25, inUse: 21),
        L(owner: "SUPEROFFICE", name: "Service-Essentials", displayName: "Service Essentials", total: 10, inUse: 10),
        L(owner: "SUPEROFFICE", name: "SuperOffice.Server", displayName: "SuperOffice Server", total: 1, inUse: 1),
        L(owner: "SUPEROFFICE", name: "SuperOffice.OnlineWebServices", displayName: "Online Web Services", total: 0, inUse: 0),
        L(owner: "SUPEROFFICE", name: "SuperOffice.QuoteManagement", displayName: "SuperOffice.QuoteManagement", total: 1200, inUse: 1001),
        L(owner: "ACME-SYNC", name: "AcmeSync.User", displayName: "Acme Sync user", total: 5, inUse: 3),
    ]

    static let previous = History(serialNr: "1234567890", snapshots: [
        HistorySnapshot(date: SampleReport.date("2026-03-13"),
                        restrictions: restrictions(dashboards: 80, customObjects: 14, selections: 1180), licenses: licenses,
                        metered: [.init(month: SampleReport.month("2026-01"), amount: SampleReport.decimal("212.53"), currency: SampleReport.nok)],
                        runningEvents: [], nextExpiryDate: SampleReport.date("2026-04-01")),
        HistorySnapshot(date: SampleReport.date("2026-03-14"),
                        restrictions: restrictions(dashboards: 84, customObjects: 15, selections: 1200), licenses: licenses,
                        metered: [.init(month: SampleReport.month("2026-01"), amount: SampleReport.decimal("212.53"), currency: SampleReport.nok)],
                        runningEvents: [], nextExpiryDate: SampleReport.date("2026-04-01")),
    ])
}
