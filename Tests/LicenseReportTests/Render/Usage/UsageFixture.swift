import Foundation
@testable import LicenseReport

/// A hand-built report with two usage months, for the usage report tests. The figures follow the
/// invoicing rule by hand (issue 2), so a golden file shows them exactly as the compute stage would.
enum UsageFixture {
    static let nok = Currency(code: "NOK")!
    static let march = YearMonth(year: 2026, month: 3)!
    static let february = YearMonth(year: 2026, month: 2)!

    static func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    /// One line; `blocks`, `amount` and the threshold figures as the rule gives them.
    static func line(_ service: MeteredService, unit: String, quantity: String, peak: String? = nil,
                     base: String, perUser: String, threshold: String,
                     overage: String, blockSize: String, blocks: String, price: String, amount: String) -> MeteredLine {
        MeteredLine(service: service, unit: unit, quantity: d(quantity), peakDay: peak.flatMap { CalendarDate(iso: $0) },
                    includedBase: d(base), includedPerUser: d(perUser),
                    threshold: d(threshold), overage: d(overage), blockSize: d(blockSize), blocks: d(blocks),
                    pricePerBlock: d(price), unroundedAmount: d(blocks) * d(price), amount: d(amount))
    }

    /// A usage month of `lines`, its total their sum.
    static func month(_ month: YearMonth, users: Int, source: UsersSource, lines: [MeteredLine],
                      currency: Currency = nok) -> UsageMonth {
        UsageMonth(month: month, invoiceMonth: month.next, users: users, usersSource: source, currency: currency,
                   lines: lines, total: lines.reduce(Decimal(0)) { $0 + $1.amount })
    }

    /// March 2026: storage over (peak day), e-mails over, logins exactly at the threshold, chat within,
    /// forms one unit over with a price that rounds (0.125 → 0.13). Total 599.13 NOK.
    static let marchMonth = month(march, users: 42, source: .usage, lines: marchLines)
    static let marchLines: [MeteredLine] = [
        line(.storageSpace, unit: "GB", quantity: "41.2", peak: "2026-03-17", base: "10", perUser: "0.5",
             threshold: "31", overage: "10.2", blockSize: "5", blocks: "3", price: "100", amount: "300"),
        line(.mailingsEmails, unit: "e-mails", quantity: "6000", base: "1000", perUser: "100",
             threshold: "5200", overage: "800", blockSize: "500", blocks: "2", price: "149.5", amount: "299"),
        line(.customerCenterLogins, unit: "logins", quantity: "1340", base: "500", perUser: "20",
             threshold: "1340", overage: "0", blockSize: "100", blocks: "0", price: "50", amount: "0"),
        line(.chatSessions, unit: "sessions", quantity: "250", base: "100", perUser: "5",
             threshold: "310", overage: "0", blockSize: "50", blocks: "0", price: "75", amount: "0"),
        line(.formSubmissions, unit: "submissions", quantity: "621", base: "200", perUser: "10",
             threshold: "620", overage: "1", blockSize: "100", blocks: "1", price: "0.125", amount: "0.13"),
    ]

    /// February 2026: users from the licences, everything within the threshold but storage.
    static let februaryMonth = month(february, users: 40, source: .licenses, lines: februaryLines)
    static let februaryLines: [MeteredLine] = [
        line(.storageSpace, unit: "GB", quantity: "30.5", peak: "2026-02-27",
             base: "10", perUser: "0.5", threshold: "30", overage: "0.5", blockSize: "5", blocks: "1", price: "100", amount: "100"),
        line(.mailingsEmails, unit: "e-mails", quantity: "0", base: "1000",
             perUser: "100", threshold: "5000", overage: "0", blockSize: "500", blocks: "0", price: "149.5", amount: "0"),
        line(.customerCenterLogins, unit: "logins", quantity: "800", base: "500",
             perUser: "20", threshold: "1300", overage: "0", blockSize: "100", blocks: "0", price: "50", amount: "0"),
        line(.chatSessions, unit: "sessions", quantity: "12", base: "100",
             perUser: "5", threshold: "300", overage: "0", blockSize: "50", blocks: "0", price: "75", amount: "0"),
        line(.formSubmissions, unit: "submissions", quantity: "100", base: "200",
             perUser: "10", threshold: "600", overage: "0", blockSize: "100", blocks: "0", price: "0.125", amount: "0"),
    ]

    static func owner(_ name: String, company: String, serial: String) -> OwnerReport {
        OwnerReport(ownerName: name, ownerDescription: "", companyName: company, serialNr: serial,
                    expiryDate: nil, daysLeft: nil, licenses: [])
    }

    /// The report; its customer is the SUPEROFFICE owner's, as the compute stage picks it.
    static func report(company: String = "Nordlys Fjellsport AS", serial: String = "4711-2026-0042",
                       months: [UsageMonth] = [februaryMonth, marchMonth]) -> Report {
        Report(datasetName: "nordlys", asOf: CalendarDate(year: 2026, month: 4, day: 2)!, status: DatabaseStatus(),
               customer: Customer(companyName: company, serialNr: serial),
               nextExpiry: nil, subscriptionModel: .moduleBased, plan: nil,
               owners: [owner("SUPEROFFICE", company: company, serial: serial),
                        owner("ACME-ADDON", company: "Acme Add-ons Ltd", serial: "ADD-1")],
               restrictions: [], worstRestrictionLevel: nil, usageMonths: months,
               events: [], runningEventCount: 0)
    }

    /// The bundled templates.
    static func templates() throws -> TemplateLibrary { try TemplateLibrary(directory: nil) }

    /// A renderer of the bundled templates.
    static func renderer() throws -> SiteRenderer { try SiteRenderer(templatesDirectory: nil) }

    /// The bundled stylesheet, as the usage pages inline it.
    static func stylesheet() throws -> String { try renderer().stylesheetText }
}
