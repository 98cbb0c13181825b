import Foundation
import Testing
@testable import LicenseReport

@Suite struct ExpiryRulesTests {
    typealias F = ComputeFixtures

    static func owners(ownerExpiry: [String?], licenseExpiry: [String?]) -> [LicenseOwner] {
        ownerExpiry.enumerated().map { index, expiry in
            LicenseOwner(ownerName: "OWNER\(index)", companyName: "Nordlys AS", serialNr: "\(index)",
                         expiryDate: expiry.map(F.day), moduleLicenses: [])
        } + [LicenseOwner(ownerName: "SUPEROFFICE", companyName: "Nordlys AS", serialNr: "9",
                          moduleLicenses: licenseExpiry.enumerated().map { index, expiry in
                              F.license("L\(index)", user: false, inUse: 1, hidden: index == 1, expiry: expiry)
                          })]
    }

    // Report date 2026-06-15.
    @Test(arguments: [
        ([String?](), [String?](), nil as String?),                          // nothing time-limited
        ([nil, nil], [nil], nil),
        (["2026-06-14"], [], nil),                                          // already expired only
        (["2026-06-14", "2026-06-15"], [], "2026-06-15"),                   // on the report date counts
        (["2026-08-01"], ["2026-07-01"], "2026-07-01"),                     // a licence before its owner
        (["2026-08-01"], [nil, "2026-06-20"], "2026-06-20"),                // a hidden licence expires too
        (["2027-01-01", "2026-12-31"], ["2026-01-01"], "2026-12-31"),
    ])
    func nextExpiry(ownerExpiry: [String?], licenseExpiry: [String?], expected: String?) {
        let owners = Self.owners(ownerExpiry: ownerExpiry, licenseExpiry: licenseExpiry)
        #expect(ExpiryRules.nextExpiry(of: owners, asOf: F.day("2026-06-15")) == expected.map(F.day))
    }

    // Report date 2026-06-15; the SUPEROFFICE owner's licences are L0, L1, … ("L0 licence").
    @Test(arguments: [
        ([String?](), [String?](), nil as String?),
        (["2026-08-01"], ["2026-07-01"], "L0 licence (SUPEROFFICE)"),             // a licence, not the subscription
        (["2026-07-01"], ["2026-08-01"], "OWNER0 subscription"),
        (["2026-07-01"], ["2026-07-01"], "SUPEROFFICE: L0 licence (SUPEROFFICE) and 1 more"),
        ([nil], ["2026-07-02", "2026-07-02", "2026-06-14"], "L0 licence (SUPEROFFICE) and 1 more"),
    ])
    func nextExpiryNotice(ownerExpiry: [String?], licenseExpiry: [String?], expected: String?) {
        let owners = Self.owners(ownerExpiry: ownerExpiry, licenseExpiry: licenseExpiry)
        let notice = ExpiryRules.nextExpiryNotice(of: owners, asOf: F.day("2026-06-15"))
        if let expected, expected.hasPrefix("SUPEROFFICE: ") {
            // Same day: SUPEROFFICE's items come before other owners'.
            #expect(notice.map(DisplayText.expiryItem) == String(expected.dropFirst("SUPEROFFICE: ".count)))
            #expect(notice?.ownerName == "SUPEROFFICE")
        } else {
            #expect(notice.map(DisplayText.expiryItem) == expected)
        }
        #expect(notice?.date == ExpiryRules.nextExpiry(of: owners, asOf: F.day("2026-06-15")))
    }

    @Test(arguments: [
        ("SUPEROFFICE", nil as String?, 0, "SUPEROFFICE subscription"),
        ("SUPEROFFICE", "Sales Intelligence", 0, "Sales Intelligence licence (SUPEROFFICE)"),
        ("ACME", "Acme Sync licence", 2, "Acme Sync licence (ACME) and 2 more"),
    ])
    func noticeDescription(owner: String, license: String?, others: Int, expected: String) {
        let notice = ExpiryNotice(date: F.day("2026-12-31"), ownerName: owner, licenseName: license, othersOnSameDay: others,
                                  daysLeft: 30)
        #expect(DisplayText.expiryItem(notice) == expected)
    }

    @Test(arguments: [("2026-06-20", 5 as Int?), ("2026-06-15", 0), ("2026-06-10", -5), ("2027-06-15", 365), ("2024-02-29", -837)])
    func daysLeft(expiry: String, expected: Int?) {
        #expect(ExpiryRules.daysLeft(until: F.day(expiry), asOf: F.day("2026-06-15")) == expected)
        #expect(ExpiryRules.daysLeft(until: nil, asOf: F.day("2026-06-15")) == nil)
    }
}

