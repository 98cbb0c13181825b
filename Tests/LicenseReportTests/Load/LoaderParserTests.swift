import Foundation
import Testing
@testable import LicenseReport

/// The number and date parsers behind every loader.
@Suite struct LoaderParserTests {
    @Test(arguments: [
        ("41.2", false, "41.2", 1), ("41,2", true, "41.2", 1), ("0", false, "0", 0), ("-0", false, "0", 0), ("007.50", false, "7.5", 1),
        (" 12 ", false, "12", 0), ("-1.25", false, "-1.25", 2), ("1,234", true, "1.234", 3),
        ("123456789012345678901234567890.12345678", false, "123456789012345678901234567890.12345678", 8),
    ])
    func decimals(_ text: String, _ comma: Bool, _ expected: String, _ decimals: Int) throws {
        let parsed = try DecimalParser.parse(text, decimalComma: comma).get()
        #expect(parsed.value == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
        #expect(parsed.decimals == decimals)
    }

    @Test(arguments: [
        ("1,234.5", false, DecimalParser.Failure.thousandsSeparator), ("1.234,5", true, .thousandsSeparator), ("1 234", true, .thousandsSeparator),
        ("1\u{00A0}234,5", true, .thousandsSeparator), ("1'234", false, .thousandsSeparator), ("1.234.567", false, .thousandsSeparator),
        ("1,234", false, .thousandsSeparator), ("41,2", false, .invalid), ("1.2.3", false, .invalid), ("", false, .invalid),
        ("-", false, .invalid), ("+3", false, .invalid), (".5", false, .invalid), ("5.", false, .invalid), ("1e3", false, .invalid), ("12 kr", false, .invalid),
        ("0x10", false, .invalid), ("١٢", false, .invalid), ("NaN", false, .notFinite), ("-inf", false, .notFinite), ("Infinity", true, .notFinite),
        ("∞", false, .notFinite), ("123456789012345678901234567890123456789", false, .tooLarge),
    ])
    func decimalFailures(_ text: String, _ comma: Bool, _ failure: DecimalParser.Failure) {
        #expect(DecimalParser.parse(text, decimalComma: comma) == .failure(failure))
    }

    @Test(arguments: [("1e3", "1000", 0), ("1.5E-2", "0.015", 3), ("-2.50e+1", "-25", 0)])
    func jsonExponents(_ text: String, _ expected: String, _ decimals: Int) throws {
        let parsed = try DecimalParser.parse(text, exponent: true).get()
        #expect(parsed.value == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
        #expect(parsed.decimals == decimals)
    }

    @Test(arguments: [
        ("2026-03-04", "2026-03-04", 0, nil), ("2026-03-04T14:05", "2026-03-04", 50_700, nil), ("2026-03-04 14:05:09", "2026-03-04", 50_709, nil),
        ("2026-03-04T14:05:09.1234567", "2026-03-04", 50_709, nil), ("2026-03-04T14:05:09Z", "2026-03-04", 50_709, 0),
        ("2026-03-04T14:05:09+01:00", "2026-03-04", 50_709, 3600), ("2026-03-04T14:05:09-0530", "2026-03-04", 50_709, -19_800),
        ("2024-02-29T00:00:00+05", "2024-02-29", 0, 18_000),
    ] as [(String, String, Int, Int?)])
    func dateTimes(_ text: String, _ date: String, _ second: Int, _ offset: Int?) {
        #expect(DateTimeParser.parts(text) == DateTimeParser.Parts(date: CalendarDate(iso: date)!, secondOfDay: second, offsetSeconds: offset))
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-3-4", "2026-03-04T25:00", "2026-03-04T12:60", "2026-03-04T12:00:61",
                      "2026-03-04T12", "2026-03-04T12:00+19:00", "2026-03-04T12:00:00.", "2026-03-04X12:00", "2026-03-04T12:00 ", "04.03.2026"])
    func invalidDateTimes(_ text: String) {
        #expect(DateTimeParser.parts(text) == nil)
    }

    @Test func utf8ValidationFindsTheFirstBadByte() {
        func offset(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalidOffset) }
        #expect(offset(Array("æøå😀".utf8)) == nil)
        #expect(offset([0x41, 0xC3]) == 1)               // truncated sequence
        #expect(offset([0x41, 0xC0, 0x80]) == 1)         // overlong
        #expect(offset([0xED, 0xA0, 0x80]) == 0)         // surrogate: the sequence starting at 0 is bad
        #expect(offset([0xF4, 0x90, 0x80, 0x80]) == 0)   // above U+10FFFF, from its lead byte
        #expect(offset([0x41, 0x42, 0xFF]) == 2)
    }
}
