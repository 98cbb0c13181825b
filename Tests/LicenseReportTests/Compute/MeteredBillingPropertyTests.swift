import Foundation
import Testing
import PropertyBased
@testable import LicenseReport

/// The invoicing invariants of issue 5, checked on generated inputs. Decimals are built from integers and
/// scales (significand × 10^−scale), never from Double.
@Suite struct MeteredBillingPropertyTests {
    typealias F = ComputeFixtures

    /// A non-negative decimal with up to 4 decimals.
    static let quantity = zip(Gen.int(in: 0...2_000_000), Gen.int(in: 0...4)).map { F.dec($0, scale: $1) }
    /// A positive block size with up to 3 decimals.
    static let blockSize = zip(Gen.int(in: 1...50_000), Gen.int(in: 0...3)).map { F.dec($0, scale: $1) }
    /// A price with up to 6 decimals (the tariff's limit).
    static let price = zip(Gen.int(in: 0...10_000_000), Gen.int(in: 0...6)).map { F.dec($0, scale: $1) }
    static let currency = Gen<String?>.element(of: ["NOK", "EUR", "JPY", "ISK", "KWD"]).map { F.currency($0!) }

    static func tariff(base: Decimal, perUser: Decimal, blockSize: Decimal, price: Decimal) -> Tariff {
        Tariff(service: .formSubmissions, unit: "submissions", aggregation: .sum, includedBase: base,
               includedPerUser: perUser, blockSize: blockSize, pricePerBlock: price)
    }

    static func amount(_ quantity: Decimal, _ tariff: Tariff, users: Int, _ currency: Currency) -> MeteredLine {
        let records = [UsageRecord(period: .month(F.month("2026-05")), service: .formSubmissions, quantity: quantity,
                                   location: SourceLocation(file: "usage.csv", line: 2))]
        return MeteredBilling.line(tariff: tariff, records: records, users: users, currency: currency)
    }

    @Test func blocksCoverTheOverageWithLessThanOneBlockToSpare() async {
        await propertyCheck(count: 300, input: Self.quantity, Self.blockSize) { overage, blockSize in
            let blocks = MeteredBilling.blocks(overage: overage, blockSize: blockSize)
            #expect(blocks * blockSize >= overage)
            if overage > 0 { #expect(overage > (blocks - 1) * blockSize) } else { #expect(blocks == 0) }
            #expect(DecimalFormatting.rounded(blocks, scale: 0) == blocks)
        }
    }

    /// The integer path of `blocks` against the `Decimal` division it replaced, on the generated values and on
    /// values beyond `SmallDecimal` (which take the division again).
    @Test func blocksMatchTheDecimalDivision() async {
        await propertyCheck(count: 500, input: Self.quantity, Self.blockSize) { overage, blockSize in
            let fast = MeteredBilling.blocks(overage: overage, blockSize: blockSize)
            let reference = MeteredBilling.blocksByDivision(overage: overage, blockSize: blockSize)
            #expect(fast == reference)
            #expect(DecimalFormatting.canonical(fast) == DecimalFormatting.canonical(reference))
        }
        let edges: [(String, String)] = [("0", "5"), ("5", "0"), ("-3", "2"), ("10", "2.5"), ("10.0001", "2.5"), ("0.0001", "1000"),
                                          ("999999999999999999", "0.000000000000000001"), ("100000000000000001", "0.00000000000000000000003"),
                                          ("12345678901234567890", "7"), ("1", "0.333333333333333333333333333333333333")]
        for (overage, size) in edges {
            let (o, b) = (F.dec(overage), F.dec(size))
            #expect(MeteredBilling.blocks(overage: o, blockSize: b) == MeteredBilling.blocksByDivision(overage: o, blockSize: b), "\(overage) / \(size)")
        }
    }

    @Test func amountIsZeroWheneverUsageIsWithinTheThreshold() async {
        await propertyCheck(count: 300, input: Self.quantity, Self.quantity, Gen.int(in: 0...500), Self.blockSize, Self.price, Self.currency) {
            base, below, users, blockSize, price, currency in
            let tariff = Self.tariff(base: base, perUser: F.dec("1.5"), blockSize: blockSize, price: price)
            let threshold = MeteredBilling.threshold(tariff, users: users)
            let quantity = max(0, threshold - below) // any usage ≤ threshold
            let line = Self.amount(quantity, tariff, users: users, currency)
            #expect(line.overage == 0 && line.blocks == 0 && line.amount == 0)
        }
    }

    @Test func moreUsageNeverCostsLess() async {
        await propertyCheck(count: 300, input: Self.quantity, Self.quantity, Self.quantity, Self.blockSize, Self.price, Self.currency) {
            base, first, extra, blockSize, price, currency in
            let tariff = Self.tariff(base: base, perUser: F.dec("0.25"), blockSize: blockSize, price: price)
            let less = Self.amount(first, tariff, users: 7, currency)
            let more = Self.amount(first + extra, tariff, users: 7, currency)
            #expect(less.amount <= more.amount)
            #expect(less.blocks <= more.blocks)
        }
    }

    @Test func aMonthTotalIsTheSumOfItsRoundedLines() async {
        let row = zip(Gen.int(in: 0...4), Gen.int(in: 1...3), Self.quantity)
        await propertyCheck(count: 200, input: row.array(of: 0...30), Self.price, Self.price, Self.currency) {
            rows, storagePrice, chatPrice, currency in
            let services = MeteredService.allCases
            let usage = rows.map { service, month, quantity in
                UsageRecord(period: .month(YearMonth(year: 2026, month: month)!), service: services[service],
                            quantity: quantity, location: SourceLocation(file: "usage.csv", line: 2))
            }
            let tariffs = services.map { service in
                Tariff(service: service, unit: "u", aggregation: service == .storageSpace ? .max : .sum,
                       includedBase: 3, includedPerUser: F.dec("0.5"), blockSize: F.dec("0.7"),
                       pricePerBlock: service == .chatSessions ? chatPrice : storagePrice)
            }
            let dataset = Dataset(name: "p", owners: [], usage: usage, activeUsers: [YearMonth(year: 2026, month: 1)!: 2],
                                  tariffs: TariffTable(currency: currency, tariffs: tariffs))
            let months = MeteredBilling.months(for: dataset)
            for month in months {
                #expect(month.lines.count == services.count)
                #expect(month.total == month.lines.reduce(Decimal(0)) { $0 + $1.amount })
                #expect(DecimalFormatting.rounded(month.total, scale: currency.minorUnit) == month.total)
                #expect(month.lines.allSatisfy { DecimalFormatting.rounded($0.amount, scale: currency.minorUnit) == $0.amount })
            }
            #expect(months.map(\.month) == months.map(\.month).sorted())
        }
    }
}
