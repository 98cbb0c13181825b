/// The pipeline stage a diagnostic comes from. The command line maps stages to exit codes.
public enum Stage: String, Hashable, Sendable {
    /// The command line: arguments and options (exit 64, EX_USAGE).
    case commandLine
    /// Calling SuperOffice's Web API (`fetch`): unreachable (69), not the expected JSON (76), authentication
    /// (77), credentials or CA file (78).
    case fetch
    /// Reading files: missing folder or file (exit 66), unreadable or malformed file (exit 65).
    case load
    /// Input rules (exit 65).
    case check
    /// Rendering templates (exit 70).
    case render
    /// Validating rendered pages (exit 70).
    case validate
    /// Printing the usage reports to PDF with Chromium (`--pdf`): a browser or checker that is missing,
    /// fails or hangs (exit 69, EX_UNAVAILABLE); a PDF that fails its check (exit 70).
    case pdf
    /// Writing the output folder (exit 73).
    case publish
}

/// One finding: an error or a warning, with its stage, position and reason.
///
/// `description` reads `file:line:column: error: message` (or `file: $.path: …` for JSON),
/// the format compilers use, so editors and CI logs can jump to it.
public struct Diagnostic: Error, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Whether the build stops.
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// Where, when there is a position.
    public var location: SourceLocation?
    /// What, with its values.
    public var reason: Reason

    /// Creates an error (the default) or a warning.
    public init(_ reason: Reason, at location: SourceLocation? = nil, severity: Severity = .error) {
        self.reason = reason
        self.location = location
        self.severity = severity
    }

    /// The stage that found it: the reason's (`Reason.stage`).
    public var stage: Stage { reason.stage }

    /// The message without position: "InUse 12 is greater than Total 10".
    public var message: String { reason.message }

    /// `file:line:column: error: message`, or `error: message` without a position.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    /// Sorted by file and position; diagnostics without a position come first, and a file's
    /// `moreProblems` tally comes last in its file, after the problems it continues.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, nil): return lhs.message < rhs.message
        case (nil, _): return true
        case (_, nil): return false
        case (let l?, let r?):
            if l.file != r.file { return l.file < r.file }
            if lhs.isTally != rhs.isTally { return rhs.isTally }
            return l == r ? lhs.message < rhs.message : l < r
        }
    }

    /// Whether this is a `moreProblems` line (which stands for diagnostics that are not listed).
    private var isTally: Bool {
        if case .moreProblems = reason { return true }
        return false
    }

    /// The real number of errors and warnings among `diagnostics`: each diagnostic counts once, except a
    /// `moreProblems` line, which counts the errors and warnings it stands for.
    public static func counts(_ diagnostics: [Diagnostic]) -> (errors: Int, warnings: Int) {
        diagnostics.reduce(into: (errors: 0, warnings: 0)) { total, diagnostic in
            if case let .moreProblems(errors, warnings) = diagnostic.reason {
                total.errors += errors
                total.warnings += warnings
            } else if diagnostic.severity == .error {
                total.errors += 1
            } else {
                total.warnings += 1
            }
        }
    }
}

/// A failed stage: every diagnostic it found (sorted), errors and warnings alike.
public struct DiagnosticError: Error, Hashable, Sendable, CustomStringConvertible {
    /// All diagnostics, sorted by file and position; at least one has severity `.error`.
    public var diagnostics: [Diagnostic]

    /// Wraps diagnostics, sorting them.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    /// The stage of the first error (decides the exit code).
    public var stage: Stage { (diagnostics.first { $0.severity == .error } ?? diagnostics[0]).stage }

    /// Number of errors, those a `moreProblems` line stands for included.
    public var errorCount: Int { Diagnostic.counts(diagnostics).errors }

    /// Number of warnings, those a `moreProblems` line stands for included.
    public var warningCount: Int { Diagnostic.counts(diagnostics).warnings }

    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
