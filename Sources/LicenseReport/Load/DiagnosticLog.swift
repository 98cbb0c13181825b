/// The diagnostics of one load-and-check run, collected across all files so that every problem is
/// reported in one run. `--strict` turns each warning into an error as it is recorded.
struct DiagnosticLog {
    /// Everything recorded so far, in the order found (sorted when thrown).
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether warnings are recorded as errors.
    let strict: Bool

    /// Creates an empty log.
    init(strict: Bool) { self.strict = strict }

    /// Records an error.
    mutating func error(_ reason: Reason, at location: SourceLocation?, stage: Stage) {
        diagnostics.append(Diagnostic(reason, at: location, stage: stage))
    }

    /// Records a warning, or an error under `--strict`.
    mutating func warning(_ reason: Reason, at location: SourceLocation?, stage: Stage) {
        diagnostics.append(Diagnostic(reason, at: location, stage: stage, severity: strict ? .error : .warning))
    }

    /// Records diagnostics found elsewhere (the CSV reader's), applying `--strict` to warnings.
    mutating func append(contentsOf others: [Diagnostic]) {
        for var diagnostic in others {
            if strict { diagnostic.severity = .error }
            diagnostics.append(diagnostic)
        }
    }

    /// Whether any error has been recorded.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Number of errors recorded so far.
    var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// The warnings, sorted by position.
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning }.sorted() }
}
