/// An expiry indicator for the `_indicator` partial: a symbol and a label, never colour alone;
/// `indicatorLevel` names the CSS class (`indicator-expiring`, `indicator-expired`).
struct IndicatorView: Sendable {
    /// "expiring" or "expired" (the `_indicator` partial's CSS class `indicator-…`).
    let indicatorLevel: String
    let indicatorSymbol: String
    let indicatorLabel: String

    /// The indicator of an expiry level; `nil` for `.normal` (nothing to flag).
    init?(_ level: ExpiryLevel?) {
        guard let level, level != .normal else { return nil }
        indicatorLevel = level.rawValue
        indicatorSymbol = DisplayText.symbol(level)
        indicatorLabel = DisplayText.label(level)
    }
}

extension IndicatorView: MustacheViewModel {
    /// The stored properties of `IndicatorView`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "indicatorLevel": .init(\.indicatorLevel) { $0.indicatorLevel }, "indicatorSymbol": .init(\.indicatorSymbol) { $0.indicatorSymbol }, "indicatorLabel": .init(\.indicatorLabel) { $0.indicatorLabel },
    ]
}
