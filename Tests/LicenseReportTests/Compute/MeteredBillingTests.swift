import Foundation
import Testing
@testable import LicenseReport

@Suite struct MeteredBillingTests {
    typealias F = ComputeFixtures

    @Test(arguments: [
        // (overage, blockSize, blocks)
        ("0", "10", "0"), ("1", "10", "1"), ("10", "10", "1"), ("10.0001", "10", "2"), ("20", "10", "2"),
        ("1", "0.3", "4"), ("0.9", "0.3", "3"), ("0.90000001", "0.3", "4"), ("100", "3", "34"), ("99", "3", "33"),
        ("3", "1.5", "2"), ("0.001", "1000", "1"), ("123456789.123", "0.001", "123456789123"),
    ])
    func blocksAreOverageDividedByBlockSizeRoundedUp(overage: String, blockSize: String, expected: String) {
        #expect(MeteredBilling.blocks(overage: F.dec(overage), blockSize: F.dec(blockSize)) == F.dec(expected))
    }

    @Test func blocksAreExactWhenTheQuotientIsNot() {
        // BlockSize 1/3 as Decimal is 0.333…3 (38 digits), a little under a third: 1 needs 4 such blocks, not 3.
        let third = Decimal(1) / Decimal(3)
        let blocks = MeteredBilling.blocks(overage: 1, blockSize: third)
        #expect(blocks == 4)
        #expect(blocks * third >= 1 && (blocks - 1) * third < 1)
        // And 3 × third exactly is 3 blocks.
        #expect(MeteredBilling.blocks(overage: third * 3, blockSize: third) == 3)
    }

    @Test(.timeLimit(.minutes(1)))
    func blocksTerminateWhenTheQuotientHasMoreDigitsThanDecimalHolds() {
        // 100000000000000001 ÷ 3e-23 needs 41 digits; `blocks + 1` then no longer changes the value.
        // The result is imprecise (the check stage rejects such block sizes), but it must come back.
        let blocks = MeteredBilling.blocks(overage: F.dec("100000000000000001"), blockSize: F.dec("0.00000000000000000000003"))
        #expect(blocks > F.dec("3000000000000000000000000000000000000000"))
    }

    @Test(arguments: [
        // (blocks, pricePerBlock, currency, amount as text): half away from zero at the minor unit.
        ("1", "1.005", "NOK", "1.01"), ("1", "0.125", "EUR", "0.13"), ("1", "0.124", "EUR", "0.12"),
        ("3", "0.335", "NOK", "1.01"), ("7", "49.99", "SEK", "349.93"), ("0", "99", "USD", "0"),
        ("1", "12.5", "JPY", "13"), ("1", "12.4", "JPY", "12"), ("3", "0.5", "ISK", "2"), ("2", "0.0025", "GBP", "0.01"),
        ("1", "1.0005", "KWD", "1.001"), ("4", "250", "DKK", "1000"),
    ])
    func amountIsRoundedToTheMinorUnitHalfAwayFromZero(blocks: String, price: String, code: String, expected: String) {
        let amount = MeteredBilling.amount(blocks: F.dec(blocks), pricePerBlock: F.dec(price), currency: F.currency(code))
        #expect(amount == F.dec(expected))
    }

    struct LineCase: Sendable, CustomTestStringConvertible {
        let name: String
        let quantity: String
        let threshold: String, overage: String, blocks: String, amount: String
        var testDescription: String { name }
    }

    // Tariff: IncludedBase 10 + IncludedPerUser 2 × 5 users = threshold 20; BlockSize 5; 100 NOK a block.
    @Test(arguments: [
        LineCase(name: "no usage", quantity: "0", threshold: "20", overage: "0", blocks: "0", amount: "0"),
        LineCase(name: "under threshold", quantity: "19.99", threshold: "20", overage: "0", blocks: "0", amount: "0"),
        LineCase(name: "equal to threshold is not over", quantity: "20", threshold: "20", overage: "0", blocks: "0", amount: "0"),
        LineCase(name: "one unit over", quantity: "21", threshold: "20", overage: "1", blocks: "1", amount: "100"),
        LineCase(name: "a whole block over", quantity: "25", threshold: "20", overage: "5", blocks: "1", amount: "100"),
        LineCase(name: "a fraction into the next block", quantity: "25.001", threshold: "20", overage: "5.001", blocks: "2", amount: "200"),
        LineCase(name: "many blocks", quantity: "1020", threshold: "20", overage: "1000", blocks: "200", amount: "20000"),
    ])
    func lineFigures(_ c: LineCase) {
        let records = c.quantity == "0" ? [] : [F.record("2026-03", .mailingsEmails, c.quantity)]
        let table = TariffTable(currency: F.currency("NOK"), tariffs: [F.tariff(.mailingsEmails)])
        let month = MeteredBilling.month(F.month("2026-03"), table: table, records: records, users: (5, .usage))
        let line = month.lines[0]
        #expect(line.quantity == F.dec(c.quantity))
        #expect(line.threshold == F.dec(c.threshold))
        #expect(line.overage == F.dec(c.overage))
        #expect(line.blocks == F.dec(c.blocks))
        #expect(line.amount == F.dec(c.amount))
        #expect(month.invoiceMonth == F.month("2026-04"))
        #expect(month.users == 5 && month.usersSource == .usage)
    }

