import LicenseReportCore

/// The rules of `license.json` that span fields and records (SuperOffice's licence carriers):
/// InUse ≤ Total and Free = Total − InUse for restricted licences (an `Unrestricted` licence has no
/// counter, and SuperOffice exports it with whatever Total and Free, often 0), unique licence names
/// within an owner, unique OwnerNames.
enum LicenseRules {
    /// Checks the owners and returns them in file order (the compute stage orders them once, `OwnerRules.precedes`).
    /// - Parameters:
    ///   - owners: the owners as read, in file order.
    ///   - file: the display path of `license.json`.
    ///   - log: receives `inUseExceedsTotal` and `freeMismatch` (restricted licences only), `duplicateLicenseName`,
    ///     `duplicateOwner`, and `noLicenseOwner` when the file read without errors holds no owner (stage `.check`).
    static func check(_ owners: [LoadedOwner], file: String, log: inout DiagnosticLog) -> [LicenseOwner] {
        if owners.isEmpty, !log.hasErrors(inFile: file) {
            log.error(.noLicenseOwner, at: SourceLocation(file: file, jsonPath: JSONPath.root.text))
        }
        var firstOwner: [String: JSONPath] = [:]
        for loaded in owners {
            let key = loaded.owner.ownerName.uppercased()
            if let first = firstOwner[key] {
                log.error(.duplicateOwner(name: loaded.owner.ownerName, first: first.text),
                          at: SourceLocation(file: file, jsonPath: (loaded.ownerNamePath ?? loaded.path.appending(key: "OwnerName")).text))
            } else {
                firstOwner[key] = loaded.path
            }
            checkLicenses(of: loaded, file: file, log: &log)
        }
        return owners.map(\.owner)
    }

    private static func checkLicenses(of owner: LoadedOwner, file: String, log: inout DiagnosticLog) {
        var firstName: [String: JSONPath] = [:]
        for loaded in owner.licenses {
            let license = loaded.license
            func at(_ key: String) -> SourceLocation {
                let given = loaded.fieldPaths.flatMap { ["Name": $0.name, "InUse": $0.inUse, "Free": $0.free][key] }
                return SourceLocation(file: file, jsonPath: (given ?? loaded.path.appending(key: key)).text)
            }
            if let first = firstName[license.name] {
                log.error(.duplicateLicenseName(name: license.name, owner: owner.owner.ownerName, first: first.text),
                          at: at("Name"))
            } else {
                firstName[license.name] = loaded.path
            }
            if !license.unrestricted, license.inUse > license.total {
                log.error(.inUseExceedsTotal(inUse: license.inUse, total: license.total), at: at("InUse"))
            }
            if !license.unrestricted, let free = loaded.givenFree, free != license.total - license.inUse {
                log.error(.freeMismatch(free: free, total: license.total, inUse: license.inUse), at: at("Free"))
            }
        }
    }
}
