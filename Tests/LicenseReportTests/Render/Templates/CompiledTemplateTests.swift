import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// `CompiledTemplate` renders byte for byte what swift-mustache renders: every page of every sample and
/// hostile report in every language, and templates written to reach each rule of swift-mustache 2.1.1's
/// renderer (names, sections, content types, partial indentation).
@Suite struct CompiledTemplateTests {
    /// The template each view model is rendered with, per format folder.
    static func templateStem(of model: Any) -> String? {
        switch model {
        case is IndexPage: "index"
        case is LicensesPage: "licenses"
        case is StatusPage: "status"
        case is UsageIndexPage: "usage-index"
        case is UsageMonthPage: "usage-month"
        case is FleetIndexPage: "fleet-index"
        default: nil
        }
    }

    @Test func everyBundledTemplateCompiles() throws {
        let library = try TemplateLibrary(directory: nil)
        #expect(library.compiled.keys.sorted() == library.names)
    }

    @Test(arguments: LocaleCode.allCases)
    func everySamplePageRendersAsSwiftMustacheRendersIt(_ locale: LocaleCode) throws {
        let renderer = try SiteRenderer(templatesDirectory: nil)
        var models = MustacheViewModelTests.samples()
        let hostile = HostileReport.report()
        models += [IndexPage(report: hostile), LicensesPage(report: hostile), StatusPage(report: hostile, audience: .admin),
                   UsageIndexPage(hostile)]
        models += hostile.usageMonths.map { UsageMonthPage($0, of: hostile) }
        var compared = 0
        try renderer.inLanguage(locale) { () throws(DiagnosticError) in
            for model in models {
                guard let stem = Self.templateStem(of: model) else { continue }
                for folder in ["html", "markdown"] {
                    let name = "\(folder)/\(stem)"
                    let fast = try renderer.templates.render(model, template: name, engine: .automatic)
                    let reference = try renderer.templates.render(model, template: name, engine: .swiftMustache)
                    #expect(fast == reference, "\(locale) \(name) of \(type(of: model)) differs")
                    #expect(!fast.isEmpty)
                    compared += 1
                }
            }
        }
        #expect(compared >= 60)
    }

    /// A view model for the rule templates below.
    struct Sample: MustacheViewModel {
        var title = "A & B"
        var empty = ""
        var yes = true
        var no = false
        var missing: String? = nil
        var present: String? = "<here>"
        var count = 3
        var items = [Item(name: "one", note: nil), Item(name: "two", note: "2")]
        var noItems: [Item] = []
        var words = ["x", "y"]
        var child: Item? = Item(name: "inner", note: "n")
        var noChild: Item? = nil

        static let mustacheKeys: TemplateKeys<Self> = [
            "title": .init(\.title) { $0.title }, "empty": .init(\.empty) { $0.empty }, "yes": .init(\.yes) { $0.yes }, "no": .init(\.no) { $0.no },
            "missing": .init(\.missing) { $0.missing }, "present": .init(\.present) { $0.present }, "count": .init(\.count) { $0.count }, "items": .init(\.items) { $0.items },
            "noItems": .init(\.noItems) { $0.noItems }, "words": .init(\.words) { $0.words }, "child": .init(\.child) { $0.child }, "noChild": .init(\.noChild) { $0.noChild },
        ]
    }

    struct Item: MustacheViewModel {
        var name: String
        var note: String?
        static let mustacheKeys: TemplateKeys<Self> = ["name": .init(\.name) { $0.name }, "note": .init(\.note) { $0.note }]
    }

