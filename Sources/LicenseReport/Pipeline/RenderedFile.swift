/// One file of the site, rendered in memory: the output of the render stage, the input of
/// validation and publishing.
public struct RenderedFile: Hashable, Sendable {
    /// Path inside the output folder, `/`-separated, no leading slash: "status.html", "usage/2026-03.csv".
    public var path: String
    /// The bytes to write.
    public var contents: [UInt8]
    /// The template the file came from ("html/status.mustache"), or `nil` for files not made from a template.
    public var template: String?

    /// Creates a file from text (written as UTF-8).
    public init(path: String, text: String, template: String? = nil) {
        self.path = path
        self.contents = Array(text.utf8)
        self.template = template
    }

    /// Creates a file from bytes.
    public init(path: String, bytes: [UInt8], template: String? = nil) {
        self.path = path
        self.contents = bytes
        self.template = template
    }

    /// The contents decoded as UTF-8 (invalid sequences repaired).
    public var text: String { String(decoding: contents, as: UTF8.self) }
}
