import Foundation
import Testing
@testable import LicenseReport

/// Decimal separators in a `;` or tab usage.csv, where a decimal comma is allowed: `19.500` may be German
/// Excel's nineteen thousand five hundred, so it is refused; one file uses one separator.
@Suite struct LoaderDecimalSeparatorTests {
    static func csv(_ rows: [String], delimiter: String = ";") -> TemporaryDataset {
        let text = (["Period", "Service", "Quantity"].joined(separator: delimiter) + "\n")
            + rows.map { $0.replacingOccurrences(of: "|", with: delimiter) + "\n" }.joined()
        return LoaderUsageTests.csv(text)
    }

    /// Quantity text, and the whole message.
    @Test(arguments: [
        ("19.500", "Quantity '19.500' is ambiguous: 19500 with '.' as a thousands separator, or 19.5 with a decimal point? Write 19500 or 19,5"),
        ("18.000", "Quantity '18.000' is ambiguous: 18000 with '.' as a thousands separator, or 18 with a decimal point? Write 18000 or 18"),
        ("1.000", "Quantity '1.000' is ambiguous: 1000 with '.' as a thousands separator, or 1 with a decimal point? Write 1000 or 1"),
        ("999.250", "Quantity '999.250' is ambiguous: 999250 with '.' as a thousands separator, or 999.25 with a decimal point? Write 999250 or 999,25"),
    ])
    func dotBeforeThreeDigitsIsAmbiguous(_ quantity: String, _ message: String) {
        for delimiter in [";", "\t"] {
            let dataset = Self.csv(["2026-03|MailingsEmails|" + quantity], delimiter: delimiter)
            #expect(dataset.diagnostics().map(\.description) == ["\(dataset.file("usage.csv")):2:24: error: " + message])
        }
    }

    /// Several dot groups can only be a thousands separator: refused as such, not as ambiguous.
    @Test func severalGroupsAreAThousandsSeparator() {
        let dataset = Self.csv(["2026-03|MailingsEmails|1.234.567"])
        #expect(dataset.diagnostics() == [Diagnostic(.thousandsSeparator(field: "Quantity", value: "1.234.567"),
                                                     at: dataset.at("usage.csv", line: 2, column: 24))])
    }

    /// Numbers a thousands separator cannot have written are decimals, read as written.
    @Test(arguments: [("41.2", "41.2"), ("0.500", "0.5"), ("19.50", "19.5"), ("19.5000", "19.5"), ("1234.567", "1234.567"), ("19500", "19500")])
    func unambiguousDotsAreDecimals(_ quantity: String, _ value: String) throws {
        let dataset = Self.csv(["2026-03|StorageSpace|" + quantity])
        let checked = try dataset.load(strict: true).get()
        #expect(checked.dataset.usage.map(\.quantity) == [Decimal(string: value)!])
    }

    /// With a comma delimiter there is no decimal comma, so a dot is always the decimal point.
    @Test func commaDelimitedFileReadsTheDotAsDecimalPoint() throws {
        let dataset = Self.csv(["2026-03|StorageSpace|19.500"], delimiter: ",")
        #expect(try dataset.load(strict: true).get().dataset.usage.map(\.quantity) == [Decimal(string: "19.5")!])
    }

    /// A `;` file that writes every decimal with a point is consistent, and legal.
    @Test func consistentDecimalPointIsLegal() throws {
        let dataset = Self.csv(["2026-03-01|StorageSpace|41.2", "2026-03-02|StorageSpace|42.25", "2026-03|MailingsEmails|1200"])
        let usage = try dataset.load(strict: true).get().dataset.usage
        #expect(usage.map(\.quantity) == [Decimal(string: "41.2")!, Decimal(string: "42.25")!, 1200])
    }

    @Test func commaThenPointIsMixed() {
        let dataset = Self.csv(["2026-03|ActiveUsers|12", "2026-03-01|StorageSpace|41,2", "2026-03-02|StorageSpace|41.2",
                                "2026-03-03|StorageSpace|41.3"])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("usage.csv")):4:25: error: mixed decimal separators: '41.2' has '.', but this file uses ',' at line 3: write every decimal with the same separator",
        ])
    }

    @Test func pointThenCommaIsMixed() {
        let dataset = Self.csv(["2026-03-01\tStorageSpace\t41.2", "2026-03-02\tStorageSpace\t41,2"], delimiter: "\t")
        #expect(dataset.diagnostics() == [Diagnostic(.mixedDecimalSeparators(value: "41,2", separator: ",", first: ".", line: 2),
                                                     at: dataset.at("usage.csv", line: 3, column: 25))])
    }

    /// JSON has no decimal comma: a JSON string "19.500" is 19.5 and needs no rule.
    @Test func jsonIsNotAffected() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs, "usage.json": """
        [{"Period": "2026-03", "Service": "StorageSpace", "Quantity": "19.500"}]
        """])
        #expect(try dataset.load(strict: true).get().dataset.usage.map(\.quantity) == [Decimal(string: "19.5")!])
    }
}
