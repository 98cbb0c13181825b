import LicenseReportCore

/// Reads the members of one JSON object by key, remembering which keys were used, so that the keys
/// left over can be reported as unknown (a warning) and every field problem gets its JSON path.
///
/// Keys match case-insensitively (`inUse` finds `InUse`): exports from SuperOffice's APIs and from
/// scripts differ in case only, and two keys that differ only in case are reported as duplicates.
struct JSONObjectReader {
    /// The display path of the file, for locations.
    let file: String
    /// The object's path.
    let path: JSONPath
    private let members: [JSONMember]
    private var used: [Bool]

    /// Wraps `value` when it is an object; otherwise records `wrongType` (expected `expected`) and returns `nil`.
    /// Duplicated keys are recorded as load errors at the second key.
    init?(_ value: JSONValue, file: String, path: JSONPath, expected: String = "an object", log: inout DiagnosticLog) {
        guard case .object(let members) = value else {
            log.error(.wrongType(expected: expected, found: value.typeDescription),
                      at: SourceLocation(file: file, jsonPath: path.text))
            return nil
        }
        self.file = file
        self.path = path
        self.members = members
        self.used = Array(repeating: false, count: members.count)
        var seen: Set<String> = []
        for (index, member) in members.enumerated() where !seen.insert(member.key.lowercased()).inserted {
            used[index] = true
            log.error(.duplicateKey(key: member.key),
                      at: SourceLocation(file: file, jsonPath: path.appending(key: member.key).text))
        }
    }

    /// The value of `key` with its path, or `nil` when the key is absent; marks the key as used.
    mutating func take(_ key: String) -> (value: JSONValue, path: JSONPath)? {
        guard let index = members.firstIndex(where: { $0.key.caseInsensitiveEquals(key) }) else { return nil }
        used[index] = true
        return (members[index].value, path.appending(key: members[index].key))
    }

    /// Marks `keys` as used without reading them: standard properties of SuperOffice's carriers that the
    /// report does not need (`TableRight`, `FieldProperties`, …), accepted and ignored without a warning.
    mutating func ignore(_ keys: [String]) {
        for key in keys { _ = take(key) }
    }

    /// The path of member `key` as written in the file (`key` matched case-insensitively; as given when absent).
    func path(of key: String) -> JSONPath {
        path.appending(key: members.first { $0.key.caseInsensitiveEquals(key) }?.key ?? key)
    }

    /// The location of the object itself (for a missing key).
    var location: SourceLocation { SourceLocation(file: file, jsonPath: path.text) }

    /// The location of a member.
    func location(of memberPath: JSONPath) -> SourceLocation { SourceLocation(file: file, jsonPath: memberPath.text) }

    /// Records an `unknownField` warning for every key not taken.
    func reportUnknownKeys(log: inout DiagnosticLog) {
        for (index, member) in members.enumerated() where !used[index] {
            log.warning(.unknownField(name: member.key), at: location(of: path.appending(key: member.key)))
        }
    }
}

extension String {
    /// ASCII-case-insensitive equality (header names and JSON keys are ASCII in every format of the dataset).
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && lowercased() == other.lowercased()
    }
}
