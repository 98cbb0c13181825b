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

/// The fast paths of the fleet build (docs/performance.md, "Fleet build") give exactly what the general
/// code gives: compared on generated values, not only on the examples above.
@Suite struct FormattingFastPathTests {
    /// Deterministic strings over an alphabet of every character some rule looks at, plus non-ASCII ones.
    static let samples: [String] = {
        let alphabet = ["a", "W", "w", ".", ")", ":", "/", "-", "+", "=", "1", "9", "0", " ", "\t", "\n", "\r", "|", "\\",
                        "*", "<", ">", "&", "\"", "'", "@", "#", "é", "\u{0338}", "\u{2028}", "\u{7F}", "\u{01}", "ø"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var samples = ["", "www.", "WwW.x", "1.", "123456789) a", "1234567890.", "a://b", "a:/b", "-x", "x-", "2026-03-04",
                       "1,234.50 NOK", "ftp:", "ww.", "9)"]
        for _ in 0..<4_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var text = ""
            for shift in stride(from: 0, to: Int((state >> 60) + 1) * 4, by: 4) {
                text += alphabet[Int((state >> UInt64(shift % 60)) & 0xFF) % alphabet.count]
            }
            samples.append(text)
        }
        return samples
    }()

    /// The scalar loop `MarkupEscaping.html` used before its byte fast path.
    static func htmlByScalars(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test func htmlEscapingMatchesTheScalarLoop() {
        for text in Self.samples { #expect(MarkupEscaping.html(text) == Self.htmlByScalars(text), "\(text.debugDescription)") }
    }

    @Test func markdownFastPathOnlySkipsTextsTheLoopLeavesAlone() {
        var skipped = 0
        for text in Self.samples {
            #expect(MarkupEscaping.markdown(text) == MarkupEscaping.markdownScalarByScalar(text), "\(text.debugDescription)")
            if MarkupEscaping.markdownNeedsNoEscape(text) { skipped += 1 }
        }
        #expect(skipped > 100) // the fast path is taken at all
    }

    @Test func jsonQuotingMatchesTheScalarLoop() {
        for text in Self.samples {
            var expected = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": expected += "\\\""
                case "\\": expected += "\\\\"
                case "\n": expected += "\\n"
                case "\r": expected += "\\r"
                case "\t": expected += "\\t"
                case "\u{08}": expected += "\\b"
                case "\u{0C}": expected += "\\f"
                case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                    let digits = String(scalar.value, radix: 16)
                    expected += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                default: expected.unicodeScalars.append(scalar)
                }
            }
            #expect(JSONOutput.quoted(text) == expected + "\"", "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["0", "7", "12345", "9007199254740993", "123456789012345678", "9999999999999999999", "10000000000000000000",
                      "18446744073709551615", "18446744073709551616", "123456789012345678901234567890", "1E+5", "340282366920938463463374607431768211455"])
    func integerDigitsAreDecimalsOwnText(text: String) {
        let value = Decimal(string: text)!
        #expect(DecimalFormatting.integerDigits(value) == value.description)
    }

