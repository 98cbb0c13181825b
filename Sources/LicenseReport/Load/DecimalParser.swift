import Foundation

/// Parses decimal numbers of the dataset exactly into `Decimal` (never through `Double`), without a locale.
///
/// Accepted: an optional sign, digits, and a decimal point (`41.2`), or a decimal comma (`41,2`) where the
/// caller allows it (CSV files whose delimiter is not a comma). JSON numbers may carry an exponent.
/// Rejected with their own failure: thousands separators (`1,234.5`, `1.234,5`, `1 234`, `1'234`), which are
/// ambiguous and never guessed, and `NaN`/infinity.
enum DecimalParser {
    /// Why a text is not a decimal number.
    enum Failure: Error, Hashable {
        /// Not a number at all.
        case invalid
        /// A whole part of more than 38 digits (`Decimal`'s precision), or an exponent that makes one.
        case tooLarge
        /// More than 38 significant digits, or a value smaller than 10⁻¹⁰⁰: more decimals than `Decimal` keeps.
        case tooPrecise
        /// Digits grouped with a thousands separator.
        case thousandsSeparator
        /// NaN or infinity.
        case notFinite
    }

    /// A parsed number.
    struct Parsed: Hashable {
        /// The exact value.
        var value: Decimal
        /// Decimals needed to write it (trailing zeros ignored): 2 for `19.90`, 0 for `1e3`.
        var decimals: Int
        /// Whether the value is a whole number.
        var isWhole: Bool { decimals == 0 }
    }

    /// Parses `text` (surrounding spaces ignored).
    /// - Parameters:
    ///   - decimalComma: accept `,` as the decimal separator (only when it cannot be the CSV delimiter).
    ///   - exponent: accept `e`/`E` exponents (JSON numbers).
    static func parse(_ text: some StringProtocol, decimalComma: Bool = false, exponent: Bool = false) -> Result<Parsed, Failure> {
        if let parsed = parsePlain(text.utf8, decimalComma: decimalComma) { return .success(parsed) }
        let scalars = Array(text.unicodeScalars.drop(while: \.isBlank).reversed().drop(while: \.isBlank).reversed())
        var index = 0
        var negative = false
        if index < scalars.count, scalars[index] == "-" { // a leading "+" is not a number here (documented grammar)
            negative = true
            index += 1
        }
        let body = String(String.UnicodeScalarView(scalars[index...]))
        if ["nan", "inf", "infinity", "∞"].contains(body.lowercased()) { return .failure(.notFinite) }

        var integerDigits: [UInt8] = []
        var fractionDigits: [UInt8] = []
        var separators: [Unicode.Scalar] = []
        var exponentValue = 0
        var inFraction = false
        while index < scalars.count {
            let scalar = scalars[index]
            if let digit = scalar.asciiDigit {
                if inFraction { fractionDigits.append(digit) } else { integerDigits.append(digit) }
            } else if scalar == "." || scalar == "," || scalar.isGroupingSpace || scalar == "'" {
                separators.append(scalar)
                if separators.count > 1 || scalar.isGroupingSpace || scalar == "'" {
                    return .failure(grouped(scalars) ? .thousandsSeparator : .invalid)
                }
                if scalar == ",", !decimalComma {
                    return .failure(grouped(scalars) ? .thousandsSeparator : .invalid)
                }
                inFraction = true
            } else if exponent, scalar == "e" || scalar == "E" {
                guard let value = parseExponent(scalars[(index + 1)...]) else { return .failure(.invalid) }
                exponentValue = value
                break
            } else {
                return .failure(.invalid)
            }
            index += 1
        }
        guard !integerDigits.isEmpty, !inFraction || !fractionDigits.isEmpty else { return .failure(.invalid) }
        return make(digits: integerDigits + fractionDigits, exponent: exponentValue - fractionDigits.count, negative: negative)
    }

