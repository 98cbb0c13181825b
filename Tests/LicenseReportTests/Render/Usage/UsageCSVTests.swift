import Foundation
import Testing
@testable import LicenseReport

/// CSV cells, dialects and OWASP's formula-injection rule.
@Suite struct UsageCSVTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+47 22 00 00 00", "\"'+47 22 00 00 00\""),
        ("-2+3", "\"'-2+3\""),
        ("@SUM(A1:A2)", "\"'@SUM(A1:A2)\""),
        ("\tcmd", "\"'\tcmd\""),
        ("\r\nx", "\"'\r\nx\""),
        ("\rx", "\"'\rx\""),
        ("Nordlys AS", "Nordlys AS"),
        ("a=b", "a=b"),
        ("Fjell, Sjø & Co", "\"Fjell, Sjø & Co\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("", ""),
    ])
    func textCellsAreNeutralisedAndQuoted(input: String, expected: String) {
        #expect(CSVWriter.textCell(input, dialect: .standard) == expected)
    }

    @Test func semicolonIsQuotedOnlyInTheNordicDialect() {
        #expect(CSVWriter.textCell("a;b", dialect: .standard) == "a;b")
        #expect(CSVWriter.textCell("a;b", dialect: .excelNordic) == "\"a;b\"")
        #expect(CSVWriter.textCell("a,b", dialect: .excelNordic) == "a,b")
    }

    @Test(arguments: [(CSVDialect.standard, "41.2"), (.excelNordic, "41,2")])
    func numbersUseTheDialectsDecimalSeparator(dialect: CSVDialect, expected: String) {
        #expect(CSVWriter.numberCell("41.2", dialect: dialect) == expected)
    }

    @Test func dialectsDifferInDelimiterDecimalAndBOM() throws {
        let report = UsageFixture.report()
        let standard = UsageCSVReport.render(UsageFixture.marchMonth, customer: report.customer, dialect: .standard)
        let nordic = UsageCSVReport.render(UsageFixture.marchMonth, customer: report.customer, dialect: .excelNordic)
        #expect(Array(standard.prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(Array(nordic.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let standardText = String(decoding: standard, as: UTF8.self)
        let nordicText = String(decoding: nordic.dropFirst(3), as: UTF8.self)
        #expect(standardText.hasPrefix("RowType,UsageMonth,"))
        #expect(nordicText.hasPrefix("RowType;UsageMonth;"))
        #expect(standardText.contains(",41.2,2026-03-17,42,usage,"))
        #expect(nordicText.contains(";41,2;2026-03-17;42;usage;"))
        #expect(standardText.contains(",0.125,0.13,NOK\r\n"))
        #expect(nordicText.contains(";0,125;0,13;NOK\r\n"))
        let records = standardText.components(separatedBy: "\r\n")
        #expect(records.count == 8, "header, five services, total, and the empty rest after the last CRLF")
        #expect(records.last == "")
        #expect(!standardText.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func dataDerivedCellsAreNeutralisedInTheReport() throws {
        var month = UsageFixture.marchMonth
        month.lines[0].unit = "-GB"
        let report = UsageFixture.report(company: "=cmd|' /C calc'!A0", serial: "@4711", months: [month])
        for dialect in CSVDialect.allCases {
            let text = String(decoding: UsageCSVReport.render(month, customer: report.customer, dialect: dialect), as: UTF8.self)
            let d = String(dialect.delimiter)
            #expect(text.contains("\(d)\"'=cmd|' /C calc'!A0\"\(d)\"'@4711\"\(d)"))
            #expect(text.contains("\(d)\"'-GB\"\(d)"))
            #expect(!text.contains("\(d)=") && !text.contains("\(d)@") && !text.contains("\(d)-"))
        }
    }

    @Test func dialectArgumentNames() {
        #expect(CSVDialect(rawValue: "default") == .standard)
        #expect(CSVDialect(rawValue: "excel-nordic") == .excelNordic)
        #expect(CSVDialect(rawValue: "excel") == nil)
    }
}
