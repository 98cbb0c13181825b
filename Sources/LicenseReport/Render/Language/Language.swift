import Foundation

/// The language a render runs in: the catalogue of words and the locale's number and date formats.
///
/// `SiteRenderer` binds it for the duration of one render (`Language.$current.withValue`), and
/// `DisplayText` and `TemplateLibrary.render` read it there. A task-local rather than a parameter: the
/// words are needed by some 140 formatting calls in 30 view-model files, and one scoped value keeps
/// those signatures (and the other branches editing them) as they are, while staying exact about scope:
/// it is bound per render call, on the calling thread or task, so concurrent tenants of a fleet build
/// each see their own language, and nothing outside a render can see one at all (outside, it is English).
public struct Language: Sendable {
    /// The words.
    public let catalogue: Catalogue
    /// Numbers, money and dates (built on first use: a renderer holds all six languages).
    var formats: LocaleFormats { LocaleFormats.of(catalogue.code) }

    /// The language of `catalogue`'s code.
    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// The code ("nb"), also the pages' `lang` attribute.
    public var code: LocaleCode { catalogue.code }

    /// The language of the render in progress; English (the bundled en.json) outside a render.
    @TaskLocal static var current: Language = .bundledEnglish

    /// The bundled English catalogue, the default of `current` (unit tests of `DisplayText` run in it).
    /// A bundled file that does not load is a broken build of the program, not a user error: `CatalogueTests`
    /// loads every bundled catalogue, so a release cannot ship one that fails here.
    static let bundledEnglish: Language = {
        // en.json alone: the other catalogues are loaded and checked against it with the templates (`SiteRenderer`).
        var problems: [Diagnostic] = []
        let folder = TemplateLibrary.bundledDirectory + "/" + Catalogue.folderName
        guard let english = Catalogue.load(path: folder + "/en.json", display: "templates/\(Catalogue.folderName)/en.json",
                                           code: .en, problems: &problems) else {
            fatalError("the bundled English catalogue does not load: \(problems)")
        }
        return Language(catalogue: english)
    }()
}
