import Foundation
import Synchronization

/// How one locale writes numbers, money and dates, from CLDR through Foundation.
///
/// **Numbers and money** keep this program's exact digits (`DecimalFormatting`: every digit of a 38-digit
/// `Decimal`, rounded half away from zero to the currency's minor unit, never through `Double`) and take only
/// the symbols from CLDR: the grouping separator, the decimal separator, the minus sign, and where the ISO
/// code stands. Why not `Decimal.FormatStyle` for the whole text: it is exact too (ICU formats the decimal's
/// digit string), but it rounds half to even unless told otherwise, applies CLDR's minimum grouping digits and
/// would change the English pages; with the symbols alone the digits are ours and the English pages keep
/// their bytes. `LocaleFormatsTests` compares the result with `Decimal.FormatStyle` for every locale.
///
/// **Dates** are written by `Date.FormatStyle` with a fixed `Locale(identifier:)`, the Gregorian calendar and
/// UTC for a calendar date (already the dataset's day) or the instant's own offset for a time, so neither the
/// machine's locale nor its time zone can change them.
///
/// **Determinism**: Foundation on Linux takes its CLDR data from swift-foundation-icu, compiled into the
/// toolchain's Foundation (`libFoundationInternationalization`, `lib_FoundationICU`), never from the system's
/// libicu; the same toolchain gives the same bytes on every machine (docs/templates.md, "Determinism").
///
/// English is the exception that keeps the pages as they were: ISO dates (`2026-11-29`), the code after the
/// amount with a plain space (`1,234.50 NOK`), English month names from CLDR.
struct LocaleFormats: Sendable {
    /// The locale.
    let code: LocaleCode
    /// CLDR's grouping separator: "," (en), U+00A0 (nb, sv), "." (da, de, nl).
    let groupingSeparator: String
    /// CLDR's decimal separator: "." (en), "," (the others).
    let decimalSeparator: String
    /// CLDR's minus sign: "-", or U+2212 "−" (nb, sv).
    let minusSign: String
    /// Whether the ISO currency code precedes the amount (CLDR's currency pattern: nl), else it follows.
    let currencyFirst: Bool
    /// Between amount and code: a space in English (as before), else CLDR's U+00A0.
    let currencySpacing: String
    /// Long dates ("29. november 2026"); `nil` for English, which writes ISO dates.
    private let longDate: Date.FormatStyle?
    /// "november 2026" ("November 2026" in English and German).
    private let monthYearStyle: Date.FormatStyle
    /// "nov" on a chart axis ("Nov" in English).
    private let monthShortStyle: Date.FormatStyle
    /// The locale's hours and minutes ("14:05", Danish "14.05"), for times.
    private let hourMinute: Date.FormatStyle
    /// Texts already formatted, shared by every render in this locale.
    private let cache = FormattedTexts()

    /// The formats of each locale, built once per process when first used (a fleet build formats thousands
    /// of pages; loading a locale's ICU data costs tens of milliseconds, so an English build loads only English).
    private static let en = LocaleFormats(.en), nb = LocaleFormats(.nb), sv = LocaleFormats(.sv),
                       da = LocaleFormats(.da), de = LocaleFormats(.de), nl = LocaleFormats(.nl)

    /// The formats of `code`.
    static func of(_ code: LocaleCode) -> LocaleFormats {
        switch code {
        case .en: en
        case .nb: nb
        case .sv: sv
        case .da: da
        case .de: de
        case .nl: nl
        }
    }

    private init(_ code: LocaleCode) {
        self.code = code
        let locale = Locale(identifier: code.rawValue)
        let utc = TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        calendar.locale = locale
        let numbers = NumberFormatter()
        numbers.locale = locale
        numbers.numberStyle = .decimal
        groupingSeparator = numbers.groupingSeparator
        decimalSeparator = numbers.decimalSeparator
        minusSign = numbers.minusSign
        // Where CLDR puts the ISO code: format 1 in a made-up currency and look at which side "XXX" is.
        let sample = Decimal(1).formatted(.currency(code: "XXX").locale(locale).presentation(.isoCode))
        currencyFirst = code != .en && sample.hasPrefix("XXX")
        currencySpacing = code == .en ? " " : "\u{00A0}"
        let style = Date.FormatStyle(locale: locale, calendar: calendar, timeZone: utc)
        longDate = code == .en ? nil : style.day().month(.wide).year()
        monthYearStyle = style.month(.wide).year()
        monthShortStyle = style.month(.abbreviated)
        hourMinute = style.hour(.twoDigits(amPM: .omitted)).minute(.twoDigits)
    }

    // MARK: Numbers