@Suite struct EventRulesTests {
    typealias F = ComputeFixtures

    static func event(_ name: String, registered: ZonedDateTime?, finished: ZonedDateTime?) -> SystemEvent {
        SystemEvent(eventName: name, status: "Running", message: "m", registered: registered, registeredBy: nil,
                    finished: finished, type: "t", scope: .database, extraInfo: "", location: SourceLocation(file: "events.csv", line: 2))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let registered: ZonedDateTime?
        let finished: ZonedDateTime?
        let running: Bool
        var testDescription: String { name }
    }

    // Report date 2026-03-04 in a +01:00 zone: it ends at 2026-03-05T00:00:00+01:00.
    @Test(arguments: [
        Case(name: "open-ended", registered: F.zoned("2026-03-01", 9, 0), finished: nil, running: true),
        Case(name: "finished earlier that day", registered: F.zoned("2026-03-01", 9, 0), finished: F.zoned("2026-03-04", 23, 30), running: false),
        Case(name: "finishes exactly at the end of the day", registered: nil, finished: F.zoned("2026-03-05", 0, 0), running: false),
        Case(name: "finishes one second later", registered: nil, finished: F.zoned("2026-03-05", 0, 0, 1), running: true),
        Case(name: "23:30 UTC is 00:30 the next day locally", registered: nil,
             finished: ZonedDateTime(secondsSinceEpoch: Int64(F.day("2026-03-04").daysSinceEpoch) * 86_400 + 84_600, utcOffsetSeconds: 3600),
             running: true),
        Case(name: "finishes next week", registered: F.zoned("2026-03-04", 8, 0), finished: F.zoned("2026-03-11", 8, 0), running: true),
        Case(name: "scheduled for tomorrow", registered: F.zoned("2026-03-05", 8, 0), finished: nil, running: false),
        Case(name: "no times at all", registered: nil, finished: nil, running: true),
    ])
    func isRunning(_ c: Case) {
        #expect(EventRules.isRunning(Self.event("e", registered: c.registered, finished: c.finished), asOf: F.day("2026-03-04")) == c.running)
    }

    @Test func sortedByActivationThenNameWithoutActivationLast() {
        let events = [
            Self.event("Zeta", registered: nil, finished: nil),
            Self.event("Beta", registered: F.zoned("2026-03-02", 8, 0), finished: F.zoned("2026-03-02", 9, 0)),
            Self.event("Alpha", registered: F.zoned("2026-03-02", 8, 0), finished: nil),
            Self.event("Gamma", registered: F.zoned("2026-03-01", 8, 0), finished: nil),
            Self.event("Alpha", registered: nil, finished: nil),
        ]
        let reports = EventRules.reports(of: events, asOf: F.day("2026-03-04"))
        #expect(reports.map(\.event) == ["Gamma", "Alpha", "Beta", "Alpha", "Zeta"])
        #expect(reports.map(\.isRunning) == [true, true, false, true, true])
        #expect(reports.allSatisfy { $0.scopeLabel == "Database" && $0.scope == 2 && $0.type == "t" })
    }
}

@Suite struct OwnerRulesTests {
    typealias F = ComputeFixtures

    @Test func superOfficeFirstThenByOwnerNameWithVisibleLicencesInSortOrder() {
        let owners = [
            LicenseOwner(ownerName: "ZAPIER", companyName: "Nordlys AS", serialNr: "3", expiryDate: F.day("2026-06-10"),
                         moduleLicenses: []),
            LicenseOwner(ownerName: "SUPEROFFICE", companyName: "Nordlys AS", serialNr: "1", moduleLicenses: [
                F.license("Sales-Premium", user: true, inUse: 3, sortOrder: 2),
                F.license("Secret", user: false, inUse: 1, hidden: true, sortOrder: 0),
                F.license("Server", user: false, inUse: 1, sortOrder: 1),
                F.license("Archive", user: false, inUse: 0, sortOrder: 2),
            ]),
            LicenseOwner(ownerName: "ACME", companyName: "Nordlys AS", serialNr: "2", moduleLicenses: []),
        ]
        let reports = OwnerRules.reports(of: owners, asOf: F.day("2026-06-15"))
        #expect(reports.map(\.ownerName) == ["SUPEROFFICE", "ACME", "ZAPIER"])
        #expect(reports[0].licenses.map(\.name) == ["Server", "Archive", "Sales-Premium"])
        #expect(reports[0].licenses.map(\.kind) == [.system, .system, .user])
        #expect(reports[0].licenses[2].free == 7)
        #expect(reports[0].daysLeft == nil && reports[2].daysLeft == -5)
    }
}
