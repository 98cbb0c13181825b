import Foundation
import LicenseReportCore

/// Reading and checking the catalogues of a templates folder (`languages/<code>.json`), with the templates:
/// every problem at its file and JSON path, all of them in one run (exit 70).
extension Catalogue {
    /// The folder of the catalogues inside a templates folder.
    static let folderName = "languages"

    /// Reads every catalogue of `LocaleCode.allCases` from `folder` and checks each against `en.json`:
    /// the same keys, the same placeholders, plural where English is plural.
    /// - Parameters:
    ///   - folder: the `languages` folder to read.
    ///   - displayFolder: its name in diagnostics ("templates/languages").
    /// - Returns: the catalogues by code.
    /// - Throws: `DiagnosticError` (stage `.render`): `.templateMissing` for a missing file, `.catalogueSyntax`
    ///   at `file:line:column`, `.catalogueEntryType`, `.catalogueKeyMissing`, `.catalogueKeyUnknown`,
    ///   `.cataloguePlaceholders`, `.cataloguePluralMismatch` at `file $.key`.
    static func loadAll(folder: String, displayFolder: String) throws(DiagnosticError) -> [LocaleCode: Catalogue] {
        var problems: [Diagnostic] = []
        var catalogues: [LocaleCode: Catalogue] = [:]
        for code in LocaleCode.allCases {
            let display = "\(displayFolder)/\(code.rawValue).json"
            if let catalogue = load(path: "\(folder)/\(code.rawValue).json", display: display, code: code, problems: &problems) {
                catalogues[code] = catalogue
            }
        }
        if let english = catalogues[.en] {
            for code in LocaleCode.allCases where code != .en {
                guard let catalogue = catalogues[code] else { continue }
                problems += catalogue.differences(from: english, file: "\(displayFolder)/\(code.rawValue).json")
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return catalogues
    }

    /// One file, or `nil` after recording why not.
    static func load(path: String, display: String, code: LocaleCode, problems: inout [Diagnostic]) -> Catalogue? {
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(Diagnostic(.templateMissing(name: display)))
            return nil
        }
        let bytes = [UInt8](data)
        let parsed: Result<JSONValue, JSONParser.SyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParser.SyntaxError) in try JSONParser.parse(buffer) }
        }
        let root: JSONValue
        switch parsed {
        case .success(let value): root = value
        case .failure(let error):
            let position = bytes.withUnsafeBufferPointer { TextPosition.lineAndColumn(of: error.byteOffset, in: $0) }
            problems.append(Diagnostic(.catalogueSyntax(detail: error.detail),
                                       at: SourceLocation(file: display, line: position.line, column: position.column)))
            return nil
        }
        guard case .object(let members) = root else {
            problems.append(Diagnostic(.catalogueEntryType(key: "$", found: root.typeDescription),
                                       at: SourceLocation(file: display, jsonPath: "$")))
            return nil
        }
        var entries: [String: Entry] = [:]
        for member in members {
            let at = SourceLocation(file: display, jsonPath: JSONPath.root.appending(key: member.key).text)
            switch member.value {
            case .string(let text): entries[member.key] = .text(text)
            case .object(let forms) where forms.count == 2:
                let one = forms.first { $0.key == "one" }?.value, other = forms.first { $0.key == "other" }?.value
                if case .string(let oneText)? = one, case .string(let otherText)? = other {
                    entries[member.key] = .plural(one: oneText, other: otherText)
                } else {
                    problems.append(Diagnostic(.catalogueEntryType(key: member.key, found: "an object with other members"), at: at))
                }
            default:
                problems.append(Diagnostic(.catalogueEntryType(key: member.key, found: member.value.typeDescription), at: at))
            }
        }
        return Catalogue(code: code, entries: entries)
    }

    /// What makes this catalogue differ in shape from English, each at `file $.key`, sorted by key.
    func differences(from english: Catalogue, file: String) -> [Diagnostic] {
        func at(_ key: String) -> SourceLocation { SourceLocation(file: file, jsonPath: JSONPath.root.appending(key: key).text) }
        var problems: [Diagnostic] = []
        for key in english.keys {
            guard let entry = entries[key], let reference = english.entries[key] else {
                problems.append(Diagnostic(.catalogueKeyMissing(key: key), at: SourceLocation(file: file, jsonPath: "$")))
                continue
            }
            switch (reference, entry) {
            case (.text, .plural): problems.append(Diagnostic(.cataloguePluralMismatch(key: key, pluralInEnglish: false), at: at(key)))
            case (.plural, .text): problems.append(Diagnostic(.cataloguePluralMismatch(key: key, pluralInEnglish: true), at: at(key)))
            default:
                if entry.placeholders != reference.placeholders {
                    problems.append(Diagnostic(.cataloguePlaceholders(key: key, expected: reference.placeholders, found: entry.placeholders),
                                               at: at(key)))
                }
            }
        }
        for key in keys where english.entries[key] == nil {
            problems.append(Diagnostic(.catalogueKeyUnknown(key: key), at: at(key)))
        }
        return problems
    }
}
