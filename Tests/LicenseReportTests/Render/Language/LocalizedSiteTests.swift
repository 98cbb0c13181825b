import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// Every fixture built in every language: valid pages with `lang`, no English word of the catalogue that
/// the language translates, machine formats unchanged; and golden files of the nb and de pages.
@Suite(.goldenFolders("fixture-nordlys-nb", "fixture-nordlys-de")) struct LocalizedSiteTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 15)!
    static let renderer = Result { try SiteRenderer(templatesDirectory: nil) }

    /// The site of `fixture` in `locale`, as `license-report build --locale` renders it, validated.
    static func site(_ fixture: String, _ locale: LocaleCode) throws -> [RenderedFile] {
        let checked = try DatasetLoader.load(folder: Repository.url("fixtures/\(fixture)").path)
        let report = ReportBuilder.build(checked.dataset, asOf: asOf)
        let files = try renderer.get().renderSite(report, audience: .admin, csvDialect: .standard, locale: locale)
        #expect(SiteValidator.validate(files) == [], "\(fixture) \(locale)")
        return files
    }

    /// The words (letters only, lower-cased, 3 or more) of `text`.
    static func words(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count >= 3 })
    }

    /// The words a reader sees on a page: text content and the alt, title and aria-label attributes,
    /// without the stylesheet, the tags and the placeholders' names.
    static func visibleWords(_ file: RenderedFile) -> Set<String> {
        var text = file.text
        for pattern in ["<style[^>]*>[\\s\\S]*?</style>", "<!--[\\s\\S]*?-->"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        var attributes = ""
        let regex = try! NSRegularExpression(pattern: "(?:alt|title|aria-label)=\"([^\"]*)\"")
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            attributes += " " + (text as NSString).substring(with: match.range(at: 1))
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "\\]\\([^)]*\\)", with: "] ", options: .regularExpression) // Markdown link targets
        return words(text + attributes)
    }

    /// The words of the English catalogue that `code` translates: those that appear nowhere in its own
    /// catalogue (so "Status", "Normal", "CRM" or "ActiveUsers", the same in both, are allowed).
    static func englishOnlyWords(_ code: LocaleCode) throws -> Set<String> {
        let catalogues = try Catalogue.loadAll(folder: Repository.url("templates/languages").path, displayFolder: "languages")
        func all(_ catalogue: Catalogue) -> Set<String> {
            Set(catalogue.entries.values.flatMap(\.forms).flatMap { words(Catalogue.fill($0, [:]).replacingOccurrences(of: "\\{[a-z_]+\\}", with: " ", options: .regularExpression)) })
        }
        return all(catalogues[.en]!).subtracting(all(catalogues[code]!))
    }

    /// Words of the data (names, messages, descriptions are shown as they are), and of the file names.
    static func dataWords(_ fixture: String) throws -> Set<String> {
        let folder = Repository.url("fixtures/\(fixture)")
        var words = Set<String>()
        for (path, data) in try snapshot(of: folder) { words.formUnion(Self.words(path + " " + String(decoding: data, as: UTF8.self))) }
        return words
    }

    static let languages = LocaleCode.allCases.filter { $0 != .en }

    @Test(arguments: Repository.fixtureNames(), languages)
    func aSiteInEveryLanguageHasItsLangAndNoEnglishWordOfTheCatalogue(fixture: String, code: LocaleCode) throws {
        let files = try Self.site(fixture, code)
        // SuperOffice's product names ("Sales Intelligence", "Customer Centre") are names, the same in every language.
        let productNames = (LicenseTypeReference.systemLicenses + LicenseTypeReference.userPlans).map(\.typeName).joined(separator: " ")
        let forbidden = try Self.englishOnlyWords(code).subtracting(Self.dataWords(fixture)).subtracting(Self.words(productNames))
        #expect(forbidden.count > 100)
        for file in files where file.path.hasSuffix(".html") || file.path.hasSuffix(".md") || file.path == "feed.xml" || file.path == "badge.svg" {
            let english = Self.visibleWords(file).intersection(forbidden)
            #expect(english.isEmpty, "\(fixture) \(code) \(file.path): \(english.sorted())")
            if file.path.hasSuffix(".html") {
                #expect(file.text.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(code)\""), "\(file.path) lacks lang=\"\(code)\"")
            }
        }
    }

    @Test(arguments: languages)
    func machineFormatsStayAsInEnglish(code: LocaleCode) throws {
        let english = Dictionary(uniqueKeysWithValues: try Self.site("nordlys-module-based", .en).map { ($0.path, $0.contents) })
        for file in try Self.site("nordlys-module-based", code)
        where file.path == "report.json" || file.path == "history.json" || file.path.hasSuffix(".csv") || file.path.hasSuffix(".json") {
            #expect(english[file.path] == file.contents, "\(file.path) differs in \(code)")
        }
    }

    @Test(arguments: [LocaleCode.nb, .de])
    func pagesMatchGoldenFiles(code: LocaleCode) async throws {
        let kept = try Self.site("nordlys-module-based", code).filter {
            ["index.html", "index.md", "status.html", "status.md", "usage/2026-10.html", "usage/2026-10.md"].contains($0.path)
        }
        #expect(kept.count == 6)
        try await Golden.check(kept, in: "fixture-nordlys-\(code)")
    }

    @Test func aLanguageIsBoundOnlyForItsRender() throws {
        let norwegian = try Self.site("nordlys-module-based", .nb)
        let english = try Self.site("nordlys-module-based", .en)
        #expect(norwegian != english)
        #expect(DisplayText.daysLeft(2) == "2 days left")
        #expect(try Self.site("nordlys-module-based", .nb) == norwegian)
    }
}
