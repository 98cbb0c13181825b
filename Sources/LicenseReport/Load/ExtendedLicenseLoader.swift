import LicenseReportCore

/// Reads one licence owner of an unmodified `GET /api/v1/License` response: SuperOffice's `ExtendedLicenseInfo`
/// (../shared/superoffice-api.md, docs/dataset-format.md "license.json as the Web API returns it").
///
/// The owner's facts come from `Current` (the licence in force); only when `Current` is null are they read
/// from `New`, with a warning. Each row of `ExtendedModuleLicenses` takes its name, description, type and
/// flags from its own `Current` `ModuleLicense` (again `New` only when `Current` is null) and its counts from
/// `NumberOfLicensesTotal/InUse/Free`: `ModuleLicense.NumberOfLicenses` is what the licence allows, not what
/// the Licences screen shows. Every rule of the `ModuleLicenseLink` shape then applies unchanged.
enum ExtendedLicenseLoader {
    /// The keys of `ExtendedLicenseInfo`: the two licences and the rows are read, the rest accepted and ignored.
    static let ignoredKeys = LicenseFileLoader.carrierKeys + ["Reason", "CanBeActivated", "AccumulatedNextCheckDate"]
    /// `LicenseInfo` properties the report does not use, accepted and ignored (`ModuleLicenses` repeats the
    /// modules without counts; the rows of `ExtendedModuleLicenses` have them).
    static let ignoredLicenceInfoKeys = LicenseFileLoader.ignoredOwnerKeys + ["ModuleLicenses", "ExtraInfo"]
    /// `ExtendedModuleLicense` properties that are not read: the counts of the licence not yet activated.
    static let ignoredRowKeys = LicenseFileLoader.carrierKeys + ["NumberOfLicensesAdded", "NumberOfLicensesNewTotal",
                                                                 "NumberOfLicensesNewFree"]
    /// `ModuleLicense` properties that are not read: what the licence file says rather than what is in use.
    static let ignoredModuleKeys = LicenseFileLoader.carrierKeys + ["OwnerName", "ModuleTooltip", "ModuleVersion", "AllowedUserType",
                                                                    "NumberOfLicenses", "ExtraInfo", "PrerequisiteModuleName", "Signature"]

    /// Whether `value` is an `ExtendedLicenseInfo` rather than a `LicenseInfo`: an object with an
    /// `ExtendedModuleLicenses` or a `Current` key (no `LicenseInfo` has either).
    static func matches(_ value: JSONValue) -> Bool {
        guard case .object(let members) = value else { return false }
        return members.contains { $0.key.caseInsensitiveEquals("ExtendedModuleLicenses") || $0.key.caseInsensitiveEquals("Current") }
    }

    /// The owner at `path`, or `nil` after recording why it cannot be read.
    static func owner(_ value: JSONValue, file: String, path: JSONPath, log: inout DiagnosticLog) -> LoadedOwner? {
        guard var object = JSONObjectReader(value, file: file, path: path, expected: "a licence owner object", log: &log) else { return nil }
        let facts = licence(in: &object, subject: "the owner",
                            bothNull: .wrongType(expected: "a LicenseInfo object in Current or New", found: "null"), log: &log)
        var licenses: [LoadedLicense]?
        if let (list, listPath) = object.take("ExtendedModuleLicenses") {
            if case .array(let elements) = list {
                licenses = elements.enumerated().compactMap { index, element in
                    row(element, file: file, path: listPath.appending(index: index), log: &log)
                }
            } else {
                log.error(.wrongType(expected: "an array of module licences", found: list.typeDescription), at: object.location(of: listPath))
            }
        } else {
            log.error(.missingKey(key: "ExtendedModuleLicenses"), at: object.location)
        }
        object.ignore(ignoredKeys)
        object.reportUnknownKeys(log: &log)
        guard let (licenceValue, licencePath) = facts,
              var info = JSONObjectReader(licenceValue, file: file, path: licencePath, expected: "a LicenseInfo object", log: &log)
        else { return nil }
        let ownerName = info.string("OwnerName", required: true, nonEmpty: true, log: &log)
        let description = info.string("OwnerDescription", log: &log) ?? ""
        let companyName = info.string("CompanyName", required: true, log: &log)
        let serialNr = info.string("SerialNr", required: true, allowNumber: true, log: &log)
        let expiry = info.date("ExpiryDate", log: &log)
        let grace = info.date("GraceDate", log: &log)
        info.ignore(ignoredLicenceInfoKeys)
        info.reportUnknownKeys(log: &log)
        guard let ownerName, let companyName, let serialNr, let licenses else { return nil }
        let owner = LicenseOwner(ownerName: ownerName, ownerDescription: description, companyName: companyName, serialNr: serialNr,
                                 expiryDate: expiry, graceDate: grace, moduleLicenses: licenses.map(\.license))
        return LoadedOwner(owner: owner, path: path, licenses: licenses, ownerNamePath: info.path(of: "OwnerName"))
    }

