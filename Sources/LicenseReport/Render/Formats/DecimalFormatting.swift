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
        // Decimal's description never uses an exponent for values of this program's size, but be exact:
        let exponent = value.exponent
        let negative = value.sign == .minus
        var magnitude = value.magnitude
        // Build the digits of the significand.
        var significand = magnitude
        if exponent != 0 {
            var tmp = magnitude
            _ = NSDecimalMultiplyByPowerOf10(&significand, &tmp, Int16(-exponent), .plain)
        }
        var digits = integerDigits(significand) // an integer, no exponent
        magnitude = 0
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
        return negative ? "-" + text : text
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
