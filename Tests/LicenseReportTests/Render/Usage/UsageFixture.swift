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
    static func line(_ month: YearMonth, _ service: MeteredService, unit: String, quantity: String, peak: String? = nil,
                     users: Int = 42, source: UsersSource = .usage, base: String, perUser: String, threshold: String,
                     overage: String, blockSize: String, blocks: String, price: String, amount: String,
                     currency: Currency = nok) -> MeteredLine {
        MeteredLine(month: month, service: service, unit: unit, quantity: d(quantity), peakDay: peak.flatMap { CalendarDate(iso: $0) },
                    users: users, usersSource: source, includedBase: d(base), includedPerUser: d(perUser),
                    threshold: d(threshold), overage: d(overage), blockSize: d(blockSize), blocks: d(blocks),
                    pricePerBlock: d(price), amount: d(amount), currency: currency, invoiceMonth: month.next)
    }

    /// March 2026: storage over (peak day), e-mails over, logins exactly at the threshold, chat within,
    /// forms one unit over with a price that rounds (0.125 → 0.13). Total 599.13 NOK.
    static let marchLines: [MeteredLine] = [
        line(march, .storageSpace, unit: "GB", quantity: "41.2", peak: "2026-03-17", base: "10", perUser: "0.5",
             threshold: "31", overage: "10.2", blockSize: "5", blocks: "3", price: "100", amount: "300"),
        line(march, .mailingsEmails, unit: "e-mails", quantity: "6000", base: "1000", perUser: "100",
             threshold: "5200", overage: "800", blockSize: "500", blocks: "2", price: "149.5", amount: "299"),
        line(march, .customerCenterLogins, unit: "logins", quantity: "1340", base: "500", perUser: "20",
             threshold: "1340", overage: "0", blockSize: "100", blocks: "0", price: "50", amount: "0"),
        line(march, .chatSessions, unit: "sessions", quantity: "250", base: "100", perUser: "5",
             threshold: "310", overage: "0", blockSize: "50", blocks: "0", price: "75", amount: "0"),
        line(march, .formSubmissions, unit: "submissions", quantity: "621", base: "200", perUser: "10",
             threshold: "620", overage: "1", blockSize: "100", blocks: "1", price: "0.125", amount: "0.13"),
    ]

    /// February 2026: users from the licences, everything within the threshold but storage.
    static let februaryLines: [MeteredLine] = [
        line(february, .storageSpace, unit: "GB", quantity: "30.5", peak: "2026-02-27", users: 40, source: .licenses,
             base: "10", perUser: "0.5", threshold: "30", overage: "0.5", blockSize: "5", blocks: "1", price: "100", amount: "100"),
        line(february, .mailingsEmails, unit: "e-mails", quantity: "0", users: 40, source: .licenses, base: "1000",
             perUser: "100", threshold: "5000", overage: "0", blockSize: "500", blocks: "0", price: "149.5", amount: "0"),
        line(february, .customerCenterLogins, unit: "logins", quantity: "800", users: 40, source: .licenses, base: "500",
             perUser: "20", threshold: "1300", overage: "0", blockSize: "100", blocks: "0", price: "50", amount: "0"),
        line(february, .chatSessions, unit: "sessions", quantity: "12", users: 40, source: .licenses, base: "100",
             perUser: "5", threshold: "300", overage: "0", blockSize: "50", blocks: "0", price: "75", amount: "0"),
        line(february, .formSubmissions, unit: "submissions", quantity: "100", users: 40, source: .licenses, base: "200",
             perUser: "10", threshold: "600", overage: "0", blockSize: "100", blocks: "0", price: "0.125", amount: "0"),
    ]

    static func owner(_ name: String, company: String, serial: String) -> OwnerReport {
        OwnerReport(ownerName: name, ownerDescription: "", companyName: company, serialNr: serial,
                    expiryDate: nil, daysLeft: nil, licenses: [])
    }

    /// The report: an add-on owner listed first to prove the SUPEROFFICE owner is picked.
    static func report(company: String = "Nordlys Fjellsport AS", serial: String = "4711-2026-0042",
                       metered: [MeteredLine] = februaryLines + marchLines) -> Report {
        let months = Set(metered.map(\.month)).sorted()
        let totals = months.map { month in
            MonthTotal(month: month, amount: metered.filter { $0.month == month }.reduce(Decimal(0)) { $0 + $1.amount },
                       currency: metered.first { $0.month == month }!.currency, invoiceMonth: month.next)
        }
        return Report(datasetName: "nordlys", asOf: CalendarDate(year: 2026, month: 4, day: 2)!, status: DatabaseStatus(),
                      nextExpiry: nil, subscriptionModel: .moduleBased, plan: nil,
                      owners: [owner("ACME-ADDON", company: "Acme Add-ons Ltd", serial: "ADD-1"),
                               owner("SUPEROFFICE", company: company, serial: serial)],
                      restrictions: [], worstRestrictionLevel: nil, metered: metered, meteredTotals: totals,
                      events: [], runningEventCount: 0)
    }

    /// The bundled templates.
    static func templates() throws -> TemplateLibrary { try TemplateLibrary(directory: nil) }
}
