import Foundation
@testable import LicenseReport

/// A hand-built `Report` for page tests: two owners (SUPEROFFICE time-limited, an add-on owner that
/// has expired), user plans and system licences, an unrestricted licence, a licence with its own expiry,
/// a CRM Suite plan with restrictions at every level (including Maximum 0 and null), two metered months
/// (users from ActiveUsers and from licences, one line over threshold) and system events with and
/// without a portrait. The compute stage already left hidden licences out, so none appear here.
enum SampleReport {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    static func month(_ text: String) -> YearMonth { YearMonth(iso: text)! }
    static func decimal(_ text: String) -> Decimal { Decimal(string: text)! }
    static let nok = Currency(code: "NOK")!

    /// A CRM Suite Core report as of 2026-03-15.
    static func crmSuite() -> Report {
        var report = moduleBasedFigures()
        report.subscriptionModel = .crmSuite
        report.plan = .core
        report.status.subscriptionModel = .crmSuite
        report.status.plan = .core
        report.usageMonths = []
        return ReportBuilder.addingGlance(to: report, warnDays: 30, previousHistory: SampleHistory.previous)
    }

    /// The rich sample: restrictions and metered usage together, so every section renders; with the glance
    /// facts of two earlier builds (`SampleHistory`) and a warning window of 30 days.
    static func moduleBased() -> Report {
        ReportBuilder.addingGlance(to: moduleBasedFigures(), warnDays: 30, previousHistory: SampleHistory.previous)
    }

    /// The rich sample's figures, without the glance facts.
    static func moduleBasedFigures() -> Report {
        let status = DatabaseStatus(
            subscription: "SuperOffice CRM Online", type: "Production", subscriptionModel: .moduleBased, plan: .core,
            preparedFor: "Nordlys Regnskap AS, finance department", timeZoneIdentifier: "Europe/Oslo",
            upgradeURL: "https://www.superoffice.com/upgrade?plan=core&from=report",
            infoURL: "https://docs.superoffice.com/en/admin/license/crm-suite.html")
        return Report(
            datasetName: "nordlys-production", asOf: date("2026-03-15"), status: status,
            customer: Customer(companyName: "Nordlys Regnskap AS", serialNr: "1234567890"),
            nextExpiry: ExpiryNotice(date: date("2026-06-30"), ownerName: "SUPEROFFICE", licenseName: nil, daysLeft: 107),
            subscriptionModel: .moduleBased, plan: .core,
            owners: owners, restrictions: restrictions, worstRestrictionLevel: .reached,
            usageMonths: usageMonths, events: events, runningEventCount: 1)
    }

    static let owners: [OwnerReport] = [
        OwnerReport(
            ownerName: "SUPEROFFICE", ownerDescription: "SuperOffice AS", companyName: "Nordlys Regnskap AS",
            serialNr: "1234567890", expiryDate: date("2026-06-30"), daysLeft: 107,
            licenses: [
                LicenseLine(name: "Sales-Premium", description: "Sales Premium", kind: .user, total: 25, inUse: 23, free: 2,
                            unrestricted: false),
                LicenseLine(name: "Service-Essentials", description: "Service Essentials", kind: .user, total: 10, inUse: 10,
                            free: 0, unrestricted: false),
                LicenseLine(name: "SuperOffice.Server", description: "SuperOffice Server", kind: .system, total: 1, inUse: 1,
                            free: 0, unrestricted: false),
                LicenseLine(name: "SuperOffice.OnlineWebServices", description: "Online Web Services", kind: .system,
                            total: 0, inUse: 0, free: nil, unrestricted: true),
                LicenseLine(name: "SuperOffice.QuoteManagement", description: "", kind: .system, total: 1200, inUse: 1001,
                            free: 199, unrestricted: false, expiryDate: date("2026-04-01"), daysLeft: 17),
            ]),
        OwnerReport(
            ownerName: "ACME-SYNC", ownerDescription: "", companyName: "Nordlys Regnskap AS", serialNr: "ACME-0042",
            expiryDate: date("2026-03-01"), daysLeft: -14,
            licenses: [
                LicenseLine(name: "AcmeSync.User", description: "Acme Sync user", kind: .user, total: 5, inUse: 3, free: 2,
                            unrestricted: false),
            ]),
    ]

