import Foundation
import Testing
@testable import LicenseReport

/// Inputs an adversarial review found passing `check` but failing or misbehaving later.
@Suite struct LoaderAdversarialTests {
    @Test(arguments: [("\u{0B}", "U+000B"), ("\u{01}", "U+0001"), ("\u{00}", "U+0000"), ("\u{FFFE}", "U+FFFE")])
    func controlCharactersInJSONTextAreDataErrors(character: String, codePoint: String) throws {
        let escaped = String(format: "\\u%04X", character.unicodeScalars.first!.value)
        let license = Sample.owner.replacingOccurrences(of: "\"Nordlys AS\"", with: "\"Nordlys\(escaped)AS\"")
        let dataset = TemporaryDataset(["license.json": license])
        #expect(dataset.diagnostics() == [Diagnostic(.controlCharacter(field: "CompanyName", codePoint: codePoint),
                                                     at: dataset.at("license.json", "$.CompanyName"))])
    }

    @Test func controlCharactersInEventsCSVAreDataErrorsAtTheField() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license, "events.csv": LoaderEventTests.header
            + "Maintenance,Running,Upgrade\u{0B}tonight,2026-03-04T14:05:09Z,KN,Kari Nordmann,,,Maintenance,1,\n"])
        #expect(dataset.diagnostics() == [Diagnostic(.controlCharacter(field: "eventmess", codePoint: "U+000B"),
                                                     at: dataset.at("events.csv", line: 2, column: 21))])
        #expect(Diagnostic(.controlCharacter(field: "eventmess", codePoint: "U+000B")).message
            == "eventmess contains the control character U+000B, which a page cannot show: remove it")
    }

    @Test func tabsAndLineBreaksInTextAreFine() throws {
        let license = Sample.owner.replacingOccurrences(of: "\"Nordlys AS\"", with: "\"Nordlys\\tAS\\nNorge\"")
        #expect(TemporaryDataset(["license.json": license]).diagnostics() == [])
    }

    @Test func usageInACRMSuiteDatasetIsAWarningNotSilentlyDropped() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs,
                                        "status.json": #"{"SubscriptionModel": "CrmSuite", "Plan": "Core"}"#,
                                        "usage.csv": "Period,Service,Quantity\n2026-03,MailingsEmails,100\n"])
        let warning = Diagnostic(.usageIgnoredForCRMSuite(file: "usage.csv"), at: SourceLocation(file: dataset.file("usage.csv")), severity: .warning)
        #expect(dataset.diagnostics() == [warning])
        #expect(dataset.diagnostics(strict: true).map(\.severity) == [.error])
    }

    @Test(arguments: ["+5", "+0.5"])
    func aLeadingPlusIsNotAQuantity(quantity: String) throws {
        let dataset = TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs,
                                        "usage.csv": "Period,Service,Quantity\n2026-03,MailingsEmails,\(quantity)\n"])
        let diagnostics = dataset.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == dataset.at("usage.csv", line: 2, column: 24))
        #expect(diagnostics.first?.severity == .error)
    }

    @Test func aBlockSizeWithMoreThanSixDecimalsIsRejected() throws {
        let dataset = LoaderTariffTests.dataset(tariffs: LoaderTariffTests.service(#""BlockSize": "0.00000000000000000000003", "PricePerBlock": "1""#))
        #expect(dataset.diagnostics() == [Diagnostic(.tooManyDecimals(field: "BlockSize", value: "0.00000000000000000000003", maximum: 6),
                                                     at: dataset.at("tariffs.json", "$.Services[0].BlockSize"))])
    }

    @Test func aControlCharacterInAServiceNameIsNamedNotEchoed() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs,
                                        "usage.csv": "Period,Service,Quantity\n2026-03,Chat\u{0C}Sessions,5\n"])
        #expect(dataset.diagnostics() == [Diagnostic(.controlCharacter(field: "Service", codePoint: "U+000C"),
                                                     at: dataset.at("usage.csv", line: 2, column: 9))])
    }
}
