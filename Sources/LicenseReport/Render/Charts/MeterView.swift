import Foundation

/// A small horizontal meter for the `_meter` partial (issue 12): a restriction's share of its limit, with
/// marks at 85 % (approaching) and 100 % (the limit), or a licence's In use against its Total. The track is
/// 100 user units wide (viewBox 0 0 100 12), so a share in percent is its fill width, capped at the track.
struct MeterView: Sendable {
    /// A mark across the track.
    struct Mark: Sendable {
        let markX: String
    }

    /// Unique on the page: "meter-restriction-sales-guides".
    let meterID: String
    /// "Share of limit: Sales guides".
    let meterTitle: String
    /// "85 of 100 sales guides: 85 %. Approaching from 85 %, the limit at 100 %."
    let meterDesc: String
    /// The fill's width, 0–100.
    let fillWidth: String
    /// "normal", "approaching", "reached" or "licence": the fill's colour (CSS `meter-fill-…`).
    let fillLevel: String
    let marks: [Mark]

    /// The meter of a restriction with a Maximum above 0; `nil` for an unlimited one or a Maximum of 0.
    init?(restriction: RestrictionStatus, rowID: String) {
        guard let maximum = restriction.maximum, maximum > 0, let percent = restriction.percent else { return nil }
        meterID = "meter-" + rowID
        meterTitle = DisplayText.meterTitle(restriction.name)
        meterDesc = DisplayText.meterDescription(restriction, maximum: maximum, percent: percent)
        fillWidth = ChartGeometry.text(Decimal(min(percent, 100)))
        fillLevel = restriction.level.rawValue
        // The limit's mark sits half a unit inside the track so its stroke is not clipped.
        marks = [Mark(markX: String(RestrictionRules.approachingPercent)), Mark(markX: "99.5")]
    }

    /// The In use bar of a licence with a Total above 0; `nil` for an unrestricted licence or a Total of 0.
    init?(license: LicenseLine, rowID: String) {
        guard !license.unrestricted, license.total > 0 else { return nil }
        meterID = "meter-" + rowID
        meterTitle = DisplayText.inUseTitle(license.displayName)
        meterDesc = DisplayText.inUseDescription(inUse: license.inUse, total: license.total)
        fillWidth = ChartGeometry.text(ChartGeometry.scaled(Decimal(min(license.inUse, license.total)), of: Decimal(license.total), to: 100))
        fillLevel = "licence"
        marks = []
    }
}

extension MeterView: MustacheViewModel {
    /// The stored properties of `MeterView`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "meterID": .init(\.meterID) { $0.meterID }, "meterTitle": .init(\.meterTitle) { $0.meterTitle }, "meterDesc": .init(\.meterDesc) { $0.meterDesc }, "fillWidth": .init(\.fillWidth) { $0.fillWidth },
        "fillLevel": .init(\.fillLevel) { $0.fillLevel }, "marks": .init(\.marks) { $0.marks },
    ]
}

extension MeterView.Mark: MustacheViewModel {
    /// The stored properties of `MeterView.Mark`, by name.
    static let mustacheKeys: TemplateKeys<Self> = ["markX": .init(\.markX) { $0.markX }]
}