    /// `Current`, else `New` with a `readFromNewLicence` warning; `nil` after an error when neither is given
    /// (`missingKey` when `Current` is absent, `bothNull` at the object when both are null). `New` is
    /// otherwise not read: its values may be anything.
    private static func licence(in object: inout JSONObjectReader, subject: String, bothNull: Reason,
                                log: inout DiagnosticLog) -> (JSONValue, JSONPath)? {
        let current = object.take("Current")
        let new = object.take("New")
        if let current, current.value != .null { return current }
        guard let current else {
            log.error(.missingKey(key: "Current"), at: object.location)
            return nil
        }
        guard let new, new.value != .null else {
            log.error(bothNull, at: object.location)
            return nil
        }
        log.warning(.readFromNewLicence(subject: subject), at: object.location(of: current.path))
        return new
    }

    /// One `ExtendedModuleLicense` row.
    private static func row(_ value: JSONValue, file: String, path: JSONPath, log: inout DiagnosticLog) -> LoadedLicense? {
        guard var object = JSONObjectReader(value, file: file, path: path, expected: "a module licence object", log: &log) else { return nil }
        let module = licence(in: &object, subject: "the module licence", bothNull: .moduleNameNotFound, log: &log)
        let total = object.integer("NumberOfLicensesTotal", required: true, log: &log)
        let inUse = object.integer("NumberOfLicensesInUse", required: true, log: &log)
        let free = object.integer("NumberOfLicensesFree", allowNegative: true, log: &log)
        let freePath = object.path(of: "NumberOfLicensesFree")
        let inUsePath = object.path(of: "NumberOfLicensesInUse")
        object.ignore(ignoredRowKeys)
        object.reportUnknownKeys(log: &log)
        guard let (moduleValue, modulePath) = module,
              var reader = JSONObjectReader(moduleValue, file: file, path: modulePath, expected: "a ModuleLicense object", log: &log)
        else { return nil }
        let name = reader.string("ModuleName", required: true, nonEmpty: true, log: &log)
        let description = reader.string("ModuleDescription", log: &log) ?? ""
        let type = StatusFileLoader.known("LicenseType", LicenseType.self, required: true, in: &reader, log: &log)
        let unrestricted = reader.bool("Unrestricted", log: &log) ?? false
        let hidden = reader.bool("IsHidden", log: &log) ?? false
        let flags = reader.integer("ExtraFlags", log: &log) ?? 0
        let sortOrder = reader.integer("SortOrder", allowNegative: true, log: &log) ?? 0
        reader.ignore(ignoredModuleKeys)
        reader.reportUnknownKeys(log: &log)
        guard let name, let type, let total, let inUse else { return nil }
        let license = ModuleLicense(name: name, description: description, licenseType: type, total: total, inUse: inUse,
                                    unrestricted: unrestricted, isHidden: hidden, extraFlags: flags, sortOrder: sortOrder)
        return LoadedLicense(license: license, path: path, givenFree: free,
                             fieldPaths: LicenseFieldPaths(name: reader.path(of: "ModuleName"), inUse: inUsePath, free: freePath))
    }
}