    /// A plain decimal text ("-1234567.50", from `DecimalFormatting`) with this locale's symbols:
    /// "1 234 567,50" (nb), "1.234.567,50" (de); grouped in threes (CLDR's pattern `#,##0.###` in all six).
    func localized(plain text: String, grouped: Bool = true) -> String {
        // Every text from `DecimalFormatting` is ASCII, where a byte is a Character: the byte loop gives what
        // the Character-based rule below gives (`LocaleFormatsTests` compares the two), at a fraction of the cost
        // (this runs for every figure on every page).
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return localizedByCharacters(plain: text, grouped: grouped) }
        var body = text.utf8[...]
        let negative = body.first == UInt8(ascii: "-")
        if negative { body = body.dropFirst() }
        let dot = body.firstIndex(of: UInt8(ascii: "."))
        var integer = body[..<(dot ?? body.endIndex)]
        var result = negative ? minusSign : ""
        result.reserveCapacity(text.utf8.count + 8)
        if grouped {
            // `DecimalFormatting.grouped` of the integer part: its own sign, then its leading digits in threes.
            if integer.first == UInt8(ascii: "-") { result += "-"; integer = integer.dropFirst() }
            let digitsEnd = integer.firstIndex(where: { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) ?? integer.endIndex
            let digits = integer[..<digitsEnd]
            var index = 0
            for digit in digits {
                if index > 0 && (digits.count - index) % 3 == 0 { result += groupingSeparator }
                result.unicodeScalars.append(Unicode.Scalar(digit))
                index += 1
            }
            result += String(Substring(integer[digitsEnd...]))
        } else {
            result += String(Substring(integer))
        }
        if let dot { result += decimalSeparator + String(Substring(body[body.index(after: dot)...])) }
        return result
    }

    /// `localized(plain:grouped:)` by Characters, for a text that is not ASCII.
    func localizedByCharacters(plain text: String, grouped: Bool = true) -> String {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = grouped ? DecimalFormatting.grouped(String(parts[0]), groupSeparator: groupingSeparator) : String(parts[0])
        let number = parts.count > 1 ? integer + decimalSeparator + parts[1] : integer
        return (negative ? minusSign : "") + number
    }

    /// Money: "1,234.50 NOK" (en), "1 234,50 NOK" (nb, U+00A0 twice), "NOK 1.234,50" (nl).
    func money(plain text: String, currency: String) -> String {
        let number = localized(plain: text)
        return currencyFirst ? currency + currencySpacing + number : number + currencySpacing + currency
    }

    // MARK: Dates

    /// A calendar date: "2026-11-29" (en), "29. november 2026" (nb), "29. November 2026" (de).
    func date(_ date: CalendarDate) -> String {
        guard let longDate else { return date.description }
        return cache.text(.date(date)) { longDate.format(LocaleFormats.instant(date)) }
    }

    /// A time at its offset: "2026-03-04 14:05 +01:00" (en), "4. mars 2026 14:05 +01:00" (nb),
    /// "4. marts 2026 14.05 +01:00" (da). The offset stays numeric: it is the dataset's, whatever the reader's.
    func dateTime(_ value: ZonedDateTime) -> String {
        guard longDate != nil else { return value.displayText }
        let local = Date(timeIntervalSince1970: TimeInterval(value.secondsSinceEpoch + Int64(value.utcOffsetSeconds)))
        return "\(date(value.localDate)) \(hourMinute.format(local)) \(value.offsetText)"
    }

    /// "March 2026", "mars 2026" (nb), "März 2026" (de). Cached: a site names the same few months
    /// hundreds of times (charts, tables, totals), and ICU formatting is the slow part.
    func monthName(_ month: YearMonth) -> String {
        cache.text(.monthName(month)) { monthYearStyle.format(LocaleFormats.instant(CalendarDate(year: month.year, month: month.month, day: 1)!)) }
    }

    /// "Mar", "mar." (nb), "Mär" (de): a month on a chart axis.
    func monthShort(_ month: YearMonth) -> String {
        cache.text(.monthShort(month.month)) { monthShortStyle.format(LocaleFormats.instant(CalendarDate(year: month.year, month: month.month, day: 1)!)) }
    }

    /// Midnight UTC of a calendar date (the formatters run in UTC, so they print that same day).
    private static func instant(_ date: CalendarDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(Int64(date.daysSinceEpoch) * 86_400))
    }
}

/// The texts `LocaleFormats` has formatted, by what they format; safe across the worker threads of a
/// fleet build (a `Mutex`). Bounded in practice: months and days of the data, a few hundred entries.
final class FormattedTexts: Sendable {
    /// What a text formats.
    enum Key: Hashable, Sendable {
        case monthName(YearMonth)
        case monthShort(Int)
        case date(CalendarDate)
    }

    private let texts = Mutex<[Key: String]>([:])

    /// The text of `key`, formatted by `make` the first time.
    func text(_ key: Key, _ make: () -> String) -> String {
        if let known = texts.withLock({ $0[key] }) { return known }
        let made = make()
        texts.withLock { $0[key] = made }
        return made
    }
}
