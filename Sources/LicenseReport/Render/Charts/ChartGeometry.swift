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

    /// `value` of `maximum` scaled to `length` (0 when `maximum` is 0), not rounded.
    static func scaled(_ value: Decimal, of maximum: Decimal, to length: Decimal) -> Decimal {
        maximum > 0 ? value / maximum * length : 0
    }
}
