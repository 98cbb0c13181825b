/// The parts every page shares (header, navigation, footer), pre-formatted for the `_header` and
/// `_footer` partials of both formats.
///
/// `root` is the relative path from the page to the site root ("" for top-level pages, "../" for
/// pages in a subfolder such as `usage/`), so the partials work at any depth.
public struct PageChrome: Sendable {
    /// One entry of the site navigation.
    public struct NavLink: Sendable {
        /// Target of the HTML page, relative to the site root: "status.html".
        public let htmlHref: String
        /// Target of the Markdown page, relative to the site root: "status.md".
        public let markdownHref: String
        /// "Status".
        public let label: String
        /// True on the page the link points to (`aria-current="page"`).
        public let isCurrent: Bool
        /// True for the last link (Markdown puts " · " between links).
        public let isLast: Bool
    }

    /// The page title ("Licences"), also the `<h1>`.
    public let pageTitle: String
    /// The site's title, naming the customer: "Nordlys Energi AS — SuperOffice licences"
    /// ("SuperOffice licences" when the customer has no CompanyName).
    public let siteTitle: String
    /// The dataset's display name (its folder name), shown in the footer only.
    public let datasetName: String
    /// The report date, `YYYY-MM-DD`.
    public let asOf: String
    /// The report date for reading, in the page's language: "2026-11-15" (en), "15. november 2026" (nb).
    public let asOfText: String
    /// Whom the report was prepared for, when given.
    public let preparedFor: String?
    /// Relative path to the site root: "" or "../".
    public let root: String
    /// Overview, Licences, Status, and Usage when the report has metered lines.
    public let nav: [NavLink]
    /// The status headline every page starts with.
    let headline: HeadlineView
    /// The Atom feed of the site's changes, relative to the page: "feed.xml" or "../feed.xml".
    public let feedHref: String

    /// The pages every site has, in navigation order: (file stem, label).
    static let pages: [(stem: String, label: String)] = [("index", "nav_overview"), ("licenses", "nav_licences"), ("status", "nav_status")]

    /// Builds the chrome of one page.
    /// - Parameters:
    ///   - report: the report (dataset name, report date, prepared for, whether usage pages exist).
    ///   - pageTitle: the page's title.
    ///   - current: the current page's path stem relative to the root ("status", "usage/index").
    ///   - root: relative path from the page to the site root.
    public init(report: Report, pageTitle: String, current: String, root: String = "") {
        self.pageTitle = pageTitle
        self.siteTitle = PageChrome.siteTitle(report.customer)
        self.datasetName = report.datasetName
        self.asOf = report.asOf.description
        self.asOfText = DisplayText.date(report.asOf)
        self.preparedFor = report.status.preparedFor.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
        self.root = root
        self.headline = HeadlineView(report: report, anchors: SiteAnchors(report: report))
        self.feedHref = root + SiteRenderer.feedPath
        var stems = PageChrome.pages
        if PageChrome.hasUsagePages(report) { stems.append(("usage/index", "nav_usage")) }
        self.nav = stems.enumerated().map { index, page in
            NavLink(htmlHref: root + page.stem + ".html", markdownHref: root + page.stem + ".md", label: DisplayText.words(page.label),
                    isCurrent: page.stem == current, isLast: index == stems.count - 1)
        }
    }

    /// The site title: "COMPANY — SuperOffice licences", or "SuperOffice licences" without a company name.
    public static func siteTitle(_ customer: Customer) -> String {
        let company = customer.companyName.trimmingSpaces
        return company.isEmpty ? DisplayText.words("site_title") : DisplayText.words("site_title_company", ["company": company])
    }

    /// Whether the site has usage pages (`usage/index.html`): only when the report has usage months.
    public static func hasUsagePages(_ report: Report) -> Bool { !report.usageMonths.isEmpty }
}

extension PageChrome: MustacheViewModel {
    /// The stored properties of `PageChrome`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "pageTitle": .init(\.pageTitle) { $0.pageTitle }, "siteTitle": .init(\.siteTitle) { $0.siteTitle }, "datasetName": .init(\.datasetName) { $0.datasetName }, "asOf": .init(\.asOf) { $0.asOf }, "asOfText": .init(\.asOfText) { $0.asOfText },
        "preparedFor": .init(\.preparedFor) { $0.preparedFor }, "root": .init(\.root) { $0.root }, "nav": .init(\.nav) { $0.nav }, "headline": .init(\.headline) { $0.headline }, "feedHref": .init(\.feedHref) { $0.feedHref },
    ]
}

extension PageChrome.NavLink: MustacheViewModel {
    /// The stored properties of `PageChrome.NavLink`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "htmlHref": .init(\.htmlHref) { $0.htmlHref }, "markdownHref": .init(\.markdownHref) { $0.markdownHref }, "label": .init(\.label) { $0.label }, "isCurrent": .init(\.isCurrent) { $0.isCurrent },
        "isLast": .init(\.isLast) { $0.isLast },
    ]
}
