import LicenseReport
import Testing

/// One row of a table-driven rule test: a named input and the one diagnostic it must give, by its reason
/// and its place, a JSON path or (without a path) the marker 1️⃣ in the input (see `MarkedText`).
///
/// ```swift
/// DiagnosticCase("month 13", "1️⃣2026-13,MailingsEmails,10", .invalidPeriod(value: "2026-13"))
/// DiagnosticCase("negative maximum", #"{"Restrictions": …}"#, at: "$.Restrictions[0].Maximum", .negativeMaximum(value: -1))
/// ```
public struct DiagnosticCase: Sendable, CustomTestStringConvertible {
    /// What the row tests, shown as the test case's name.
    public var name: String
    /// The input, with the marker 1️⃣ where a line-and-column diagnostic points.
    public var input: String
    /// The JSON path the diagnostic names, or `nil` for the marked position.
    public var path: String?
    /// What the diagnostic must say.
    public var reason: Reason

    /// Written out for the unlabelled table form above (the synthesised one is internal to this module).
    public init(_ name: String, _ input: String, at path: String? = nil, _ reason: Reason) {
        self.name = name
        self.input = input
        self.path = path
        self.reason = reason
    }

    public var testDescription: String { name }

    /// `prefix` and the input, without the marker: the text to write to the file.
    public func text(after prefix: String = "") -> String { MarkedText(prefix + input).text }

    /// Where the diagnostic points in `file` when the file holds `prefix` followed by the input: at the
    /// JSON path, or at the marker's line and column.
    public func location(in file: String, after prefix: String = "") -> LicenseReport.SourceLocation {
        if let path { return LicenseReport.SourceLocation(file: file, jsonPath: path) }
        let position = MarkedText(prefix + input)["1️⃣"]
        return LicenseReport.SourceLocation(file: file, line: position.line, column: position.column)
    }
}
