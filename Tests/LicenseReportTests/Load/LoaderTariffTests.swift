import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// `tariffs.json`: currency, prices and block sizes.
@Suite struct LoaderTariffTests {
    static func dataset(tariffs: String) -> TemporaryDataset {
        TemporaryDataset(["license.json": Sample.license, "tariffs.json": tariffs])
    }

    static func service(_ members: String) -> String {
        #"{"Currency": "NOK", "Services": [{"Service": "MailingsEmails", "Unit": "e-mails", "Aggregation": "sum", "IncludedBase": 1000, "IncludedPerUser": 100, "#
            + members + "}]}"
    }

    @Test func roundTrip() throws {
        let dataset = Self.dataset(tariffs: Sample.tariffs)
        let table = try #require(try dataset.load().get().dataset.tariffs)
        #expect(table.currency == Currency(code: "NOK"))
        #expect(table.tariffs.map(\.service) == MeteredService.allCases)
        #expect(table.tariff(for: .mailingsEmails) == Tariff(service: .mailingsEmails, unit: "e-mails", aggregation: .sum, includedBase: 1000,
                                                             includedPerUser: 100, blockSize: 1000, pricePerBlock: Decimal(string: "35.5")!))
    }

    @Test func noteForPeopleIsAcceptedWithoutWarning() throws {
        let dataset = Self.dataset(tariffs: #"{"Currency": "NOK", "Note": "Example prices: SuperOffice's prices are not public.", "Services": []}"#)
        #expect(try dataset.load(strict: true).get().warnings == [])
    }

    @Test func pricesStayExact() throws {
        let dataset = Self.dataset(tariffs: Self.service(#""BlockSize": 0.1, "PricePerBlock": 0.123456"#))
        let tariff = try #require(try dataset.load().get().dataset.tariffs?.tariffs.first)
        #expect(tariff.pricePerBlock == Decimal(sign: .plus, exponent: -6, significand: 123_456))
        #expect(tariff.blockSize == Decimal(sign: .plus, exponent: -1, significand: 1))
    }

    static let errorCases: [DiagnosticCase] = [
        .init("lower-case currency", #"{"Currency": "nok", "Services": []}"#, at: "$.Currency", .invalidCurrency(value: "nok")),
        .init("not an ISO 4217 code", #"{"Currency": "XYZ", "Services": []}"#, at: "$.Currency", .invalidCurrency(value: "XYZ")),
        .init("currency symbol", #"{"Currency": "kr", "Services": []}"#, at: "$.Currency", .invalidCurrency(value: "kr")),
        .init("seven decimals", service(#""BlockSize": 1, "PricePerBlock": "0.1234567""#), at: "$.Services[0].PricePerBlock",
              .tooManyDecimals(field: "PricePerBlock", value: "0.1234567", maximum: 6)),
        .init("negative price", service(#""BlockSize": 1, "PricePerBlock": "-1""#), at: "$.Services[0].PricePerBlock",
              .negativeValue(field: "PricePerBlock", value: "-1")),
        .init("zero block size", service(#""BlockSize": 0, "PricePerBlock": "1""#), at: "$.Services[0].BlockSize",
              .nonPositiveBlockSize(value: "0")),
        .init("price with thousands separator", service(#""BlockSize": 1, "PricePerBlock": "1,250.00""#), at: "$.Services[0].PricePerBlock",
              .thousandsSeparator(field: "PricePerBlock", value: "1,250.00")),
        .init("price not a number", service(#""BlockSize": 1, "PricePerBlock": "free""#), at: "$.Services[0].PricePerBlock",
              .invalidDecimal(field: "PricePerBlock", value: "free")),
        .init("infinite block size", service(#""BlockSize": Infinity, "PricePerBlock": "1""#), at: "$.Services[0].BlockSize",
              .notFinite(field: "BlockSize", value: "Infinity")),
        .init("unknown aggregation", service(#""Aggregation": "avg", "BlockSize": 1, "PricePerBlock": "1""#).replacingOccurrences(of: #""Aggregation": "sum", "#, with: ""),
              at: "$.Services[0].Aggregation", .unknownValue(field: "Aggregation", value: "avg", known: ["sum", "max"])),
        .init("missing price", service(#""BlockSize": 1"#), at: "$.Services[0]", .missingKey(key: "PricePerBlock")),
    ]

    @Test(arguments: errorCases) func tariffError(_ test: DiagnosticCase) {
        let dataset = Self.dataset(tariffs: test.text())
        #expect(dataset.diagnostics() == [Diagnostic(test.reason, at: test.location(in: dataset.file("tariffs.json")))])
    }

    @Test func duplicateTariff() {
        let row = #"{"Service": "ChatSessions", "Unit": "sessions", "Aggregation": "sum", "IncludedBase": 1, "IncludedPerUser": 0, "BlockSize": 1, "PricePerBlock": "1"}"#
        let dataset = Self.dataset(tariffs: #"{"Currency": "SEK", "Services": ["# + row + "," + row + "]}")
        #expect(dataset.diagnostics().map(\.description) == ["\(dataset.file("tariffs.json")): $.Services[1].Service: error: a second tariff for ChatSessions"])
    }

    /// A tariff that is present but wrong is reported once, at the tariff: its usage is not also "without a
    /// tariff". A service that really has no tariff still is.
    @Test func invalidTariffIsNotAlsoAMissingTariff() {
        let dataset = TemporaryDataset(["license.json": Sample.license, "tariffs.json": """
        {"Currency": "NOK", "Services": [
          {"Service": "StorageSpace", "Unit": "GB", "Aggregation": "max", "IncludedBase": 10, "IncludedPerUser": 1, "BlockSize": 10, "PricePerBlock": "12,50"},
          {"Service": "MailingsEmails", "Unit": "e-mails", "Aggregation": "sum", "IncludedBase": 1000, "IncludedPerUser": 0, "BlockSize": 1000, "PricePerBlock": "35.50"}]}
        """, "usage.csv": "Period,Service,Quantity\n2026-03,StorageSpace,41.2\n2026-03,MailingsEmails,1200\n2026-03,ChatSessions,3\n"])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("tariffs.json")): $.Services[0].PricePerBlock: error: PricePerBlock must be a decimal number such as 41.2, found '12,50'",
            "\(dataset.file("usage.csv")):4:9: error: usage for ChatSessions but tariffs.json has no tariff for it",
        ])
    }

    @Test(arguments: [("NOK", 2), ("JPY", 0), ("KWD", 3), ("EUR", 2)])
    func currencyMinorUnits(_ code: String, _ minorUnit: Int) throws {
        let dataset = Self.dataset(tariffs: #"{"Currency": ""# + code + #"", "Services": []}"#)
        #expect(try dataset.load().get().dataset.tariffs?.currency.minorUnit == minorUnit)
    }
}
