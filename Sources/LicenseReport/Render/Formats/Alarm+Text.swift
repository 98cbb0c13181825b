extension Alarm {
    /// The alarm as one line for the command line: "reached: Document templates: 50 of 50 (Limit reached)",
    /// "expiring: Sales Intelligence licence (SUPEROFFICE): 2026-12-01 (16 days left)".
    public var text: String {
        switch subject {
        case .restriction(let restriction):
            let usage = restriction.maximum.map { "\(DisplayText.count(restriction.activeCount)) of \(DisplayText.count($0))" } ?? ""
            return "\(condition.rawValue): \(restriction.name): \(usage) (\(DisplayText.label(restriction)))"
        case .expiry(let warning):
            return "\(condition.rawValue): \(DisplayText.expiryWarningFact(warning))"
        }
    }
}
