import LicenseReportCore

/// A licence owner as read from `license.json`, with the JSON paths the check stage points at.
struct LoadedOwner: Hashable {
    /// The owner; its `moduleLicenses` are the licences of `licenses`, in file order.
    var owner: LicenseOwner
    /// The owner object's path: `$` for a single-object file, `$[i]` in an array.
    var path: JSONPath
    /// The module licences with their paths.
    var licenses: [LoadedLicense]
    /// Where `OwnerName` is, when not at `path.OwnerName` (`$[0].Current.OwnerName` in a Web API response).
    var ownerNamePath: JSONPath? = nil
}

/// A module licence as read, with its path and the `Free` value as given (if it was).
struct LoadedLicense: Hashable {
    /// The licence.
    var license: ModuleLicense
    /// The licence object's path, e.g. `$.ModuleLicenses[3]`.
    var path: JSONPath
    /// `Free` as written, `nil` when omitted.
    var givenFree: Int?
    /// Where the name, InUse and Free are, when not at `path.Name`, `path.InUse`, `path.Free` (a Web API response).
    var fieldPaths: LicenseFieldPaths? = nil
}

/// The paths of a module licence's checked fields in a Web API response: `Current.ModuleName`,
/// `NumberOfLicensesInUse`, `NumberOfLicensesFree`.
struct LicenseFieldPaths: Hashable {
    var name: JSONPath
    var inUse: JSONPath
    var free: JSONPath
}

/// Reads `license.json`: an array of owners, or one owner object, each shaped like SuperOffice's `LicenseInfo`
/// with `ModuleLicenseLink` rows, or the unmodified `ExtendedLicenseInfo` of `GET /api/v1/License`
/// (see `ExtendedLicenseLoader`; recognised per owner).
enum LicenseFileLoader {
    /// The keys of an owner object (`LicenseInfo`).
    static let ownerKeys = ["OwnerName", "OwnerDescription", "CompanyName", "SerialNr", "ExpiryDate", "GraceDate", "ModuleLicenses"]
    /// The keys of a module licence (`ModuleLicenseLink`).
    static let licenseKeys = ["Name", "Description", "LicenseType", "Total", "InUse", "Free", "Unrestricted", "IsHidden",
                              "ExtraFlags", "SortOrder", "ExpiryDate"]
    /// The standard properties of every SuperOffice Web API carrier (`Carrier.TableRight`,
    /// `Carrier.FieldProperties`): present in an unmodified export, accepted and ignored without a warning.
    static let carrierKeys = ["TableRight", "FieldProperties"]
    /// The other properties of SuperOffice's `LicenseInfo` carrier, accepted and ignored (the report does not
    /// use them): dates of nagging and checks, product and deployment data, the signature and public key.
    static let ignoredOwnerKeys = carrierKeys + ["AdminWarningDate", "DeploymentType", "ExtraFlags", "LicenseUrl", "LicenseVersion",
                                                 "MaintenanceDate", "NextCheckDate", "ProductDescription", "ProductType", "PublicKey",
                                                 "Signature"]
    /// The other properties of SuperOffice's `ModuleLicenseLink` carrier, accepted and ignored: per-user
    /// assignment flags, ids, the prerequisite module, the tooltip and the total before the last licence change.
    static let ignoredLicenseKeys = carrierKeys + ["Assigned", "CanAssign", "ModuleLicenseId", "PrerequisiteModuleName", "Tooltip",
                                                   "PrevTotal"]

    /// Reads every owner of the file; problems go to `log` (an owner or licence with an error is left out).
    /// - Parameters:
    ///   - path: the file.
    ///   - file: its display path (`folder/license.json`).
    static func load(path: String, file: String, log: inout DiagnosticLog) -> [LoadedOwner] {
        guard let root = JSONFile.load(path: path, displayPath: file, log: &log) else { return [] }
        return owners(in: root, file: file, log: &log)
    }