    @Test(arguments: [
        (Aggregation.max, "12", "2026-03-10" as String?),
        (Aggregation.sum, "36", nil),
    ])
    func maxAgainstSum(aggregation: Aggregation, quantity: String, peakDay: String?) {
        // Storage is a level: the highest day counts, and the first day it was reached is reported.
        let rows = [F.record("2026-03-20", .storageSpace, "12"), F.record("2026-03-03", .storageSpace, "5"),
                    F.record("2026-03-10", .storageSpace, "12"), F.record("2026-03-25", .storageSpace, "7")]
        let result = MeteredBilling.quantity(of: rows, aggregation: aggregation)
        #expect(result.quantity == F.dec(quantity))
        #expect(result.peakDay == peakDay.map(F.day))
    }

    @Test func maxOfMonthRowsHasNoPeakDay() {
        let result = MeteredBilling.quantity(of: [F.record("2026-03", .storageSpace, "41.2")], aggregation: .max)
        #expect(result.quantity == F.dec("41.2") && result.peakDay == nil)
        #expect(MeteredBilling.quantity(of: [], aggregation: .max).quantity == 0)
    }

    @Test(arguments: [
        ("2026-03", 8, UsersSource.usage),     // the month's ActiveUsers row wins
        ("2026-04", 9, UsersSource.licenses),  // else user plans in use: 3 + 4 + 2 (hidden), not the system licence
    ])
    func usersFromActiveUsersAgainstLicences(month: String, users: Int, source: UsersSource) {
        let owners = [
            LicenseOwner(ownerName: "SUPEROFFICE", companyName: "Nordlys AS", serialNr: "1", moduleLicenses: [
                F.license("Sales-Premium", user: true, inUse: 3), F.license("Service-Essentials", user: true, inUse: 4),
                F.license("SuperOffice Server", user: false, total: 100, inUse: 100)]),
            LicenseOwner(ownerName: "ADDON", companyName: "Nordlys AS", serialNr: "2", moduleLicenses: [
                F.license("Addon user", user: true, inUse: 2, hidden: true)]),
        ]
        let result = MeteredBilling.users(in: F.month(month), activeUsers: [F.month("2026-03"): 8], owners: owners)
        #expect(result.count == users && result.source == source)
    }

    @Test func everyTariffServiceInEveryUsageMonthSortedWithTotals() {
        let tariffs = TariffTable(currency: F.currency("NOK"), tariffs: [
            F.tariff(.chatSessions, base: "0", perUser: "0", blockSize: "1", price: "0.125"),
            F.tariff(.storageSpace, aggregation: .max, base: "10", perUser: "1", blockSize: "1", price: "30"),
        ])
        let dataset = Dataset(name: "d", owners: [], usage: [
            F.record("2026-12-01", .storageSpace, "14"), F.record("2026-12-15", .storageSpace, "16"),
            F.record("2026-11", .chatSessions, "3"), F.record("2026-12", .chatSessions, "1"),
        ], activeUsers: [F.month("2026-11"): 4, F.month("2026-12"): 4, F.month("2027-01"): 4], tariffs: tariffs)
        let months = MeteredBilling.months(for: dataset)
        let lines = months.flatMap { month in month.lines.map { (month.month, $0) } }
        #expect(lines.map { "\($0.0) \($0.1.service.rawValue) \($0.1.quantity) \($0.1.amount)" } == [
            "2026-11 StorageSpace 0 0", "2026-11 ChatSessions 3 0.38",
            "2026-12 StorageSpace 16 60", "2026-12 ChatSessions 1 0.13",
            "2027-01 StorageSpace 0 0", "2027-01 ChatSessions 0 0",   // a month with only ActiveUsers
        ])
        #expect(lines[2].1.peakDay == F.day("2026-12-15"))
        #expect(months[1].invoiceMonth == F.month("2027-01"))
        #expect(months.map { "\($0.month) \($0.total) \($0.currency) \($0.invoiceMonth)" } == [
            "2026-11 0.38 NOK 2026-12", "2026-12 60.13 NOK 2027-01", "2027-01 0 NOK 2027-02",
        ])
    }

    @Test func crmSuiteAndMissingTariffsHaveNoMeteredLines() {
        let usage = [F.record("2026-03", .chatSessions, "3")]
        let table = TariffTable(currency: F.currency("NOK"), tariffs: [F.tariff(.chatSessions)])
        let crmSuite = Dataset(name: "d", owners: [], status: DatabaseStatus(subscriptionModel: .crmSuite), usage: usage, tariffs: table)
        #expect(MeteredBilling.months(for: crmSuite).isEmpty)
        #expect(MeteredBilling.months(for: Dataset(name: "d", owners: [], activeUsers: [F.month("2026-03"): 3])).isEmpty)
    }
}
