import Foundation
import Testing
@testable import LicenseReport

/// The inline SVG charts (issue 12): the scale, the sample dataset's storage chart (its golden file is in
/// `GlanceGoldenTests`), meters and sparklines.
@Suite struct ChartTests {
    @Test(arguments: [("0", "1"), ("0.3", "0.5"), ("1", "1"), ("1.2", "2"), ("2.2", "2.5"), ("3", "5"), ("7", "10"),
                      ("32", "50"), ("26000", "50000"), ("1620", "2000"), ("1001", "2000"), ("250", "250")])
    func niceCeiling(value: String, expected: String) {
        #expect(ChartGeometry.niceCeiling(Decimal(string: value)!) == Decimal(string: expected)!)
    }

    @Test(arguments: [("12.25", "12.3"), ("12.24", "12.2"), ("12", "12"), ("0.05", "0.1"), ("171.99", "172")])
    func coordinatesHaveOneDecimal(value: String, expected: String) {
        #expect(ChartGeometry.text(Decimal(string: value)!) == expected)
    }

    @Test func storageChartOfTheSampleDataset() throws {
        let report = try GlanceFixtures.report("nordlys-module-based")
        let chart = try #require(report.meteredSeries.first.flatMap(MeteredChart.init))
        #expect(chart.chartID == "chart-storagespace")
        #expect(chart.bars.count == 12)
        #expect(chart.bars.filter(\.hasOverage).count == report.meteredSeries[0].points.count { $0.overage > 0 })
        #expect(chart.bars.last?.barLabel == "Oct")
        let svg = try SiteRenderer(templatesDirectory: nil).templates.render(chart, template: "html/_metered_chart")
        #expect(XMLPageCheckerFindings.of(svg).isEmpty)
    }

    @Test func barsAreScaledToTheAxisAndOverageSitsAboveTheThreshold() throws {
        let point = { (month: String, quantity: Decimal, threshold: Decimal) in
            MeteredSeries.Point(month: YearMonth(iso: month)!, quantity: quantity, threshold: threshold,
                                overage: max(0, quantity - threshold), amount: 0, currency: Currency(code: "NOK")!)
        }
        let chart = try #require(MeteredChart(MeteredSeries(service: .formSubmissions, unit: "submissions",
                                                            points: [point("2026-01", 50, 100), point("2026-02", 200, 100)])))
        // Axis 200: 160 units tall from y 12 to the baseline at 172.
        #expect(chart.gridLines.map(\.gridLabel) == ["0", "100", "200"])
        #expect(chart.bars.map(\.barY) == ["132", "12"])
        #expect(chart.bars.map(\.barHeight) == ["40", "160"])
        #expect(chart.bars.map(\.hasOverage) == [false, true])
        #expect(chart.bars[1].overageHeight == "80")
        #expect(chart.thresholds.map(\.y) == ["92", "92"])
        #expect(chart.chartDesc == "Usage, threshold and billed overage by month, oldest first. January 2026: 50 submissions of 100 included, not over. February 2026: 200 submissions of 100 included, 100 over, 0.00 NOK.")
    }

    @Test(arguments: [(1, 100, "1", "normal"), (85, 100, "85", "approaching"), (101, 100, "100", "reached")])
    func meterFillsTheShareCappedAtTheLimit(count: Int, maximum: Int, width: String, level: String) throws {
        let meter = try #require(MeterView(restriction: RestrictionRules.status(of: Restriction(name: "Forms", activeCount: count, maximum: maximum)),
                                           rowID: "restriction-forms"))
        #expect(meter.fillWidth == width)
        #expect(meter.fillLevel == level)
        #expect(meter.marks.map(\.markX) == ["85", "99.5"])
    }

    @Test func noMeterWithoutALimitAndNoTrendWithoutTwoBuilds() {
        let unlimited = RestrictionRules.status(of: Restriction(name: "S", activeCount: 5, maximum: nil))
        let notInPlan = RestrictionRules.status(of: Restriction(name: "F", activeCount: 0, maximum: 0))
        #expect(MeterView(restriction: unlimited, rowID: "r") == nil)
        #expect(MeterView(restriction: notInPlan, rowID: "r") == nil)
        #expect(SparklineView(restriction: unlimited, rowID: "r") == nil)
    }

    @Test func sparklineOfTheSample() throws {
        let dashboards = SampleReport.moduleBased().restrictions[1]
        let sparkline = try #require(SparklineView(restriction: dashboards, rowID: "restriction-dashboards"))
        #expect(sparkline.points == "0,18 50,14.8 100,14")  // 80 at the bottom, the limit 100 at the top
        #expect(sparkline.limitY == "2")
        #expect(sparkline.sparklineDesc == "From 80 on 2026-03-13 to 85 on 2026-03-15 over 3 builds; lowest 80, highest 85; limit 100.")
    }

    @Test func licenceBarShowsInUseOfTotal() throws {
        let line = LicenseLine(name: "S", description: "Sales", kind: .user, total: 25, inUse: 23, free: 2, unrestricted: false)
        let bar = try #require(MeterView(license: line, rowID: "row"))
        #expect(bar.fillWidth == "92")
        #expect(bar.meterDesc == "23 of 25 in use.")
        #expect(MeterView(license: LicenseLine(name: "U", description: "", kind: .system, total: 0, inUse: 0, free: 0, unrestricted: true), rowID: "u") == nil)
    }
}

/// Parses a fragment with libxml2 and returns its findings.
enum XMLPageCheckerFindings {
    static func of(_ fragment: String) -> [String] {
        SiteValidator.checkPages([RenderedFile(path: "x.xml", text: fragment)]).flatMap(\.findings).map(\.description)
    }
}

/// The chart's one multiplication per value (`ChartGeometry.exactFactor`) gives exactly the division it replaced.
@Suite struct ChartFactorTests {
    @Test func factorTimesValueIsTheScaledValue() throws {
        var state: UInt64 = 11
        var checked = 0
        for _ in 0..<400 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let peak = Decimal(Int(state % 1_000_000)) * Decimal(sign: .plus, exponent: -Int(state % 5), significand: 1)
            let axis = ChartGeometry.niceCeiling(peak)
            let factor = try #require(ChartGeometry.exactFactor(of: axis, to: 160), "\(axis)")
            for step in 0..<25 {
                // Short values, as input quantities are, and long ones (an inexact division), which must take the division.
                let short = peak * Decimal(step) / 8 + Decimal(sign: .plus, exponent: -3, significand: Decimal(step))
                let long = peak * Decimal(step) / 24
                for value in [short, long] {
                    #expect(ChartGeometry.scaled(value, of: axis, to: 160, factor: factor) == ChartGeometry.scaled(value, of: axis, to: 160),
                            "\(value) of \(axis)")
                }
                checked += 1
            }
        }
        #expect(checked == 10_000)
        #expect(ChartGeometry.exactFactor(of: 3, to: 160) == nil)
        #expect(ChartGeometry.exactFactor(of: 0, to: 160) == nil)
    }
}
