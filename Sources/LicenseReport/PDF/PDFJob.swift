/// One PDF to print: the validated, self-contained HTML page it is printed from, the document
/// information to give it and the text it must contain. Made by the render stage
/// (`SiteRenderer.renderPDFJobs`), printed after validation by `PDFPrinter`.
public struct PDFJob: Hashable, Sendable {
    /// Where the PDF goes in the output folder: "usage/2026-10.pdf".
    public var path: String
    /// The page to print (no link or reference outside itself: styles inline).
    public var page: RenderedFile
    /// Title, Subject, Keywords.
    public var info: PDFDocumentInfo
    /// Text the PDF's text layer must contain, as the page shows it: the month's total, "397.94 NOK".
    public var requiredText: String
}

/// How `--pdf` prints: which browser, and how long one program may run.
public struct PDFOptions: Hashable, Sendable {
    /// `--chromium PATH`: the browser to run (a path, or a name looked up on PATH); `nil` looks for
    /// `chromium`, `chromium-browser` and `google-chrome` on PATH.
    public var chromium: String?
    /// `--pdf-timeout`: seconds Chromium (and each checker) may run for one page before it is stopped.
    public var timeoutSeconds: Int

    /// Options; the defaults are those of `--pdf` alone.
    public init(chromium: String? = nil, timeoutSeconds: Int = 60) {
        self.chromium = chromium
        self.timeoutSeconds = timeoutSeconds
    }
}