    /// The owners of a parsed `license.json` (or of a `GET /api/v1/License` response; `file` names it).
    static func owners(in root: JSONValue, file: String, log: inout DiagnosticLog) -> [LoadedOwner] {
        switch root {
        case .array(let elements):
            return elements.enumerated().compactMap { index, element in
                owner(element, file: file, path: JSONPath.root.appending(index: index), log: &log)
            }
        case .object:
            return owner(root, file: file, path: .root, log: &log).map { [$0] } ?? []
        default:
            log.error(.wrongType(expected: "an array of licence owners or one owner object", found: root.typeDescription),
                      at: SourceLocation(file: file, jsonPath: "$"))
            return []
        }
    }

    private static func owner(_ value: JSONValue, file: String, path: JSONPath, log: inout DiagnosticLog) -> LoadedOwner? {
        if ExtendedLicenseLoader.matches(value) { return ExtendedLicenseLoader.owner(value, file: file, path: path, log: &log) }
        guard var object = JSONObjectReader(value, file: file, path: path, expected: "a licence owner object", log: &log) else { return nil }
        let ownerName = object.string("OwnerName", required: true, nonEmpty: true, log: &log)
        let description = object.string("OwnerDescription", log: &log) ?? ""
        let companyName = object.string("CompanyName", required: true, log: &log)
        let serialNr = object.string("SerialNr", required: true, allowNumber: true, log: &log)
        let expiry = object.date("ExpiryDate", log: &log)
        let grace = object.date("GraceDate", log: &log)
        var licenses: [LoadedLicense]?
        if let (list, listPath) = object.take("ModuleLicenses") {
            if case .array(let elements) = list {
                licenses = elements.enumerated().compactMap { index, element in
                    license(element, file: file, path: listPath.appending(index: index), log: &log)
                }
            } else {
                log.error(.wrongType(expected: "an array of module licences", found: list.typeDescription),
                          at: object.location(of: listPath))
            }
        } else {
            log.error(.missingKey(key: "ModuleLicenses"), at: object.location)
        }
        object.ignore(ignoredOwnerKeys)
        object.reportUnknownKeys(log: &log)
        guard let ownerName, let companyName, let serialNr, let licenses else { return nil }
        let owner = LicenseOwner(ownerName: ownerName, ownerDescription: description, companyName: companyName, serialNr: serialNr,
                                 expiryDate: expiry, graceDate: grace, moduleLicenses: licenses.map(\.license))
        return LoadedOwner(owner: owner, path: path, licenses: licenses)
    }

    private static func license(_ value: JSONValue, file: String, path: JSONPath, log: inout DiagnosticLog) -> LoadedLicense? {
        guard var object = JSONObjectReader(value, file: file, path: path, expected: "a module licence object", log: &log) else { return nil }
        let name = object.string("Name", required: true, nonEmpty: true, log: &log)
        let description = object.string("Description", log: &log) ?? ""
        let type = licenseType(&object, log: &log)
        let total = object.integer("Total", required: true, log: &log)
        let inUse = object.integer("InUse", required: true, log: &log)
        let free = object.integer("Free", allowNegative: true, log: &log)
        let unrestricted = object.bool("Unrestricted", log: &log) ?? false
        let hidden = object.bool("IsHidden", log: &log) ?? false
        let flags = object.integer("ExtraFlags", log: &log) ?? 0
        let sortOrder = object.integer("SortOrder", allowNegative: true, log: &log) ?? 0
        let expiry = object.date("ExpiryDate", log: &log)
        object.ignore(ignoredLicenseKeys)
        object.reportUnknownKeys(log: &log)
        guard let name, let type, let total, let inUse else { return nil }
        let license = ModuleLicense(name: name, description: description, licenseType: type, total: total, inUse: inUse,
                                    unrestricted: unrestricted, isHidden: hidden, extraFlags: flags,
                                    sortOrder: sortOrder, expiryDate: expiry)
        return LoadedLicense(license: license, path: path, givenFree: free)
    }

    private static func licenseType(_ object: inout JSONObjectReader, log: inout DiagnosticLog) -> LicenseType? {
        guard let text = object.string("LicenseType", required: true, log: &log) else { return nil }
        if let type = LicenseType.allCases.first(where: { $0.rawValue.caseInsensitiveEquals(text) }) { return type }
        log.error(.unknownValue(field: "LicenseType", value: text, known: LicenseType.allCases.map(\.rawValue)),
                  at: object.location(of: object.path(of: "LicenseType")))
        return nil
    }
}
