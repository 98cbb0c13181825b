import Foundation
import Testing
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

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var name: String
        var tariffs: String
        var path: String
        var reason: Reason
        var stage: Stage = .check
        var testDescription: String { name }
    }

    static let errorCases: [ErrorCase] = [
        .init(name: "lower-case currency", tariffs: #"{"Currency": "nok", "Services": []}"#, path: "$.Currency", reason: .invalidCurrency(value: "nok")),
        .init(name: "not an ISO 4217 code", tariffs: #"{"Currency": "XYZ", "Services": []}"#, path: "$.Currency", reason: .invalidCurrency(value: "XYZ")),
        .init(name: "currency symbol", tariffs: #"{"Currency": "kr", "Services": []}"#, path: "$.Currency", reason: .invalidCurrency(value: "kr")),
        .init(name: "seven decimals", tariffs: service(#""BlockSize": 1, "PricePerBlock": "0.1234567""#), path: "$.Services[0].PricePerBlock",
              reason: .tooManyDecimals(field: "PricePerBlock", value: "0.1234567", maximum: 6)),
        .init(name: "negative price", tariffs: service(#""BlockSize": 1, "PricePerBlock": "-1""#), path: "$.Services[0].PricePerBlock",
              reason: .negativeValue(field: "PricePerBlock", value: "-1")),
        .init(name: "zero block size", tariffs: service(#""BlockSize": 0, "PricePerBlock": "1""#), path: "$.Services[0].BlockSize",
              reason: .nonPositiveBlockSize(value: "0")),
        .init(name: "price with thousands separator", tariffs: service(#""BlockSize": 1, "PricePerBlock": "1,250.00""#), path: "$.Services[0].PricePerBlock",
              reason: .thousandsSeparator(field: "PricePerBlock", value: "1,250.00")),
        .init(name: "price not a number", tariffs: service(#""BlockSize": 1, "PricePerBlock": "free""#), path: "$.Services[0].PricePerBlock",
              reason: .invalidDecimal(field: "PricePerBlock", value: "free")),
        .init(name: "infinite block size", tariffs: service(#""BlockSize": Infinity, "PricePerBlock": "1""#), path: "$.Services[0].BlockSize",
              reason: .notFinite(field: "BlockSize", value: "Infinity")),
        .init(name: "unknown aggregation", tariffs: service(#""Aggregation": "avg", "BlockSize": 1, "PricePerBlock": "1""#).replacingOccurrences(of: #""Aggregation": "sum", "#, with: ""),
              path: "$.Services[0].Aggregation", reason: .unknownValue(field: "Aggregation", value: "avg", known: ["sum", "max"])),
        .init(name: "missing price", tariffs: service(#""BlockSize": 1"#), path: "$.Services[0]", reason: .missingKey(key: "PricePerBlock")),
    ]

    @Test(arguments: errorCases) func tariffError(_ test: ErrorCase) {
        let dataset = Self.dataset(tariffs: test.tariffs)
        #expect(dataset.diagnostics() == [Diagnostic(test.reason, at: dataset.at("tariffs.json", test.path))])
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
