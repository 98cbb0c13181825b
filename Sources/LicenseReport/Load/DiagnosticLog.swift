/// The diagnostics of one load-and-check run, collected across all files so that every problem is
/// reported in one run. `--strict` turns each warning into an error as it is recorded.
///
/// A file whose every row is wrong would otherwise keep millions of diagnostics: after
/// `maximumPerFile` diagnostics of one file the rest are only counted, and `diagnostics` ends with one
/// `moreProblems` line for that file with the errors and warnings left out (an error when an error was
/// among them, else a warning), so memory stays bounded and nothing passes silently. The line sorts last
/// in its file, and the summary counts what it stands for (`Diagnostic.counts`).
struct DiagnosticLog {
    /// Most diagnostics kept per file.
    static let maximumPerFile = 1000

    /// What one file recorded: how many were kept, and the errors and warnings left out.
    private struct Tally {
        var kept = 0
        var droppedErrors = 0
        var droppedWarnings = 0
    }

    /// Whether warnings are recorded as errors.
    let strict: Bool
    private var kept: [Diagnostic] = []
    private var perFile: [String: Tally] = [:]

    /// Creates an empty log.
    init(strict: Bool) { self.strict = strict }

    /// Everything recorded (in the order found; sorted when thrown), then one `moreProblems` line per file
    /// that had more than `maximumPerFile`.
    var diagnostics: [Diagnostic] {
        kept + perFile.filter { $0.value.droppedErrors + $0.value.droppedWarnings > 0 }.sorted { $0.key < $1.key }.map { file, tally in
            Diagnostic(.moreProblems(errors: tally.droppedErrors, warnings: tally.droppedWarnings), at: SourceLocation(file: file),
                       severity: tally.droppedErrors > 0 ? .error : .warning)
        }
    }

    /// Records an error.
    mutating func error(_ reason: Reason, at location: SourceLocation?) {
        record(Diagnostic(reason, at: location))
    }

    /// Records a warning, or an error under `--strict`.
    mutating func warning(_ reason: Reason, at location: SourceLocation?) {
        record(Diagnostic(reason, at: location, severity: strict ? .error : .warning))
    }

    /// Records diagnostics found elsewhere (the CSV reader's), applying `--strict` to warnings.
    mutating func append(contentsOf others: [Diagnostic]) {
        for var diagnostic in others {
            if strict { diagnostic.severity = .error }
            record(diagnostic)
        }
    }

    /// Takes over everything another log recorded (a log filled inside a closure), keeping the per-file counts.
    mutating func merge(_ other: DiagnosticLog) {
        for diagnostic in other.kept { record(diagnostic) }
        for (file, theirs) in other.perFile {
            perFile[file, default: Tally()].droppedErrors += theirs.droppedErrors
            perFile[file, default: Tally()].droppedWarnings += theirs.droppedWarnings
        }
    }

    private mutating func record(_ diagnostic: Diagnostic) {
        if let file = diagnostic.location?.file {
            var tally = perFile[file, default: Tally()]
            defer { perFile[file] = tally }
            guard tally.kept < Self.maximumPerFile else {
                if diagnostic.severity == .error { tally.droppedErrors += 1 } else { tally.droppedWarnings += 1 }
                return
            }
            tally.kept += 1
        }
        kept.append(diagnostic)
    }

    /// Whether an error has been recorded in `file` (listed or only counted).
    func hasErrors(inFile file: String) -> Bool {
        (perFile[file]?.droppedErrors ?? 0) > 0 || kept.contains { $0.severity == .error && $0.location?.file == file }
    }

    /// Whether any error has been recorded.
    var hasErrors: Bool { perFile.values.contains { $0.droppedErrors > 0 } || kept.contains { $0.severity == .error } }

    /// The warnings, sorted by position (only called when there is no error).
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning }.sorted() }
}
