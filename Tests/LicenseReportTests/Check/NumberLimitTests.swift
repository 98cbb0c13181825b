import Testing
@testable import LicenseReport

/// Numbers too large for exact arithmetic are errors that say "too large" with the limit, never rounded
/// (issue 10, point 12; the bounds are derived in docs/rules.md, "Exact arithmetic").
@Suite struct NumberLimitTests {
    static let quantityLimit = "less than 1000000000000000"

    static func licence(total: String) -> TemporaryDataset {
        TemporaryDataset(["license.json": Sample.license(licence: #""Name": "A", "LicenseType": "UserLicense", "Total": \#(total), "InUse": 0"#)])
    }

    @Test(arguments: ["99999999999999999999999", "2147483648", "1e30", "1e400", "3000000000.0"])
    func aCountTooLargeSaysSo(total: String) {
        let dataset = Self.licence(total: total)
        #expect(dataset.diagnostics() == [Diagnostic(.numberTooLarge(field: "Total", value: total, limit: "2147483647"),
                                                     at: dataset.at("license.json", "$.ModuleLicenses[0].Total"))])
        #expect(dataset.diagnostics().first?.message
            == "Total '\(total)' is too large: the limit is 2147483647, so that every amount is computed exactly")
    }

    @Test(arguments: [("2147483647", true), ("1.5", false), ("-3", false), ("-1e400", false)])
    func countsAtTheLimitAreReadAndOthersAreNotWhole(total: String, accepted: Bool) {
        let diagnostics = Self.licence(total: total).diagnostics()
        #expect(diagnostics.isEmpty == accepted)
        if !accepted { #expect(diagnostics.map(\.reason) == [.invalidCount(field: "Total", value: total)]) }
    }

    @Test func aNegativeSortOrderTooLargeSaysSo() {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: #""Name": "A", "LicenseType": "UserLicense", "Total": 1, "InUse": 0, "SortOrder": -99999999999"#)])
        #expect(dataset.diagnostics().map(\.reason) == [.numberTooLarge(field: "SortOrder", value: "-99999999999", limit: "2147483647 either way")])
    }

    static func usage(_ quantity: String, service: String = "MailingsEmails") -> TemporaryDataset {
        TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs,
                          "usage.csv": "Period,Service,Quantity\n2026-03,\(service),\(quantity)\n"])
    }

    @Test(arguments: [
        ("12345678901234567890123456789012345678", Reason.numberTooLarge(field: "Quantity", value: "12345678901234567890123456789012345678", limit: quantityLimit)),
        ("1234567890123456789012345678901234567890", .numberTooLarge(field: "Quantity", value: "1234567890123456789012345678901234567890", limit: quantityLimit)),
        ("1000000000000000", .numberTooLarge(field: "Quantity", value: "1000000000000000", limit: quantityLimit)),
        ("1.1234567", .tooManyDecimals(field: "Quantity", value: "1.1234567", maximum: 6)),
        ("0.000000000000000000000000000000000000001", .tooManyDecimals(field: "Quantity", value: "0.000000000000000000000000000000000000001", maximum: 6)),
    ])
    func aQuantityBeyondTheBoundsIsRefused(quantity: String, reason: Reason) {
        let dataset = Self.usage(quantity)
        #expect(dataset.diagnostics() == [Diagnostic(reason, at: dataset.at("usage.csv", line: 2, column: 24))])
    }

    @Test func theLargestQuantityIsInvoicedExactly() throws {
        let checked = try Self.usage("999999999999999.999999").load().get()
        let line = try #require(MeteredBilling.months(for: checked.dataset).first?.lines.first { $0.service == .mailingsEmails })
        // Threshold 1000 + 100 × 7 users = 1700; blocks of 1000 at 35.50.
        #expect(line.overage == ComputeFixtures.dec("999999999998299.999999"))
        #expect(line.blocks == ComputeFixtures.dec("999999999999"))
        #expect(line.amount == ComputeFixtures.dec("35499999999964.50"))
    }

    @Test func activeUsersBeyondACountSayTooLarge() {
        let dataset = Self.usage("3000000000", service: "ActiveUsers")
        #expect(dataset.diagnostics().map(\.reason) == [.numberTooLarge(field: "Quantity", value: "3000000000", limit: "2147483647")])
    }

    @Test func aMonthWhoseRowsAddUpTooFarIsRefusedOnce() {
        let rows = (1...3).map { _ in "2026-03,MailingsEmails,600000000000000" }.joined(separator: "\n")
        let dataset = TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs,
                                        "usage.csv": "Period,Service,Quantity\n" + rows + "\n"])
        #expect(dataset.diagnostics() == [Diagnostic(.monthQuantityTooLarge(service: "MailingsEmails", month: "2026-03", limit: Self.quantityLimit),
                                                     at: dataset.at("usage.csv", line: 3, column: 1))])
    }

    static func tariff(_ members: String) -> TemporaryDataset {
        LoaderTariffTests.dataset(tariffs: LoaderTariffTests.service(members))
    }

    @Test(arguments: [
        (#""BlockSize": 1, "PricePerBlock": "1000000000""#, "PricePerBlock", Reason.numberTooLarge(field: "PricePerBlock", value: "1000000000", limit: "less than 1000000000")),
        (#""BlockSize": 1e15, "PricePerBlock": "1""#, "BlockSize", .numberTooLarge(field: "BlockSize", value: "1e15", limit: quantityLimit)),
        (#""BlockSize": 1.5e-7, "PricePerBlock": "1""#, "BlockSize", .tooManyDecimals(field: "BlockSize", value: "1.5e-7", maximum: 6)),
    ])
    func tariffsBeyondTheBoundsAreRefused(members: String, key: String, reason: Reason) {
        let dataset = Self.tariff(members)
        #expect(dataset.diagnostics() == [Diagnostic(reason, at: dataset.at("tariffs.json", "$.Services[0].\(key)"))])
    }

    @Test func theLargestPriceIsAccepted() throws {
        #expect(Self.tariff(#""BlockSize": "0.000001", "PricePerBlock": "999999999.999999""#).diagnostics() == [])
    }
}