    @Test func canonicalMatchesDecimalDescriptionOnGeneratedValues() {
        var state: UInt64 = 42
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let mantissa = Decimal(state >> UInt64(state % 60))
            let value = mantissa * Decimal(sign: .plus, exponent: -Int(state % 7), significand: 1) * (state & 1 == 0 ? 1 : -1)
            #expect(DecimalFormatting.canonical(value) == Self.canonicalByDescription(value), "\(value)")
        }
    }

    /// The generated values of the canonical test, plus edges of `SmallDecimal` (18 and 19 digits, ties, zeros).
    static func generatedValues(count: Int = 3_000) -> [Decimal] {
        var state: UInt64 = 7
        var values: [Decimal] = []
        for _ in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let mantissa = Decimal(state >> UInt64(state % 64))
            let exponent = Int(state % 29) - 22
            values.append(mantissa * Decimal(sign: .plus, exponent: exponent, significand: 1) * (state & 1 == 0 ? 1 : -1))
        }
        let edges = ["0", "-0.000", "0.5", "-0.5", "0.005", "-0.005", "1.005", "0.125", "-0.125", "12.5", "2.5", "-2.5",
                     "0.0049999", "999999999999999999", "999999999999999999.5", "1000000000000000000", "-999999999999999.995",
                     "9999999999999999999", "18446744073709551615", "0.000000000000000001", "1E+5", "-1E+20", "123.4500",
                     "340282366920938463463374607431768211455", "0.00000000000000000000000000000000000001", "0E+5", "-0E+3", "0E-7"]
        // Zeros with an exponent, as `NSDecimalRound` with a negative scale leaves them.
        let zeros = [5, 3, -7].map { NSDecimalNumber(mantissa: 0, exponent: Int16($0), isNegative: false).decimalValue }
        return values + edges.map { Decimal(string: $0)! } + zeros
    }

    @Test func plainMatchesDecimalRoundingOnGeneratedValues() {
        for value in Self.generatedValues() {
            for digits in 0...4 {
                for separator in [".", ","] {
                    #expect(DecimalFormatting.plain(value, fractionDigits: digits, separator: separator)
                            == DecimalFormatting.plainByDecimal(value, fractionDigits: digits, separator: separator),
                            "\(value) with \(digits) decimals")
                }
            }
        }
    }

    @Test func canonicalMatchesTheDecimalPathOnGeneratedValues() {
        for value in Self.generatedValues() {
            #expect(DecimalFormatting.canonical(value) == DecimalFormatting.canonicalByDecimal(value), "\(value)")
            #expect(DecimalFormatting.canonical(value) == Self.canonicalByDescription(value), "\(value)")
        }
    }

    /// NaN's significand reads as 0; it must not pass for zero on the fast paths.
    @Test func notANumberTakesTheDecimalPath() {
        #expect(SmallDecimal(Decimal.nan) == nil)
        #expect(DecimalFormatting.canonical(.nan) == DecimalFormatting.canonicalByDecimal(.nan))
        #expect(DecimalFormatting.plain(.nan, fractionDigits: 2) == DecimalFormatting.plainByDecimal(.nan, fractionDigits: 2, separator: "."))
    }

    @Test func aZeroWithAPositiveExponentIsOneZero() {
        let zero = NSDecimalNumber(mantissa: 0, exponent: 5, isNegative: false).decimalValue
        #expect(DecimalFormatting.plain(zero, fractionDigits: 2) == "0.00")
        #expect(DecimalFormatting.plain(zero, fractionDigits: 0) == "0")
        #expect(DecimalFormatting.canonical(zero) == "0")
    }

    @Test func smallDecimalIsExactOrAbsent() {
        for value in Self.generatedValues() {
            guard let small = SmallDecimal(value) else {
                // Absent only from 10^18 down to where `Double` rounds up to 10^18 (its spacing there is 128).
                #expect(value.significand >= Decimal(string: "999999999999999900")!, "\(value)")
                continue
            }
            #expect(small.significand < SmallDecimal.limit)
            #expect(small.decimal == value, "\(value)")
            #expect(small.exponent == value.exponent)
        }
    }

    /// `DecimalFormatting.canonical` as it was before the integer fast path (digits from `Decimal.description`).
    static func canonicalByDescription(_ value: Decimal) -> String {
        if value.isZero { return "0" }
        let exponent = value.exponent
        var significand = value.magnitude
        if exponent != 0 {
            var magnitude = value.magnitude
            _ = NSDecimalMultiplyByPowerOf10(&significand, &magnitude, Int16(-exponent), .plain)
        }
        var digits = significand.description
        var text: String
        if exponent >= 0 {
            text = digits + String(repeating: "0", count: exponent)
        } else {
            let scale = -exponent
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            let split = digits.index(digits.endIndex, offsetBy: -scale)
            text = String(digits[..<split]) + "." + String(digits[split...])
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return value.sign == .minus ? "-" + text : text
    }
}

/// The byte fast paths of issue 9's second round (docs/performance.md) against the Character-based rules
/// they replace, on the generated strings of `FormattingFastPathTests` (non-ASCII and combining marks included).
@Suite struct ByteFastPathTests {
    @Test func catalogueFillMatchesTheCharacterLoop() {
        let values = ["count": "3", "name": "x{y}", "é": "E", "": "empty"]
        var texts = ["{count} of {name}", "{", "}", "{}", "{{count}}", "a{é}b", "{\u{0301}count}", "x{count\u{0301}}",
                     "\u{0600}{count}", "{count}\u{0338}", "{unknown} {count}"]
        for sample in FormattingFastPathTests.samples.prefix(1_500) {
            texts += ["\(sample){count}", "{\(sample)}", "a{count}\(sample){name}", "\(sample){"]
        }
        for text in texts {
            #expect(Catalogue.fill(text, values) == Catalogue.fillByCharacters(text, values), "\(text.debugDescription)")
            #expect(Catalogue.placeholders(in: text) == Catalogue.placeholdersByCharacters(in: text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: LocaleCode.allCases)
    func localizedNumbersMatchTheCharacterRule(_ code: LocaleCode) {
        let formats = LocaleFormats.of(code)
        var texts = ["0", "-0.5", "1234567.50", "999", "-1000", "12", "1000000", "0.0001", "--12", "12a34", "1.2.3", ".5", "-", ""]
        var state: UInt64 = 7
        for _ in 0..<1_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digits = String(state >> (state % 50))
            let cut = digits.index(digits.startIndex, offsetBy: Int(state % UInt64(digits.count)))
            texts.append((state & 1 == 0 ? "-" : "") + digits[..<cut] + (state & 2 == 0 ? "." : "") + digits[cut...])
        }
        texts += FormattingFastPathTests.samples.prefix(500)
        for text in texts {
            for grouped in [true, false] {
                #expect(formats.localized(plain: text, grouped: grouped) == formats.localizedByCharacters(plain: text, grouped: grouped),
                        "\(code) \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: CSVDialect.allCases)
    func csvNumberCellsUseTheDialectsSeparator(_ dialect: CSVDialect) {
        for text in ["12.5", "12", "1.2.3", ".5", "5."] {
            let expected = text.replacingOccurrences(of: ".", with: dialect.decimalSeparator)
            #expect(CSVWriter.numberCell(text, dialect: dialect) == CSVWriter.textCell(expected, dialect: dialect))
        }
    }

    @Test func chartColumnsFromTheCacheAreTheComputedOnes() {
        for count in 1...40 {
            #expect(MeteredChart.columns(count: count) == MeteredChart.computeColumns(count: count))
            #expect(MeteredChart.columns(count: count) == MeteredChart.computeColumns(count: count))
        }
    }
}
