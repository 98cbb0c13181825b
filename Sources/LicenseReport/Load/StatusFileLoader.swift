import Foundation
import LicenseReportCore

/// `status.json` as read: the status facts, the time zone, and the restrictions with their paths
/// (`Maximum` still unresolved: the check stage fills it from the plan table).
struct LoadedStatus {
    /// The status; `restrictions` is empty here (see `restrictions`).
    var status: DatabaseStatus
    /// The dataset's time zone (`TimeZone`, UTC when absent or invalid).
    var timeZone: TimeZone
    /// The `Restrictions` rows.
    var restrictions: [LoadedRestriction]
}

/// One `Restrictions` row as read.
struct LoadedRestriction: Hashable {
    /// `Maximum` as written: absent, `null` (unlimited), or a count.
    enum Maximum: Hashable {
        case absent
        case unlimited
        case value(Int)
    }

    var name: String
    var activeCount: Int
    var maximum: Maximum
    var isNearingMaximum: Bool?
    var hasReachedMaximum: Bool?
    /// The row's path, `$.Restrictions[i]` (`$` in a `fencing/` file).
    var path: JSONPath
    /// The display path of the file it was read from, when not `status.json` (a `fencing/` file).
    var file: String? = nil
    /// A FencingInfo response, whose `Maximum` 0 may mean unlimited (see `StatusRules`).
    var isFencingInfo = false
}

/// Reads `status.json` (optional): the database status of the Status tab and the CRM Suite restrictions.
enum StatusFileLoader {
    /// The keys of the status object.
    static let keys = ["Subscription", "Type", "SubscriptionModel", "Plan", "PreparedFor", "TimeZone", "Locale", "UpgradeUrl", "InfoUrl", "Restrictions"]
    /// The properties of SuperOffice's `FencingInfo` carrier that a restriction row does not use, accepted and
    /// ignored: the localized warning texts and the standard carrier properties.
    static let ignoredRestrictionKeys = LicenseFileLoader.carrierKeys + ["WarningMessage", "WarningTooltip"]

    /// Reads the file; problems go to `log`. Returns defaults (module-based, UTC) for what is absent or wrong.
    static func load(path: String, file: String, log: inout DiagnosticLog) -> LoadedStatus {
        var result = LoadedStatus(status: DatabaseStatus(), timeZone: TimeZone(identifier: "UTC")!, restrictions: [])
        guard let root = JSONFile.load(path: path, displayPath: file, log: &log),
              var object = JSONObjectReader(root, file: file, path: .root, expected: "a status object", log: &log) else { return result }
        result.status.subscription = object.string("Subscription", log: &log)
        result.status.type = object.string("Type", log: &log)
        if let model = known("SubscriptionModel", SubscriptionModel.self, in: &object, log: &log) { result.status.subscriptionModel = model }
        result.status.plan = known("Plan", CRMSuitePlan.self, in: &object, log: &log)
        result.status.preparedFor = object.string("PreparedFor", log: &log)
        if let name = object.string("TimeZone", log: &log) {
            if let zone = timeZone(named: name) {
                result.timeZone = zone
                result.status.timeZoneIdentifier = name
            } else {
                log.error(.unknownTimeZone(value: name), at: object.location(of: object.path(of: "TimeZone")))
            }
        }
        result.status.locale = known("Locale", LocaleCode.self, in: &object, log: &log)
        result.status.upgradeURL = object.string("UpgradeUrl", log: &log)
        result.status.infoURL = object.string("InfoUrl", log: &log)
        if let (list, listPath) = object.take("Restrictions"), list != .null {
            if case .array(let rows) = list {
                result.restrictions = rows.enumerated().compactMap { index, row in
                    restriction(row, file: file, path: listPath.appending(index: index), log: &log)
                }
            } else {
                log.error(.wrongType(expected: "an array of restrictions", found: list.typeDescription),
                          at: object.location(of: listPath))
            }
        }
        object.reportUnknownKeys(log: &log)
        return result
    }

    /// The time zone of an IANA name (`Europe/Oslo`, `UTC`, `CET`, `Etc/GMT+1`), `nil` when the name is not
    /// one (`CEST`, `PST`, `GMT+1`, `Oslo`): the rules of `TimeZoneNames`.
    static func timeZone(named name: String) -> TimeZone? { TimeZoneNames.zone(named: name) }

    /// A value of a closed list, matched case-insensitively; `unknownValue` (listing the known values) otherwise.
    static func known<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type, required: Bool = false,
                                                              in object: inout JSONObjectReader,
                                                              log: inout DiagnosticLog) -> Value? where Value.RawValue == String {
        guard let text = object.string(key, required: required, log: &log) else { return nil }
        if let value = Value.allCases.first(where: { $0.rawValue.caseInsensitiveEquals(text) }) { return value }
        log.error(.unknownValue(field: key, value: text, known: Value.allCases.map(\.rawValue)),
                  at: object.location(of: object.path(of: key)))
        return nil
    }

    private static func restriction(_ value: JSONValue, file: String, path: JSONPath, log: inout DiagnosticLog) -> LoadedRestriction? {
        guard var object = JSONObjectReader(value, file: file, path: path, expected: "a restriction object", log: &log) else { return nil }
        let name = object.string("Name", required: true, nonEmpty: true, log: &log)
        let activeCount = object.integer("ActiveCount", required: true, log: &log)
        let maximum = maximum(in: &object, log: &log)
        let nearing = object.bool("IsNearingMaximum", log: &log)
        let reached = object.bool("HasReachedMaximum", log: &log)
        object.ignore(ignoredRestrictionKeys)
        object.reportUnknownKeys(log: &log)
        guard let name, let activeCount, let maximum else { return nil }
        return LoadedRestriction(name: name, activeCount: activeCount, maximum: maximum, isNearingMaximum: nearing,
                                 hasReachedMaximum: reached, path: path)
    }

    /// `Maximum` as written: absent, `null` (unlimited) or a count; `nil` after an error (`negativeMaximum`,
    /// or a value that is not a whole number).
    static func maximum(in object: inout JSONObjectReader, log: inout DiagnosticLog) -> LoadedRestriction.Maximum? {
        guard let (given, maximumPath) = object.take("Maximum") else { return .absent }
        if given == .null { return .unlimited }
        switch JSONScalars.integer(given, field: "Maximum", allowNegative: true) {
        case .success(let number) where number < 0:
            log.error(.negativeMaximum(value: number), at: object.location(of: maximumPath))
            return nil
        case .success(let number):
            return .value(number)
        case .failure(let failure):
            log.error(failure.reason, at: object.location(of: maximumPath))
            return nil
        }
    }
}
