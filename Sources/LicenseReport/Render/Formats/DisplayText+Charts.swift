/// The titles and descriptions of the inline SVG charts (issue 12): every chart states its figures in
/// words (`<title>`, `<desc>`), so it is never only a picture.
extension DisplayText {
    /// "Storage space (GB) by usage month, December 2025 to November 2026".
    static func meteredChartTitle(service: String, unit: String, from: YearMonth, to: YearMonth) -> String {
        let named = unit.isEmpty ? service : "\(service) (\(unit))"
        return from == to ? words("chart_title_month", ["service": named, "month": monthName(from)])
            : words("chart_title", ["service": named, "from": monthName(from), "to": monthName(to)])
    }

    /// "Usage, threshold and billed overage by month, oldest first. December 2025: 41.2 of 40 included, 1.2 over,
    /// 20.00 NOK. January 2026: …".
    static func meteredChartDescription(_ series: MeteredSeries) -> String {
        let months = series.points.map { point in
            var values = ["month": monthName(point.month), "quantity": quantity(point.quantity, unit: series.unit),
                          "threshold": quantity(point.threshold)]
            guard point.overage > 0 else { return words("chart_month_not_over", values) }
            values["overage"] = quantity(point.overage)
            values["amount"] = money(point.amount, point.currency)
            return words("chart_month_over", values)
        }
        return ([words("chart_description")] + months).joined(separator: " ")
    }

    /// "Share of limit: Sales guides".
    static func meterTitle(_ name: String) -> String { words("meter_title", ["name": name]) }

    /// "85 of 100 sales guides: 85 %. Approaching from 85 %, the limit at 100 %."
    static func meterDescription(_ restriction: RestrictionStatus, maximum: Int, percent: Int) -> String {
        words("meter_description", ["count": count(restriction.activeCount), "maximum": count(maximum),
                                    "limit": limitPhrase(restriction.name), "percent": String(percent),
                                    "approaching": String(RestrictionRules.approachingPercent)])
    }

    /// "In use: Sales Premium".
    static func inUseTitle(_ name: String) -> String { words("in_use_title", ["name": name]) }

    /// "23 of 25 in use."
    static func inUseDescription(inUse: Int, total: Int) -> String {
        words("in_use_description", ["in_use": count(inUse), "total": count(total)])
    }

    /// "Trend: Sales guides".
    static func sparklineTitle(_ name: String) -> String { words("trend_title", ["name": name]) }

    /// "From 80 on 2026-11-13 to 85 on 2026-11-15 over 3 builds; lowest 80, highest 85; limit 100."
    static func sparklineDescription(first: RestrictionStatus.TrendPoint, last: RestrictionStatus.TrendPoint, builds: Int,
                                     lowest: Int, highest: Int, limit: Int?) -> String {
        let values = ["first": count(first.activeCount), "first_date": date(first.date), "last": count(last.activeCount),
                      "last_date": date(last.date), "lowest": count(lowest), "highest": count(highest)]
        let trend = plural("trend_description", builds, values)
        return limit.map { trend + words("trend_limit", ["limit": count($0)]) } ?? trend + "."
    }

    /// Said in place of a trend before there are two builds to compare.
    static let noTrendYet = "—"
}
