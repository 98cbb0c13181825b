import Foundation
import Testing
@testable import LicenseReport

@Suite struct DecimalFormattingTests {
    @Test(arguments: [
        ("1.005", 2, "1.01"), ("0.125", 2, "0.13"), ("-0.125", 2, "-0.13"), ("2.5", 0, "3"),
        ("1234.5", 2, "1234.50"), ("0", 2, "0.00"), ("-0.001", 2, "0.00"), ("1200", 0, "1200"),
    ])
    func plainRoundsHalfAwayFromZero(input: String, digits: Int, expected: String) {
        #expect(DecimalFormatting.plain(Decimal(string: input)!, fractionDigits: digits) == expected)
    }

    @Test(arguments: [("41.20", "41.2"), ("1000", "1000"), ("0.000", "0"), ("-3.5", "-3.5"), ("1E+3", "1000"), ("0.0001", "0.0001")])
    func canonicalIsShortestExactText(input: String, expected: String) {
        #expect(DecimalFormatting.canonical(Decimal(string: input)!) == expected)
    }

    @Test(arguments: [("1234567.50", "1,234,567.50"), ("999", "999"), ("-1000", "-1,000"), ("12", "12")])
    func groupingInThrees(input: String, expected: String) {
        #expect(DecimalFormatting.grouped(input) == expected)
    }

    @Test func moneyCarriesTheCurrencyCode() {
        #expect(DecimalFormatting.money(Decimal(string: "1234.5")!, Currency(code: "NOK")!) == "1,234.50 NOK")
        #expect(DecimalFormatting.money(Decimal(string: "1199.5")!, Currency(code: "JPY")!) == "1,200 JPY")
    }
}

@Suite struct MarkupEscapingTests {
    @Test(arguments: [
        ("a|b", "a\\|b"), ("*bold* _it_", "\\*bold\\* \\_it\\_"), ("`code`", "\\`code\\`"),
        ("<script>", "\\<script\\>"), ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("22:00 +02:00", "22:00 +02:00"), ("http://evil.example/x", "http\\://evil.example/x"),
        ("FTP://a", "FTP\\://a"), ("a:/b", "a:/b"), ("end:", "end:"), ("x@y.example", "x\\@y.example"),
        ("line\nbreak", "line break"), ("2026-03-04", "2026-03-04"), ("1,234.50 NOK", "1,234.50 NOK"),
        ("- item", "\\- item"), ("1. first", "1\\. first"), ("see www.example.com", "see www\\.example.com"),
        ("a&amp;b", "a\\&amp;b"), ("# heading", "\\# heading"),
        ("41.2", "41.2"), ("212.53 NOK", "212.53 NOK"), ("3) x", "3\\) x"), ("7.", "7\\."), ("1234567890. x", "1234567890. x"),
    ])
    func markdown(input: String, expected: String) {
        #expect(MarkupEscaping.markdown(input) == expected)
    }

    @Test func html() {
        #expect(MarkupEscaping.html("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}
