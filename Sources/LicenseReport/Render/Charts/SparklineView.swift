import Foundation

/// A restriction's trend over the kept history (issue 12), for the `_sparkline` partial: its ActiveCount at
/// each build as a line (viewBox 0 0 100 20, from the lowest count at the bottom to the highest count or
/// the limit at the top), the current limit as a dashed line, today's value as a dot.
struct SparklineView: Sendable {
    /// Unique on the page: "trend-restriction-sales-guides".
    let sparklineID: String
    /// "Trend: Sales guides".
    let sparklineTitle: String
    /// "From 80 on 2026-11-13 to 85 on 2026-11-15 over 3 builds; lowest 80, highest 85; limit 100."
    let sparklineDesc: String
    /// The polyline's `points`: "0,18 50,10 100,2".
    let points: String
    /// Today's dot.
    let lastX: String
    let lastY: String
    /// The limit's line, when the restriction has a Maximum above 0 and it fits the scale.
    let limitY: String?

    static let width: Decimal = 100, bottom: Decimal = 18, height: Decimal = 16

    /// The sparkline of `restriction.trend`; `nil` with fewer than two builds (no trend yet).
    init?(restriction: RestrictionStatus, rowID: String) {
        let trend = restriction.trend
        guard trend.count >= 2, let first = trend.first, let last = trend.last else { return nil }
        let counts = trend.map(\.activeCount)
        let limit = restriction.maximum.flatMap { $0 > 0 ? $0 : nil }
        // From the lowest count to the highest count or the limit, whichever is higher: a trend shows the
        // movement (80 → 85 of 100 must not look flat); the description states the figures.
        let low = counts.min() ?? 0
        let high = max(counts.max() ?? 0, limit ?? 0, low + 1)
        let y: (Int) -> Decimal = { Self.bottom - ChartGeometry.scaled(Decimal($0 - low), of: Decimal(high - low), to: Self.height) }
        let step = Self.width / Decimal(trend.count - 1)
        sparklineID = "trend-" + rowID
        sparklineTitle = DisplayText.sparklineTitle(restriction.name)
        sparklineDesc = DisplayText.sparklineDescription(first: first, last: last, builds: trend.count,
                                                         lowest: counts.min() ?? 0, highest: counts.max() ?? 0, limit: limit)
        points = counts.enumerated().map { index, count in
            "\(ChartGeometry.text(step * Decimal(index))),\(ChartGeometry.text(y(count)))"
        }.joined(separator: " ")
        lastX = ChartGeometry.text(Self.width)
        lastY = ChartGeometry.text(y(last.activeCount))
        limitY = limit.map { ChartGeometry.text(y($0)) }
    }
}

extension SparklineView: MustacheViewModel {
    /// The stored properties of `SparklineView`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "sparklineID": .init(\.sparklineID) { $0.sparklineID }, "sparklineTitle": .init(\.sparklineTitle) { $0.sparklineTitle }, "sparklineDesc": .init(\.sparklineDesc) { $0.sparklineDesc },
        "points": .init(\.points) { $0.points }, "lastX": .init(\.lastX) { $0.lastX }, "lastY": .init(\.lastY) { $0.lastY }, "limitY": .init(\.limitY) { $0.limitY },
    ]
}
