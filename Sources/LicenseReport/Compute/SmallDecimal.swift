import Foundation

/// A `Decimal` whose significand has at most 18 digits, as integers: the value is
/// `(negative ? −1 : 1) × significand × 10^exponent`, exactly.
///
/// Why: swift-foundation's `Decimal` allocates an array for every multiplication, division and
/// comparison of values with different exponents (`_integerMultiply`, `_normalize`); formatting,
/// chart scaling and block counting of a fleet build spent 9 % of it there (docs/performance.md,
/// "Third round"). The quantities, prices and amounts of a licence report are far smaller than 10^18,
/// so the hot paths take this form and fall back to `Decimal` for anything larger. Every user is tested
/// against the `Decimal` code it replaces (`FormattingFastPathTests`, `MeteredBillingPropertyTests`).
struct SmallDecimal: Equatable {
    /// The sign (`false` for zero).
    let negative: Bool
    /// The significand: below 10^18.
    let significand: UInt64
    /// The power of ten.
    let exponent: Int

    /// Below this the significand is read from `Decimal` exactly (`NSDecimalNumber.uint64Value` reads the
    /// mantissa as an integer; only values of 10^19 and more lose digits).
    static let limit: UInt64 = 1_000_000_000_000_000_000

    /// `value` in this form, or `nil` when its significand is 10^18 or more, or within 100 below it
    /// (where `doubleValue` rounds up to 10^18), or it is NaN.
    init?(_ value: Decimal) {
        // NaN's significand reads as 0: it would pass for zero.
        guard !value.isNaN else { return nil }
        let number = NSDecimalNumber(decimal: value.significand)
        // `doubleValue` only tells which exact path to take: a significand it puts below 10^18 is below
        // 1.1 × 10^18 (Double is exact to 16 digits), far under the 10^19 from which `uint64Value`
        // truncates; nothing is computed in Double.
        guard number.doubleValue < 1e18 else { return nil }
        let significand = number.uint64Value
        guard significand < Self.limit else { return nil }
        self.init(negative: value.sign == .minus && significand != 0, significand: significand, exponent: value.exponent)
    }

    init(negative: Bool, significand: UInt64, exponent: Int) {
        self.negative = negative
        self.significand = significand
        self.exponent = exponent
    }

    /// The value as a `Decimal`.
    var decimal: Decimal {
        Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// 10^0 … 10^19, for scaling.
    static let powers: [UInt64] = (0...19).reduce(into: []) { powers, index in powers.append(index == 0 ? 1 : powers[index - 1] * 10) }

    /// `significand × 10^shift`, or `nil` when it overflows `UInt64`.
    static func scaled(_ significand: UInt64, by shift: Int) -> UInt64? {
        guard shift >= 0 else { return nil }
        guard shift < powers.count else { return significand == 0 ? 0 : nil }
        let (product, overflow) = significand.multipliedReportingOverflow(by: powers[shift])
        return overflow ? nil : product
    }

    /// The decimal digits of `value`, most significant first, as ASCII bytes.
    static func digits(_ value: UInt64) -> [UInt8] {
        var value = value
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        repeat {
            digits.append(UInt8(ascii: "0") &+ UInt8(value % 10))
            value /= 10
        } while value > 0
        digits.reverse()
        return digits
    }
}
