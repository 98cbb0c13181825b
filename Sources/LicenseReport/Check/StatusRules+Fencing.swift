/// The rules that `fencing/` adds to the restrictions: one source per name, and the reading of a
/// `FencingInfo` `Maximum` of 0.
extension StatusRules {
    /// Whether a `FencingInfo` `Maximum` of 0 means unlimited.
    ///
    /// SuperOffice's documentation does not say whether `Maximum` 0 means "no limit" or "not in the plan".
    /// The rule of issue 11 (docs/dataset-format.md "fencing/"): unlimited only when SuperOffice's own flags
    /// both say false (`IsNearingMaximum` and `HasReachedMaximum` given and false) **and** the plan table
    /// says the plan has no limit of that name; otherwise 0 is "not in the plan", which is reached. A row of
    /// `status.json` never takes this reading: there `null` says unlimited.
    static func zeroMeansUnlimited(_ row: LoadedRestriction, plan: CRMSuitePlan?) -> Bool {
        guard row.isFencingInfo, row.isNearingMaximum == false, row.hasReachedMaximum == false, let plan,
              let fromTable = PlanLimits.maximum(named: row.name, plan: plan) else { return false }
        return fromTable == nil
    }

    /// Records `restrictionInTwoFiles` at each `status.json` row whose name (compared without regard to case
    /// or surrounding spaces, as the plan table compares) is also the name of a `fencing/` row.
    static func checkNamedOnce(_ rows: [LoadedRestriction], fencing: [LoadedRestriction], file: String, log: inout DiagnosticLog) {
        func key(_ name: String) -> String { name.trimmingSpaces.lowercased() }
        var fencingFiles: [String: String] = [:]
        for row in fencing where fencingFiles[key(row.name)] == nil { fencingFiles[key(row.name)] = row.file ?? file }
        for row in rows {
            guard let fencingFile = fencingFiles[key(row.name)] else { continue }
            log.error(.restrictionInTwoFiles(name: row.name, fencingFile: fencingFile),
                      at: SourceLocation(file: row.file ?? file, jsonPath: row.path.appending(key: "Name").text))
        }
    }
}
