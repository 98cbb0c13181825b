import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// Numbers, money and dates per locale (CLDR through Foundation), pinned byte for byte: U+00A0 is the
/// Norwegian and Swedish grouping separator and the space before the currency code; U+2212 their minus sign.
@Suite struct LocaleFormatsTests {
    static let nbsp = "\u{00A0}"

    /// Runs `body` with the bundled language `code` bound, as a render does.
    static func inLanguage<T>(_ code: LocaleCode, _ body: () throws -> T) throws -> T {
        let catalogues = try Catalogue.loadAll(folder: Repository.url("templates/languages").path, displayFolder: "templates/languages")
        return try Language.$current.withValue(Language(catalogue: catalogues[code]!)) { try body() }
    }

    static let large = Decimal(string: "12345678901234567890123456789.123456789")!  // 38 digits

    /// (locale, amount, NOK money text)
    @Test(arguments: [
        (LocaleCode.en, "1234.5", "1,234.50 NOK"), (.en, "0", "0.00 NOK"), (.en, "-1234.5", "-1,234.50 NOK"),
        (.en, "1234567.891", "1,234,567.89 NOK"), (.en, "0.005", "0.01 NOK"),
        (.nb, "1234.5", "1\u{00A0}234,50\u{00A0}NOK"), (.nb, "0", "0,00\u{00A0}NOK"), (.nb, "-1234.5", "\u{2212}1\u{00A0}234,50\u{00A0}NOK"),
        (.nb, "1234567.891", "1\u{00A0}234\u{00A0}567,89\u{00A0}NOK"),
        (.sv, "1234.5", "1\u{00A0}234,50\u{00A0}NOK"), (.sv, "-1234.5", "\u{2212}1\u{00A0}234,50\u{00A0}NOK"),
        (.da, "1234.5", "1.234,50\u{00A0}NOK"), (.da, "-1234.5", "-1.234,50\u{00A0}NOK"),
        (.de, "1234.5", "1.234,50\u{00A0}NOK"), (.de, "0", "0,00\u{00A0}NOK"), (.de, "1234567.891", "1.234.567,89\u{00A0}NOK"),
        (.nl, "1234.5", "NOK\u{00A0}1.234,50"), (.nl, "-1234.5", "NOK\u{00A0}-1.234,50"),
    ])
    func moneyFollowsTheLocale(code: LocaleCode, amount: String, expected: String) throws {
        let text = try Self.inLanguage(code) { DisplayText.money(Decimal(string: amount)!, Currency(code: "NOK")!) }
        #expect(text == expected)
    }

    /// (locale, quantity, text): exact decimals, every digit of a 38-digit value.
    @Test(arguments: [
        (LocaleCode.en, "1234.5", "1,234.5"), (.en, "12345678901234567890123456789.123456789", "12,345,678,901,234,567,890,123,456,789.123456789"),
        (.nb, "1234.5", "1\u{00A0}234,5"), (.nb, "0", "0"),
        (.nb, "12345678901234567890123456789.123456789", "12\u{00A0}345\u{00A0}678\u{00A0}901\u{00A0}234\u{00A0}567\u{00A0}890\u{00A0}123\u{00A0}456\u{00A0}789,123456789"),
        (.de, "12345678901234567890123456789.123456789", "12.345.678.901.234.567.890.123.456.789,123456789"),
        (.de, "1234567.891", "1.234.567,891"), (.sv, "999", "999"), (.da, "1000", "1.000"), (.nl, "0.25", "0,25"),
    ])
    func quantitiesKeepEveryDigit(code: LocaleCode, value: String, expected: String) throws {
        #expect(try Self.inLanguage(code) { DisplayText.quantity(Decimal(string: value)!) } == expected)
    }

    /// Our digits with CLDR's symbols agree with Foundation's own `Decimal.FormatStyle` wherever no rounding
    /// is involved (which is where the two may differ: ours rounds halves away from zero), 38 digits included.
    @Test(arguments: LocaleCode.allCases)
    func separatorsAgreeWithFoundationsFormatStyle(code: LocaleCode) throws {
        let locale = Locale(identifier: code.rawValue)
        for text in ["1234.5", "0", "-1234.5", "1234567.891", "12345678901234567890123456789.123456789"] {
            let value = Decimal(string: text)!
            let decimals = DecimalFormatting.canonical(value).split(separator: ".").dropFirst().first?.count ?? 0
            let foundation = value.formatted(.number.locale(locale).precision(.fractionLength(decimals)))
            #expect(try Self.inLanguage(code) { DisplayText.quantity(value) } == foundation, "\(code) \(text)")
        }
    }

    /// (locale, calendar date, date-time at +01:00, month name, short month).
    @Test(arguments: [
        (LocaleCode.en, "2026-11-29", "2026-03-04 14:05 +01:00", "November 2026", "Nov"),
        (.nb, "29. november 2026", "4. mars 2026 14:05 +01:00", "november 2026", "nov"),
        (.sv, "29 november 2026", "4 mars 2026 14:05 +01:00", "november 2026", "nov."),
        (.da, "29. november 2026", "4. marts 2026 14.05 +01:00", "november 2026", "nov."),
        (.de, "29. November 2026", "4. März 2026 14:05 +01:00", "November 2026", "Nov"),
        (.nl, "29 november 2026", "4 maart 2026 14:05 +01:00", "november 2026", "nov"),
    ])
    func datesFollowTheLocale(code: LocaleCode, date: String, dateTime: String, month: String, short: String) throws {
        let day = CalendarDate(year: 2026, month: 11, day: 29)!
        // 2026-03-04 13:05:00 UTC, shown at +01:00.
        let time = ZonedDateTime(secondsSinceEpoch: 1_772_629_500, utcOffsetSeconds: 3600)
        let november = YearMonth(year: 2026, month: 11)!
        let texts = try Self.inLanguage(code) {
            [DisplayText.date(day), DisplayText.dateTime(time), DisplayText.monthName(november), DisplayText.monthShort(november)]
        }
        #expect(texts == [date, dateTime, month, short])
    }

    @Test func theMachinesTimeZoneDoesNotMoveADate() throws {
        // A calendar date is the dataset's day already: formatted in UTC, never in the process's zone.
        let day = CalendarDate(year: 2026, month: 1, day: 1)!
        let before = try Self.inLanguage(.nb) { DisplayText.date(day) }
        setenv("TZ", "Pacific/Kiritimati", 1)
        defer { unsetenv("TZ") }
        #expect(try Self.inLanguage(.nb) { DisplayText.date(day) } == before)
        #expect(before == "1. januar 2026")
    }

    @Test func outsideARenderTheWordsAreEnglish() {
        #expect(DisplayText.daysLeft(3) == "3 days left")
        #expect(DisplayText.money(Decimal(string: "1234.5")!, Currency(code: "NOK")!) == "1,234.50 NOK")
    }

    @Test func countsUseThePluralForm() throws {
        let texts = try Self.inLanguage(.de) { [DisplayText.daysLeft(1), DisplayText.daysLeft(2), DisplayText.daysLeft(1234), DisplayText.daysLeft(0)] }
        #expect(texts == ["noch 1 Tag", "noch 2 Tage", "noch 1.234 Tage", "läuft heute ab"])
    }
}
