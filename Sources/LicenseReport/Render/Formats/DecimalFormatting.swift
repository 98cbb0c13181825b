import Foundation

/// Locale-free formatting of `Decimal` values for pages, CSV and JSON. The same value always gives
/// the same text on every machine.
public enum DecimalFormatting {
    /// Rounds half away from zero to `scale` decimals (1.005 → 1.01, 0.125 → 0.13, −0.125 → −0.13).
    public static func rounded(_ value: Decimal, scale: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }

    /// Plain decimal text with exactly `fractionDigits` decimals (rounded half away from zero), no grouping:
    /// `plain(1234.5, 2)` → "1234.50"; `separator` replaces the decimal point (e.g. "," for Nordic CSV).
    public static func plain(_ value: Decimal, fractionDigits: Int, separator: String = ".") -> String {
        guard fractionDigits >= 0, let small = SmallDecimal(value) else {
            return plainByDecimal(value, fractionDigits: fractionDigits, separator: separator)
        }
        // Rounded on the integer significand: the same digits as `NSDecimalRound(.plain)` and `canonical`
        // (`plainByDecimal`), without `Decimal` arithmetic (`DecimalFormattingTests` compares the two).
        var significand = small.significand
        var exponent = small.exponent
        if exponent < -fractionDigits {
            let dropped = -fractionDigits - exponent
            if dropped >= SmallDecimal.powers.count - 1 {
                significand = 0  // below 10^18, so less than half of 10^19 or more
            } else {
                let power = SmallDecimal.powers[dropped]
                let remainder = significand % power
                significand = significand / power + (remainder >= power - remainder ? 1 : 0)
            }
            exponent = -fractionDigits
        }
        // A zero may carry a positive exponent (`0E+5`, from `NSDecimalRound` with a negative scale): one "0".
        if significand == 0 { exponent = min(exponent, 0) }
        var digits = SmallDecimal.digits(significand)
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + max(0, exponent) + fractionDigits + 4)
        if small.negative && significand != 0 { out.append(UInt8(ascii: "-")) }
        let scale = max(0, -exponent)  // decimals in `digits`, at most `fractionDigits`
        if digits.count <= scale { digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: scale - digits.count + 1), at: 0) }
        out += digits[..<(digits.count - scale)]
        if exponent > 0 { out += repeatElement(UInt8(ascii: "0"), count: exponent) }
        if fractionDigits > 0 {
            out += separator.utf8
            out += digits[(digits.count - scale)...]
            out += repeatElement(UInt8(ascii: "0"), count: fractionDigits - scale)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `plain` in `Decimal` arithmetic: for values beyond `SmallDecimal`, and the reference for its fast path.
    static func plainByDecimal(_ value: Decimal, fractionDigits: Int, separator: String) -> String {
        let text = canonical(rounded(value, scale: fractionDigits))
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let integer = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if fraction.count < fractionDigits { fraction += String(repeating: "0", count: fractionDigits - fraction.count) }
        let body = fractionDigits > 0 ? integer + separator + fraction : integer
        return (negative && body.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "-" : "") + body
    }

    /// The shortest exact text of a value, without exponent and without trailing zeros: "41.2", "1000", "0".
    /// Used for quantities, whose decimals are whatever the data had.
    public static func canonical(_ value: Decimal) -> String {
        if value.isZero { return "0" }
        if let small = SmallDecimal(value) {
            return text(negative: small.negative, digits: SmallDecimal.digits(small.significand), exponent: small.exponent)
        }
        return canonicalByDecimal(value)
    }

    /// `canonical` with the significand's digits from `Decimal` (values of 19 digits or more; the
    /// reference for the `SmallDecimal` path).
    static func canonicalByDecimal(_ value: Decimal) -> String {
        if value.isZero { return "0" }
        // Decimal's description never uses an exponent for values of this program's size, but be exact:
        let exponent = value.exponent
        var magnitude = value.magnitude
        var significand = magnitude
        if exponent != 0 {
            _ = NSDecimalMultiplyByPowerOf10(&significand, &magnitude, Int16(-exponent), .plain)
        }
        return text(negative: value.sign == .minus, digits: Array(integerDigits(significand).utf8), exponent: exponent)
    }

    /// `digits × 10^exponent` written out, trailing zeros of the fraction removed.
    private static func text(negative: Bool, digits: [UInt8], exponent: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + max(0, exponent) + 3)
        if negative { out.append(UInt8(ascii: "-")) }
        if exponent >= 0 {
            out += digits
            out += repeatElement(UInt8(ascii: "0"), count: exponent)
            return String(decoding: out, as: UTF8.self)
        }
        let scale = -exponent
        var fractionEnd = digits.count  // without the fraction's trailing zeros
        var kept = scale
        while kept > 0, digits[fractionEnd - 1] == UInt8(ascii: "0") {
            fractionEnd -= 1
            kept -= 1
        }
        if digits.count <= scale {
            out.append(UInt8(ascii: "0"))
            guard kept > 0 else { return String(decoding: out, as: UTF8.self) }
            out.append(UInt8(ascii: "."))
            out += repeatElement(UInt8(ascii: "0"), count: scale - digits.count)
            out += digits[..<fractionEnd]
        } else {
            let split = digits.count - scale
            out += digits[..<split]
            if kept > 0 {
                out.append(UInt8(ascii: "."))
                out += digits[split..<fractionEnd]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The decimal digits of a non-negative integer `Decimal`, as `Decimal.description` writes it.
    ///
    /// Below 10^19 through `NSDecimalNumber.uint64Value`, which reads the mantissa as an integer (exact, no
    /// `Double`): `Decimal.description` divides the 128-bit mantissa by 10 once per digit and cost 7,800
    /// instructions a call, 5 % of a fleet build (every chart coordinate and quantity passes here;
    /// docs/performance.md). Larger values keep `description`. `DecimalFormattingTests` compares both.
    static func integerDigits(_ integer: Decimal) -> String {
        guard integer < uint64Limit else { return integer.description }
        return String(NSDecimalNumber(decimal: integer).uint64Value)
    }

    /// 10^19: every integer below it fits in a `UInt64` (whose maximum is about 1.8 × 10^19).
    static let uint64Limit = Decimal(sign: .plus, exponent: 19, significand: 1)

    /// Groups the integer digits of a plain decimal text in threes with `groupSeparator`:
    /// "1234567.50" → "1,234,567.50".
    public static func grouped(_ plainText: String, groupSeparator: String = ",") -> String {
        let negative = plainText.hasPrefix("-")
        let body = negative ? String(plainText.dropFirst()) : plainText
        let integerEnd = body.firstIndex(where: { !$0.isASCIIDigit }) ?? body.endIndex
        let integer = Array(body[..<integerEnd])
        var groupedInteger = ""
        for (index, digit) in integer.enumerated() {
            if index > 0 && (integer.count - index) % 3 == 0 { groupedInteger += groupSeparator }
            groupedInteger.append(digit)
        }
        return (negative ? "-" : "") + groupedInteger + String(body[integerEnd...])
    }

    /// Money for display: grouped, with the currency's minor unit and code: "1,234.50 NOK", "1,200 JPY".
    public static func money(_ amount: Decimal, _ currency: Currency) -> String {
        grouped(plain(amount, fractionDigits: currency.minorUnit)) + " " + currency.code
    }

    /// A quantity for display: grouped, exact decimals: "12,345.678".
    public static func quantity(_ value: Decimal) -> String {
        grouped(canonical(value))
    }
}
