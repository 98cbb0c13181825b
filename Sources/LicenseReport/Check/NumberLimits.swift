import Foundation

/// The bounds on numbers that keep every computation of the invoicing rule exact (docs/rules.md,
/// "Exact arithmetic"): `Decimal` holds 38 significant digits, and a value past them is rounded without
/// a word, so the check stage refuses any input for which some figure could need more.
///
/// With every decimal a multiple of 10⁻⁶ (at most 6 decimals), quantities, included amounts and block
/// sizes below 10¹⁵, prices below 10⁹ and users at most 2³¹ − 1: threshold < 2.2 × 10²⁴ (31 digits),
/// overage < 10¹⁵ (21 digits), blocks ≤ 10²¹ (22 digits), blocks × BlockSize < 2 × 10¹⁵ (22 digits),
/// amount < 10³⁰ (36 digits), a month's total of five amounts < 5 × 10³⁰ (37 digits): all within 38.
/// `ExactArithmeticPropertyTests` checks the amounts against big-integer arithmetic at these bounds.
enum NumberLimits {
    /// The largest count (`Total`, `InUse`, `ActiveCount`, `ActiveUsers`, the users figure, …): 2³¹ − 1.
    static let maximumCount = Int(Int32.max)
    /// Most decimals of any decimal input.
    static let maximumDecimals = 6
    /// Quantities (a row, and a month's total of one service), `IncludedBase`, `IncludedPerUser` and
    /// `BlockSize` are below this: 10¹⁵.
    static let quantityBound = Decimal(sign: .plus, exponent: 15, significand: 1)
    /// `PricePerBlock` is below this: 10⁹.
    static let priceBound = Decimal(sign: .plus, exponent: 9, significand: 1)

    /// The exclusive upper bound of each decimal field, by name.
    static let decimalBounds: [String: Decimal] = [
        "Quantity": quantityBound, "IncludedBase": quantityBound, "IncludedPerUser": quantityBound,
        "BlockSize": quantityBound, "PricePerBlock": priceBound,
    ]

    /// The bound of a decimal field as messages write it: "less than 1000000000000000".
    static func boundText(for field: String) -> String {
        "less than \(NSDecimalNumber(decimal: decimalBounds[field] ?? quantityBound).stringValue)"
    }

    /// The problem with a parsed value of `field` written as `text`, `nil` when it is within the bounds:
    /// `numberTooLarge` at or above the field's bound, `tooManyDecimals` past 6 decimals. Negative values
    /// pass (the caller reports them as negative).
    static func problem(with parsed: DecimalParser.Parsed, field: String, text: String) -> Reason? {
        guard parsed.value >= 0 else { return nil }
        if parsed.value >= decimalBounds[field] ?? quantityBound {
            return .numberTooLarge(field: field, value: text, limit: boundText(for: field))
        }
        if parsed.decimals > maximumDecimals {
            return .tooManyDecimals(field: field, value: text, maximum: maximumDecimals)
        }
        return nil
    }

    /// The reason for a whole number of `field` beyond `maximumCount` (in magnitude when negative values are allowed).
    static func countTooLarge(field: String, text: String, allowNegative: Bool) -> Reason {
        .numberTooLarge(field: field, value: text, limit: allowNegative ? "\(maximumCount) either way" : "\(maximumCount)")
    }
}
