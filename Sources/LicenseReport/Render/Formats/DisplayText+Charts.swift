/// The titles and descriptions of the inline SVG charts (issue 12): every chart states its figures in
/// words (`<title>`, `<desc>`), so it is never only a picture.
extension DisplayText {
    /// "Storage space (GB) by usage month, December 2025 to November 2026".
    static func meteredChartTitle(service: String, unit: String, from: YearMonth, to: YearMonth) -> String {
        let named = unit.isEmpty ? service : "\(service) (\(unit))"
        return from == to ? "\(named) in \(monthName(from))" : "\(named) by usage month, \(monthName(from)) to \(monthName(to))"
    }

    /// "Usage, threshold and billed overage by month, oldest first. December 2025: 41.2 of 40 included, 1.2 over,
    /// 20.00 NOK. January 2026: …".
    static func meteredChartDescription(_ series: MeteredSeries) -> String {
        let months = series.points.map { point in
            let over = point.overage > 0 ? ", \(quantity(point.overage)) over, \(money(point.amount, point.currency))" : ", not over"
            return "\(monthName(point.month)): \(quantity(point.quantity, unit: series.unit)) of \(quantity(point.threshold)) included\(over)."
        }
        return (["Usage, threshold and billed overage by month, oldest first."] + months).joined(separator: " ")
    }

    /// "Share of limit: Sales guides".
    static func meterTitle(_ name: String) -> String { "Share of limit: \(name)" }

    /// "85 of 100 sales guides: 85 %. Approaching from 85 %, the limit at 100 %."
    static func meterDescription(_ restriction: RestrictionStatus, maximum: Int, percent: Int) -> String {
        "\(count(restriction.activeCount)) of \(count(maximum)) \(limitPhrase(restriction.name)): \(percent) %. "
            + "Approaching from \(RestrictionRules.approachingPercent) %, the limit at 100 %."
    }

    /// "In use: Sales Premium".
    static func inUseTitle(_ name: String) -> String { "In use: \(name)" }

    /// "23 of 25 in use."
    static func inUseDescription(inUse: Int, total: Int) -> String { "\(count(inUse)) of \(count(total)) in use." }

    /// "Trend: Sales guides".
    static func sparklineTitle(_ name: String) -> String { "Trend: \(name)" }

    /// "From 80 on 2026-11-13 to 85 on 2026-11-15 over 3 builds; lowest 80, highest 85; limit 100."
    static func sparklineDescription(first: RestrictionStatus.TrendPoint, last: RestrictionStatus.TrendPoint, builds: Int,
                                     lowest: Int, highest: Int, limit: Int?) -> String {
        "From \(count(first.activeCount)) on \(first.date) to \(count(last.activeCount)) on \(last.date) over \(count(builds)) builds; "
            + "lowest \(count(lowest)), highest \(count(highest))" + (limit.map { "; limit \(count($0))." } ?? ".")
    }

    /// Said in place of a trend before there are two builds to compare.
    static let noTrendYet = "—"
}
