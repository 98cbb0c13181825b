/// The rules of the restrictions (`status.json`'s and `fencing/`'s): resolving an absent `Maximum` from the
/// CRM Suite plan table, and comparing SuperOffice's own indicator flags with the computed level.
enum StatusRules {
    /// Returns the status with its restrictions, `Maximum` resolved.
    /// - Parameters:
    ///   - loaded: the status as read.
    ///   - file: the display path of `status.json`.
    ///   - log: receives `unknownRestrictionLimit` or `missingKey` (no `Maximum` and no plan to take it from),
    ///     and `restrictionFlagMismatch` warnings (stage `.check`).
    ///   - fencing: the restrictions of `fencing/` (`FencingLoader`), listed after those of `status.json`; a name
    ///     in both is `restrictionInTwoFiles`.
    static func check(_ loaded: LoadedStatus, fencing: [LoadedRestriction] = [], file: String, log: inout DiagnosticLog) -> DatabaseStatus {
        var status = loaded.status
        checkNamedOnce(loaded.restrictions, fencing: fencing, file: file, log: &log)
        status.restrictions = (loaded.restrictions + fencing).compactMap { row in
            let location = SourceLocation(file: row.file ?? file, jsonPath: row.path.text)
            let maximum: Int?
            switch row.maximum {
            case .value(0) where zeroMeansUnlimited(row, plan: status.plan): maximum = nil
            case .value(let value): maximum = value
            case .unlimited: maximum = nil
            case .absent:
                guard let plan = status.plan else {
                    log.error(.missingKey(key: "Maximum"), at: location)
                    return nil
                }
                guard let fromTable = PlanLimits.maximum(named: row.name, plan: plan) else {
                    log.error(.unknownRestrictionLimit(name: row.name, plan: plan.rawValue), at: location)
                    return nil
                }
                maximum = fromTable
            }
            checkFlags(of: row, maximum: maximum, file: row.file ?? file, log: &log)
            return Restriction(name: row.name, activeCount: row.activeCount, maximum: maximum,
                               isNearingMaximum: row.isNearingMaximum, hasReachedMaximum: row.hasReachedMaximum)
        }
        return status
    }

    /// `HasReachedMaximum` must be true exactly when the level is `reached`; `IsNearingMaximum` must be true
    /// when the level is `approaching` and false when it is `normal` or `unlimited` (either is accepted at
    /// `reached`, since SuperOffice may keep the nearing flag set past the limit).
    private static func checkFlags(of row: LoadedRestriction, maximum: Int?, file: String, log: inout DiagnosticLog) {
        let level = RestrictionRules.level(activeCount: row.activeCount, maximum: maximum)
        func warn(_ flag: String, _ given: Bool) {
            log.warning(.restrictionFlagMismatch(name: row.name, flag: flag, given: given, computedLevel: level.rawValue),
                        at: SourceLocation(file: file, jsonPath: row.path.appending(key: flag).text))
        }
        if let given = row.hasReachedMaximum, given != (level == .reached) { warn("HasReachedMaximum", given) }
        if let given = row.isNearingMaximum, level != .reached, given != (level == .approaching) { warn("IsNearingMaximum", given) }
    }
}
