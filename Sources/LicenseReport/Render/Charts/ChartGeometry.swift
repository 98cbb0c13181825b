import Foundation

/// The arithmetic of the inline SVG charts (issue 12), in `Decimal` like every figure of the program, so a
/// chart's coordinates are the same on every machine. No chart library: bars, lines and marks need only
/// a scale and rounding. Coordinates are written with at most one decimal ("12", "12.5").
enum ChartGeometry {
    /// A coordinate for an SVG attribute: rounded half away from zero to one decimal, shortest form.
    static func text(_ value: Decimal) -> String {
        DecimalFormatting.canonical(DecimalFormatting.rounded(value, scale: 1))
    }

    /// The smallest "nice" axis maximum (1, 2, 2.5 or 5 times a power of ten) at or above `value`; 1 for 0.
    static func niceCeiling(_ value: Decimal) -> Decimal {
        guard value > 0 else { return 1 }
        var power: Decimal = 1
        while power * 10 <= value { power *= 10 }
        while power > value { power /= 10 }
        for step in [Decimal(1), 2, Decimal(string: "2.5")!, 5, 10] where step * power >= value {
            return step * power
        }
        return 10 * power
    }

    /// `length / maximum` when it is an exact decimal that makes `value * factor == scaled(value, of: maximum,
    /// to: length)` for every value: `maximum` a "nice" axis (`niceCeiling`: 1, 2, 2.5 or 5 times a power of
    /// ten, so that dividing by it multiplies by 1, 0.5, 0.4 or 0.2 times a power of ten) and `length` an
    /// integer; otherwise `nil`.
    static func exactFactor(of maximum: Decimal, to length: Decimal) -> Decimal? {
        guard maximum > 0, DecimalFormatting.rounded(length, scale: 0) == length, niceCeiling(maximum) == maximum else { return nil }
        var significand = maximum
        while significand >= 10 { significand /= 10 }
        while significand < 1 { significand *= 10 }
        guard [Decimal(1), 2, Decimal(string: "2.5")!, 5].contains(significand) else { return nil }
        return length / maximum
    }

    /// `scaled(value, of: maximum, to: length)` with `factor = exactFactor(of: maximum, to: length)`: the
    /// multiplication where both are exact, i.e. `value` has at most 28 significant digits (dividing by a
    /// nice axis adds one digit, the length three, far below Decimal's 38), the division otherwise. Input
    /// quantities have a handful of digits.
    static func scaled(_ value: Decimal, of maximum: Decimal, to length: Decimal, factor: Decimal?) -> Decimal {
        guard let factor, abs(value.significand) < shortSignificand else { return scaled(value, of: maximum, to: length) }
        return value * factor
    }

    /// 10^28: a significand below it has at most 28 digits.
    private static let shortSignificand = Decimal(sign: .plus, exponent: 28, significand: 1)

    /// `value` of `maximum` scaled to `length` (0 when `maximum` is 0), not rounded.
    static func scaled(_ value: Decimal, of maximum: Decimal, to length: Decimal) -> Decimal {
        maximum > 0 ? value / maximum * length : 0
    }
}
