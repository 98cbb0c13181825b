import Foundation
import Synchronization

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

    /// The charts of every metered service of `report` that has a point.
    static func charts(of report: Report) -> [MeteredChart] { report.meteredSeries.compactMap(MeteredChart.init) }

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
        let every = (series.points.count + Self.maximumLabels - 1) / Self.maximumLabels
        // Decimal division and rounding are most of a chart's cost, and a chart repeats its values: the same
        // threshold every month, the same x positions in every chart of as many months (every tenant's).
        var yCache: [Decimal: Decimal] = [:]
        // `ChartGeometry.scaled(value, of: axis, to: height)` as one multiplication: the axis is 1, 2, 2.5 or 5
        // times a power of ten, so height / axis is an exact decimal and value × (height / axis) is exactly
        // value / axis × height (`ChartTests` compares the two); Decimal division is ten times a multiplication.
        let factor = ChartGeometry.exactFactor(of: axis, to: height)
        let y: (Decimal) -> Decimal = { value in
            if let cached = yCache[value] { return cached }
            let result = Self.baseline - ChartGeometry.scaled(value, of: axis, to: height, factor: factor)
            yCache[value] = result
            return result
        }
        let columns = Self.columns(count: series.points.count)
        bars = series.points.enumerated().map { index, point in
            let top = y(point.quantity)
            let thresholdY = y(point.threshold)
            let isLabelled = (series.points.count - 1 - index) % every == 0  // the newest month is always labelled
            let topText = ChartGeometry.text(top)
            return Bar(barX: columns[index].barX, barY: topText,
                       barWidth: columns[index].barWidth, barHeight: ChartGeometry.text(Self.baseline - top),
                       hasOverage: point.overage > 0, overageY: topText,
                       overageHeight: ChartGeometry.text(max(0, thresholdY - top)),
                       barLabel: isLabelled ? DisplayText.monthShort(point.month) : nil,
                       labelX: columns[index].labelX)
        }
        var yText: [Decimal: String] = [:]
        thresholds = series.points.enumerated().map { index, point in
            let value = y(point.threshold)
            let text = yText[value] ?? ChartGeometry.text(value)
            yText[value] = text
            return Segment(x1: columns[index].x1, x2: columns[index].x2, y: text)
        }
        gridLines = [Decimal(0), axis / 2, axis].map { value in
            GridLine(gridY: ChartGeometry.text(y(value)), gridLabel: DisplayText.quantity(value))
        }
    }

    /// The x coordinates of month `index`'s bar, label and threshold line in a chart of some number of months.
    struct Column: Sendable, Equatable {
        let barX: String
        let barWidth: String
        let labelX: String
        let x1: String
        let x2: String
    }

    /// The columns of a chart of `count` months (at least 1); each count's are computed once per process.
    static func columns(count: Int) -> [Column] {
        columnCache.withLock { cache in
            if let columns = cache[count] { return columns }
            let columns = computeColumns(count: count)
            cache[count] = columns
            return columns
        }
    }

    /// `columns(count:)` without the cache (tests compare the two).
    static func computeColumns(count: Int) -> [Column] {
        let slot = (Self.right - Self.left) / Decimal(count)
        let barWidth = min(slot * 3 / 5, Self.maximumBarWidth)
        return (0..<count).map { index in
            let x = Self.left + slot * Decimal(index)
            return Column(barX: ChartGeometry.text(x + (slot - barWidth) / 2), barWidth: ChartGeometry.text(barWidth),
                          labelX: ChartGeometry.text(x + slot / 2), x1: ChartGeometry.text(x), x2: ChartGeometry.text(x + slot))
        }
    }

    private static let columnCache = Mutex<[Int: [Column]]>([:])
}

extension MeteredChart: MustacheViewModel {
    /// The stored properties of `MeteredChart`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "chartID": .init(\.chartID) { $0.chartID }, "chartTitle": .init(\.chartTitle) { $0.chartTitle }, "chartDesc": .init(\.chartDesc) { $0.chartDesc }, "bars": .init(\.bars) { $0.bars },
        "thresholds": .init(\.thresholds) { $0.thresholds }, "gridLines": .init(\.gridLines) { $0.gridLines }, "chartHeading": .init(\.chartHeading) { $0.chartHeading },
    ]
}

extension MeteredChart.Bar: MustacheViewModel {
    /// The stored properties of `MeteredChart.Bar`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "barX": .init(\.barX) { $0.barX }, "barY": .init(\.barY) { $0.barY }, "barWidth": .init(\.barWidth) { $0.barWidth }, "barHeight": .init(\.barHeight) { $0.barHeight }, "hasOverage": .init(\.hasOverage) { $0.hasOverage },
        "overageY": .init(\.overageY) { $0.overageY }, "overageHeight": .init(\.overageHeight) { $0.overageHeight }, "barLabel": .init(\.barLabel) { $0.barLabel }, "labelX": .init(\.labelX) { $0.labelX },
    ]
}

extension MeteredChart.Segment: MustacheViewModel {
    /// The stored properties of `MeteredChart.Segment`, by name.
    static let mustacheKeys: TemplateKeys<Self> = ["x1": .init(\.x1) { $0.x1 }, "x2": .init(\.x2) { $0.x2 }, "y": .init(\.y) { $0.y }]
}

extension MeteredChart.GridLine: MustacheViewModel {
    /// The stored properties of `MeteredChart.GridLine`, by name.
    static let mustacheKeys: TemplateKeys<Self> = ["gridY": .init(\.gridY) { $0.gridY }, "gridLabel": .init(\.gridLabel) { $0.gridLabel }]
}
