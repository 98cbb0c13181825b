import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// The language catalogues (`templates/languages/<code>.json`): the bundled ones are complete and agree
/// with English, and an edited one with a missing, extra or mistyped entry is refused at its file and key.
@Suite struct CatalogueTests {
    static let bundled = Repository.url("templates/languages")

    static func bundledCatalogues() throws -> [LocaleCode: Catalogue] {
        try Catalogue.loadAll(folder: bundled.path, displayFolder: "templates/languages")
    }

    @Test func everyBundledCatalogueHasExactlyTheKeysAndPlaceholdersOfEnglish() throws {
        let catalogues = try Self.bundledCatalogues()
        #expect(catalogues.keys.sorted() == LocaleCode.allCases)
        let english = try #require(catalogues[.en])
        #expect(english.keys.count > 150)
        for code in LocaleCode.allCases {
            let catalogue = try #require(catalogues[code])
            #expect(catalogue.keys == english.keys, "\(code)")
            for key in english.keys {
                #expect(catalogue.entries[key]?.placeholders == english.entries[key]?.placeholders, "\(code).\(key)")
            }
        }
    }

    @Test func everyKeyIsSnakeCaseSoThatATemplateCanNameIt() throws {
        for key in try #require(Self.bundledCatalogues()[.en]).keys {
            #expect(key.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }, "\(key)")
        }
    }

    @Test func everyTranslationDiffersFromEnglishSomewhere() throws {
        let catalogues = try Self.bundledCatalogues()
        let english = try #require(catalogues[.en])
        for code in LocaleCode.allCases where code != .en {
            let catalogue = try #require(catalogues[code])
            let same = english.keys.filter { catalogue.entries[$0] == english.entries[$0] }
            // Placeholders only ("{date} ({days_left})"), names and symbols may stay as they are; words may not.
            #expect(same.count < english.keys.count / 5, "\(code) leaves \(same.count) entries in English: \(same)")
        }
    }

    /// A folder with the bundled catalogues, `nb.json` replaced by `nb`.
    static func folder(nb: String) throws -> URL {
        let folder = try temporaryFolder("catalogues")
        for code in LocaleCode.allCases {
            try FileManager.default.copyItem(at: bundled.appendingPathComponent("\(code).json"),
                                             to: folder.appendingPathComponent("\(code).json"))
        }
        try Data(nb.utf8).write(to: folder.appendingPathComponent("nb.json"), options: .atomic)
        return folder
    }

    /// English with `change` applied to its entries, as JSON.
    static func english(_ change: (inout [String: Any]) -> Void) throws -> String {
        let data = try Data(contentsOf: bundled.appendingPathComponent("en.json"))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        change(&object)
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func aMissingKeyAnExtraKeyAndWrongPlaceholdersAreEachAnErrorAtTheirKey() throws {
        let nb = try Self.english { entries in
            entries["nav_usage"] = nil
            entries["nav_usgae"] = "Forbruk"
            entries["usage_of"] = "{count} av {max}"
            entries["days_left"] = "{count} dager igjen"
            entries["title_status"] = ["one": "Status"]
        }
        let folder = try Self.folder(nb: nb)
        #expect(throws: DiagnosticError([
            // The file as read (an entry of the wrong shape), then the comparison with English, key by key.
            Diagnostic(.catalogueEntryType(key: "title_status", found: "an object"),
                       at: SourceLocation(file: "languages/nb.json", jsonPath: "$.title_status")),
            Diagnostic(.cataloguePluralMismatch(key: "days_left", pluralInEnglish: true),
                       at: SourceLocation(file: "languages/nb.json", jsonPath: "$.days_left")),
            Diagnostic(.catalogueKeyMissing(key: "nav_usage"), at: SourceLocation(file: "languages/nb.json", jsonPath: "$")),
            Diagnostic(.catalogueKeyMissing(key: "title_status"), at: SourceLocation(file: "languages/nb.json", jsonPath: "$")),
            Diagnostic(.cataloguePlaceholders(key: "usage_of", expected: ["count", "maximum"], found: ["count", "max"]),
                       at: SourceLocation(file: "languages/nb.json", jsonPath: "$.usage_of")),
            Diagnostic(.catalogueKeyUnknown(key: "nav_usgae"), at: SourceLocation(file: "languages/nb.json", jsonPath: "$.nav_usgae")),
        ])) {
            try Catalogue.loadAll(folder: folder.path, displayFolder: "languages")
        }
    }

    @Test func aCatalogueThatIsNotJSONIsRefusedAtItsLineAndColumn() throws {
        let folder = try Self.folder(nb: "{\n  \"nav_usage\": \"Forbruk\",\n  oops\n}\n")
        let error = try #require(throws: DiagnosticError.self) { try Catalogue.loadAll(folder: folder.path, displayFolder: "languages") }
        let first = try #require(error.diagnostics.first)
        #expect(first.location == SourceLocation(file: "languages/nb.json", line: 3, column: 3))
        if case .catalogueSyntax = first.reason {} else { Issue.record("expected catalogueSyntax, got \(first.reason)") }
    }

    @Test func aMissingCatalogueIsNamed() throws {
        let folder = try Self.folder(nb: "{}")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("sv.json"))
        let error = try #require(throws: DiagnosticError.self) { try Catalogue.loadAll(folder: folder.path, displayFolder: "languages") }
        #expect(error.diagnostics.contains(Diagnostic(.templateMissing(name: "languages/sv.json"))))
        #expect(error.diagnostics.contains { $0.location?.file == "languages/nb.json" }, "the other catalogues are still checked")
    }

    @Test(arguments: [
        ("{count} days left", ["count": "3"], "3 days left"),
        ("{a}{b}", ["a": "x", "b": "y"], "xy"),
        ("no placeholders", ["count": "3"], "no placeholders"),
        ("{unknown} stays", ["count": "3"], "{unknown} stays"),
        ("braces { alone", ["count": "3"], "braces { alone"),
        ("{name} has {percent} %", ["name": "{count}", "percent": "85"], "{count} has 85 %"),  // values are never re-read
    ])
    func placeholdersAreFilledOnce(text: String, values: [String: String], expected: String) {
        #expect(Catalogue.fill(text, values) == expected)
    }

    @Test func pluralFormsFollowCLDRsOneAndOther() throws {
        let nb = try #require(Self.bundledCatalogues()[.nb])
        #expect(nb.plural("days_left", count: 1, countText: "1") == "1 dag igjen")
        #expect(nb.plural("days_left", count: 2, countText: "2") == "2 dager igjen")
        #expect(nb.plural("days_left", count: 0, countText: "0") == "0 dager igjen")
        #expect(nb.plural("days_left", count: 1001, countText: "1\u{00A0}001") == "1\u{00A0}001 dager igjen")
    }

    @Test func aTemplateThatNamesNoCatalogueKeyIsRefusedAtItsTag() throws {
        let templates = try temporaryCopy(of: Repository.url("templates"), prefix: "templates")
        let footer = templates.appendingPathComponent("html/_footer.mustache")
        let text = try String(contentsOf: footer, encoding: .utf8)
        try (text + "<p>{{t.no_such_key}}</p>\n").write(to: footer, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let error = try #require(throws: DiagnosticError.self) { try SiteRenderer(templatesDirectory: templates.path) }
        #expect(error.diagnostics == [Diagnostic(.catalogueKeyNotFound(key: "no_such_key"),
                                                 at: SourceLocation(file: "\(templates.path)/html/_footer.mustache", line: lines, column: 4))])
    }
}