    /// Templates that reach every rule, each with whether the compiled renderer must take it.
    static let ruleTemplates: [(name: String, text: String, compiles: Bool)] = [
        ("names", "{{% CONTENT_TYPE: HTML}}{{title}}|{{{title}}}|{{& title}}|{{count}}|{{yes}}|{{no}}|{{missing}}|{{present}}|{{nothing}}|{{t.nav_usage}}|{{lang}}", true),
        ("dots", "{{% CONTENT_TYPE: HTML}}{{child.name}}|{{child.note}}|{{noChild.name}}|{{#items}}[{{name}}:{{note}}:{{.name}}:{{title}}:{{.title}}]{{/items}}|{{child.nothing.deeper}}", true),
        ("sections", "{{% CONTENT_TYPE: HTML}}{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{#empty}}E[{{.}}]{{/empty}}{{^empty}}!E{{/empty}}{{#missing}}M{{/missing}}{{^missing}}!M{{/missing}}{{#present}}P[{{.}}]{{/present}}{{#count}}C[{{.}}]{{/count}}{{#noItems}}I{{/noItems}}{{^noItems}}!I[{{.}}]{{/noItems}}{{^items}}!items{{/items}}{{#words}}<{{.}}>{{/words}}{{#child}}({{name}}/{{title}}){{/child}}{{^noChild}}no child{{/noChild}}", true),
        ("printing", "{{% CONTENT_TYPE: HTML}}{{items}}|{{child}}|{{words}}|{{noItems}}", true),
        ("markdown", "{{% CONTENT_TYPE: MARKDOWN}}{{title}} {{#items}}{{% CONTENT_TYPE: HTML}}{{title}}{{/items}} {{title}}", true),
        ("indent", "{{% CONTENT_TYPE: HTML}}<ul>\n  {{> _row}}\n\r\n    {{> _rows}}\nend\n", true),
        ("_row", "{{% CONTENT_TYPE: HTML}}<li>{{title}}</li>\n<li>\n{{title}}</li>\r\n{{title}}\n", true),
        ("_rows", "{{% CONTENT_TYPE: HTML}}{{#items}}\n<li>{{name}}</li>\n{{/items}}\n  {{> _row}}\n", true),
        ("root", "{{% CONTENT_TYPE: TEXT}}[{{.}}]{{% CONTENT_TYPE: HTML}}{{#yes}}{{{.}}}{{/yes}}{{^no}}{{{.}}}{{/no}}", true),
        ("nopragma", "{{title}}", false),
        ("nopragma-unescaped", "{{{title}}}", true),
        ("partial-resets", "{{% CONTENT_TYPE: HTML}}{{> nopragma}}", false),
        ("missing-partial", "{{% CONTENT_TYPE: HTML}}a{{> nosuchpartial}}b", true),
        ("transform", "{{% CONTENT_TYPE: HTML}}{{#items}}{{index()}}{{/items}}", false),
        ("inherit", "{{% CONTENT_TYPE: HTML}}{{<_row}}{{$b}}x{{/b}}{{/_row}}", false),
    ]

    @Test func ruleTemplatesRenderAsSwiftMustacheRendersThem() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for template in Self.ruleTemplates {
            try Data(template.text.utf8).write(to: folder.appendingPathComponent("\(template.name).mustache"))
        }
        let library = try TemplateLibrary(directory: folder.path)
        let renderer = try SiteRenderer(templatesDirectory: nil)
        try renderer.inLanguage(.nb) { () throws(DiagnosticError) in
            for template in Self.ruleTemplates {
                let name = template.name
                #expect((library.compiled[name] != nil) == template.compiles, "\(name): compiled \(library.compiled[name] != nil)")
                let fast = try library.render(Sample(), template: name, engine: .automatic)
                let reference = try library.render(Sample(), template: name, engine: .swiftMustache)
                #expect(fast == reference, "\(name)")
            }
        }
        // The rules' results themselves, so that a change of swift-mustache's behaviour is seen here too.
        let sections = try renderer.inLanguage(.en) { () throws(DiagnosticError) in try library.render(Sample(), template: "sections") }
        #expect(sections == "Y!NE[]!MP[&lt;here&gt;]C[3]!I[[]]<x><y>(inner/A &amp; B)no child")
        let dots = try renderer.inLanguage(.en) { () throws(DiagnosticError) in try library.render(Sample(), template: "dots") }
        #expect(dots == "inner|n||[one::one:A &amp; B:][two:2:two:A &amp; B:]|")
        let indent = try renderer.inLanguage(.en) { () throws(DiagnosticError) in try library.render(Sample(), template: "indent") }
        #expect(indent.contains("\n  <li>\n  A &amp; B</li>"), "\(indent.debugDescription)")
    }
}
