import Foundation

/// The chart of one metered service over the usage months (issue 12), for the `_metered_chart` partial:
/// a bar of usage per month (newest at the right), the month's threshold as a line across its slot, and
/// the billed overage (usage above the threshold) marked on the bar. Every coordinate is pre-formatted;
/// the partial holds the SVG markup, so values from data reach it only as escaped text.
struct MeteredChart: Sendable {
    /// A month's bar.
    struct Bar: Sendable {
        let barX: String
        let barY: String
        let barWidth: String
        let barHeight: String
        /// The part above the threshold, when billed.
        let hasOverage: Bool
        let overageY: String
        let overageHeight: String
        /// "Nov", on every month when they fit, else on every second, third … month (`nil` between).
        let barLabel: String?
        let labelX: String
    }

    /// A month's threshold: a line across its slot.
    struct Segment: Sendable {
        let x1: String
        let x2: String
        let y: String
    }

    /// A horizontal grid line with its value.
    struct GridLine: Sendable {
        let gridY: String
        let gridLabel: String
    }

    /// Unique on the page: "chart-storagespace"; the title and desc ids add "-title" and "-desc".
    let chartID: String
    /// "Storage space (GB) by usage month, December 2025 to November 2026".
    let chartTitle: String
    /// Every month's figures in words.
    let chartDesc: String
    let bars: [Bar]
    let thresholds: [Segment]
    let gridLines: [GridLine]
    /// The service's name, shown above the chart.
    let chartHeading: String

    // The drawing area, in SVG user units (the viewBox is 0 0 480 200).
    static let left: Decimal = 60, right: Decimal = 472, top: Decimal = 12, baseline: Decimal = 172
    /// Bars are at most this wide, so a chart of two months does not look like two walls.
    static let maximumBarWidth: Decimal = 40
    /// At most this many month labels fit under the bars.
    static let maximumLabels = 12

    /// Draws `series`; `nil` when it has no point.
    init?(_ series: MeteredSeries) {
        guard !series.points.isEmpty, let first = series.points.first, let last = series.points.last else { return nil }
        let name = DisplayText.serviceName(series.service)
        chartID = "chart-" + DisplayText.slug(series.service.rawValue)
        chartHeading = name
        chartTitle = DisplayText.meteredChartTitle(service: name, unit: series.unit, from: first.month, to: last.month)
        chartDesc = DisplayText.meteredChartDescription(series)
        let peak = series.points.map { max($0.quantity, $0.threshold) }.max() ?? 0
        let axis = ChartGeometry.niceCeiling(peak)
        let height = Self.baseline - Self.top
        let slot = (Self.right - Self.left) / Decimal(series.points.count)
        let every = (series.points.count + Self.maximumLabels - 1) / Self.maximumLabels
        let y: (Decimal) -> Decimal = { Self.baseline - ChartGeometry.scaled($0, of: axis, to: height) }
        let barWidth = min(slot * 3 / 5, Self.maximumBarWidth)
        bars = series.points.enumerated().map { index, point in
            let x = Self.left + slot * Decimal(index)
            let top = y(point.quantity)
            let thresholdY = y(point.threshold)
            let isLabelled = (series.points.count - 1 - index) % every == 0  // the newest month is always labelled
            return Bar(barX: ChartGeometry.text(x + (slot - barWidth) / 2), barY: ChartGeometry.text(top),
                       barWidth: ChartGeometry.text(barWidth), barHeight: ChartGeometry.text(Self.baseline - top),
                       hasOverage: point.overage > 0, overageY: ChartGeometry.text(top),
                       overageHeight: ChartGeometry.text(max(0, thresholdY - top)),
                       barLabel: isLabelled ? DisplayText.monthShort(point.month) : nil,
                       labelX: ChartGeometry.text(x + slot / 2))
        }
        thresholds = series.points.enumerated().map { index, point in
            let x = Self.left + slot * Decimal(index)
            return Segment(x1: ChartGeometry.text(x), x2: ChartGeometry.text(x + slot), y: ChartGeometry.text(y(point.threshold)))
        }
        gridLines = [Decimal(0), axis / 2, axis].map { value in
            GridLine(gridY: ChartGeometry.text(y(value)), gridLabel: DisplayText.quantity(value))
        }
    }
}

extension MeteredChart: MustacheViewModel {
    /// The stored properties of `MeteredChart`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "chartID": \.chartID, "chartTitle": \.chartTitle, "chartDesc": \.chartDesc, "bars": \.bars,
        "thresholds": \.thresholds, "gridLines": \.gridLines, "chartHeading": \.chartHeading,
    ]
}

extension MeteredChart.Bar: MustacheViewModel {
    /// The stored properties of `MeteredChart.Bar`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "barX": \.barX, "barY": \.barY, "barWidth": \.barWidth, "barHeight": \.barHeight, "hasOverage": \.hasOverage,
        "overageY": \.overageY, "overageHeight": \.overageHeight, "barLabel": \.barLabel, "labelX": \.labelX,
    ]
}

extension MeteredChart.Segment: MustacheViewModel {
    /// The stored properties of `MeteredChart.Segment`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = ["x1": \.x1, "x2": \.x2, "y": \.y]
}

extension MeteredChart.GridLine: MustacheViewModel {
    /// The stored properties of `MeteredChart.GridLine`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = ["gridY": \.gridY, "gridLabel": \.gridLabel]
}