    /// The fast path for the common case (`-?[0-9]+([.,][0-9]+)?`, at most 18 digits, no spaces): no
    /// allocation. `nil` sends everything else through the full parser.
    private static func parsePlain(_ utf8: some Collection<UInt8>, decimalComma: Bool) -> Parsed? {
        var significand: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var negative = false
        var inFraction = false
        var first = true
        for byte in utf8 {
            defer { first = false }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if inFraction { fractionDigits += 1 }
                guard digits <= 18 else { return nil }
            case UInt8(ascii: "-") where first:
                negative = true
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard byte == UInt8(ascii: ".") || decimalComma, !inFraction, digits > 0 else { return nil }
                inFraction = true
            default:
                return nil
            }
        }
        guard digits > 0, !inFraction || fractionDigits > 0 else { return nil }
        var exponent = -fractionDigits
        while significand != 0, significand % 10 == 0, exponent < 0 {
            significand /= 10
            exponent += 1
        }
        if significand == 0 { return Parsed(value: 0, decimals: 0) }
        let value = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
        return Parsed(value: value, decimals: max(0, -exponent))
    }

    private static func make(digits: [UInt8], exponent: Int, negative: Bool) -> Result<Parsed, Failure> {
        var significant = digits.drop { $0 == 0 }
        var exponent = exponent
        while let last = significant.last, last == 0 {
            significant.removeLast()
            exponent += 1
        }
        guard !significant.isEmpty else { return .success(Parsed(value: 0, decimals: 0)) }
        guard significant.count + exponent <= 38 else { return .failure(.tooLarge) }
        guard significant.count <= 38, exponent >= -100 else { return .failure(.tooPrecise) }
        var significand = Decimal(0)
        var chunk: UInt64 = 0
        var chunkLength = 0
        for digit in significant {
            chunk = chunk * 10 + UInt64(digit)
            chunkLength += 1
            if chunkLength == 18 {
                significand = significand * Decimal(sign: .plus, exponent: 18, significand: 1) + Decimal(chunk)
                chunk = 0
                chunkLength = 0
            }
        }
        if chunkLength > 0 {
            significand = significand * Decimal(sign: .plus, exponent: chunkLength, significand: 1) + Decimal(chunk)
        }
        let value = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: significand)
        return .success(Parsed(value: value, decimals: max(0, -exponent)))
    }

    private static func parseExponent(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var rest = scalars
        var sign = 1
        if let first = rest.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty, rest.count <= 6, rest.allSatisfy({ $0.asciiDigit != nil }) else { return nil }
        return sign * rest.reduce(0) { $0 * 10 + Int($1.asciiDigit!) }
    }

    /// Whether the text looks like digits grouped in threes (`1,234`, `1.234.567,5`, `12 345`, `1'234`),
    /// the reason to say "thousands separator" rather than "not a number".
    private static func grouped(_ scalars: [Unicode.Scalar]) -> Bool {
        let groups = String(String.UnicodeScalarView(scalars.filter { $0 != "-" && $0 != "+" }))
            .split(whereSeparator: { !$0.isASCII || !$0.isNumber })
        guard groups.count >= 2, groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              (1...3).contains(groups[0].count) else { return false }
        // Every inner group has three digits; the last may be a decimal fraction after the other separator.
        return groups.dropFirst().dropLast().allSatisfy { $0.count == 3 } && (groups.last!.count == 3 || groups.count >= 3)
    }
}

extension Unicode.Scalar {
    /// The value 0-9 of an ASCII digit, else `nil`.
    var asciiDigit: UInt8? { ("0"..."9").contains(self) ? UInt8(value - 48) : nil }
    /// Space, tab, no-break space: trimmed around numbers.
    var isBlank: Bool { self == " " || self == "\t" || self == "\u{00A0}" || self == "\u{202F}" }
    /// Spaces used to group digits (space, no-break space, narrow no-break space).
    var isGroupingSpace: Bool { self == " " || self == "\u{00A0}" || self == "\u{202F}" }
}