    static let restrictions: [RestrictionStatus] = [
        RestrictionStatus(name: "Active projects", activeCount: 1, maximum: 100, percent: 1, level: .normal),
        RestrictionStatus(name: "Dashboards", activeCount: 85, maximum: 100, percent: 85, level: .approaching),
        RestrictionStatus(name: "Custom objects", activeCount: 15, maximum: 15, percent: 100, level: .reached),
        RestrictionStatus(name: "Active marketing flows", activeCount: 0, maximum: 0, percent: nil, level: .reached),
        RestrictionStatus(name: "Selections", activeCount: 1234, maximum: nil, percent: nil, level: .unlimited),
    ]

    static func line(_ service: MeteredService, unit: String, quantity: String, peak: String? = nil,
                     base: String, perUser: String, threshold: String, overage: String,
                     blockSize: String, blocks: String, price: String, amount: String) -> MeteredLine {
        MeteredLine(service: service, unit: unit, quantity: decimal(quantity), peakDay: peak.map(date),
                    includedBase: decimal(base), includedPerUser: decimal(perUser), threshold: decimal(threshold),
                    overage: decimal(overage), blockSize: decimal(blockSize), blocks: decimal(blocks),
                    pricePerBlock: decimal(price), unroundedAmount: decimal(blocks) * decimal(price), amount: decimal(amount))
    }

    static let usageMonths: [UsageMonth] = [
        UsageMonth(month: month("2026-01"), invoiceMonth: month("2026-02"), users: 33, usersSource: .usage, currency: nok, lines: [
            line(.storageSpace, unit: "GB", quantity: "41.2", peak: "2026-01-28",
                 base: "10", perUser: "1", threshold: "43", overage: "0", blockSize: "10", blocks: "0", price: "95", amount: "0"),
            line(.mailingsEmails, unit: "e-mails", quantity: "12500", base: "5000",
                 perUser: "100", threshold: "8300", overage: "4200", blockSize: "1000", blocks: "5", price: "42.505",
                 amount: "212.53"),
        ], total: decimal("212.53")),
        UsageMonth(month: month("2026-02"), invoiceMonth: month("2026-03"), users: 33, usersSource: .licenses, currency: nok, lines: [
            line(.storageSpace, unit: "GB", quantity: "43", peak: "2026-02-03",
                 base: "10", perUser: "1", threshold: "43", overage: "0", blockSize: "10", blocks: "0", price: "95", amount: "0"),
            line(.mailingsEmails, unit: "e-mails", quantity: "8301", base: "5000",
                 perUser: "100", threshold: "8300", overage: "1", blockSize: "1000", blocks: "1", price: "42.505",
                 amount: "42.51"),
        ], total: decimal("42.51")),
    ]

    /// 2026-03-02 08:30 UTC, shown at +01:00.
    static func time(_ seconds: Int64) -> ZonedDateTime { ZonedDateTime(secondsSinceEpoch: seconds, utcOffsetSeconds: 3600) }

    static let portrait = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

    static let events: [EventReport] = [
        EventReport(event: "Maintenance window", status: "Finished", message: "SuperOffice is read-only during maintenance.",
                    activated: time(1_772_440_200), activatedBy: Associate(assocName: "KNO", fullName: "Kari Nordmann",
                                                                          portraitThumbnail: portrait),
                    finished: time(1_772_447_400), scopeLabel: "System-wide", scope: 1, type: "Maintenance",
                    description: "Database upgrade to version 11.\nExpect short interruptions.", isRunning: false),
        EventReport(event: "Mailing paused", status: "Running", message: "Mass mailings are paused.",
                    activated: time(1_773_300_000), activatedBy: Associate(assocName: "ola", fullName: "Ola Hansen"),
                    finished: nil, scopeLabel: "Database", scope: 2, description: "", isRunning: true),
        EventReport(event: "Import", status: "Planned", message: "A user import is planned.", activated: nil,
                    activatedBy: nil, finished: nil, scopeLabel: "User", scope: 4, description: "Waiting for approval.",
                    isRunning: false),
    ]
}

extension SampleReport {
    /// A report with nothing in it: no owners, restrictions, usage or events (module-based, no status facts).
    static func empty() -> Report {
        Report(datasetName: "empty", asOf: date("2026-03-15"), status: DatabaseStatus(), customer: Customer(), nextExpiry: nil,
               subscriptionModel: .moduleBased, plan: nil, owners: [], restrictions: [], worstRestrictionLevel: nil,
               usageMonths: [], events: [], runningEventCount: 0)
    }
}
