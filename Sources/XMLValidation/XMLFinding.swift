/// A position in a page: 1-based line and 1-based column (counted in Unicode scalars, as editors do).
public struct XMLPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    /// Ordered by line, then column.
    public static func < (lhs: XMLPosition, rhs: XMLPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One problem found in one page by `XMLPageChecker`.
public struct XMLFinding: Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem.
    public enum Kind: String, Hashable, Sendable {
        /// A libxml2 parse error or warning: the page is not well-formed XML. `detail` is libxml2's message.
        case malformed
        /// An `id` value used a second (or later) time. `detail` is the id.
        case duplicateID
        /// An `img` element without an `alt` attribute. `detail` is empty.
        case missingAlt
        /// A `table` without a header row. `detail` is empty.
        case tableWithoutHeader
        /// A document that does not match its schema (`RelaxNGValidator`). `detail` is libxml2's message.
        case invalid
    }

    /// Where: for parse errors libxml2's position; for the other kinds the start of the element
    /// (`<img`, `<table`) or of the attribute (`id=`).
    public var position: XMLPosition
    /// The kind of problem.
    public var kind: Kind
    /// The libxml2 message (for `.malformed`) or the offending value (the id for `.duplicateID`).
    public var detail: String

    /// 1-based line.
    public var line: Int { position.line }
    /// 1-based column.
    public var column: Int { position.column }

    /// `line:column: kind: detail`, for test failures and logs.
    public var description: String { "\(position): \(kind.rawValue): \(detail)" }
}

/// A link found in a page: an `href` attribute value with the position of the attribute.
public struct XMLLink: Hashable, Sendable {
    /// The attribute value as written (entities resolved by the parser: `a.html?x=1&amp;y=2` reads `a.html?x=1&y=2`).
    public var href: String
    /// The position of the `href` attribute in the page.
    public var position: XMLPosition

}

/// Everything `XMLPageChecker` learns about one page.
public struct XMLPageReport: Hashable, Sendable {
    /// Every problem, in document order (parse errors first, as libxml2 reports them).
    public var findings: [XMLFinding]
    /// `true` when libxml2 found no error: the page is well-formed XML and the tree checks ran on all of it.
    public var isWellFormed: Bool
    /// Every `id` value of the page, sorted (each once), for resolving `page.html#id` links.
    public var ids: [String]
    /// Every `href` (on any element, in document order), for the site-level link check.
    public var links: [XMLLink]

}
