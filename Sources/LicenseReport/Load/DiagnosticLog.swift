/// The diagnostics of one load-and-check run, collected across all files so that every problem is
/// reported in one run. `--strict` turns each warning into an error as it is recorded.
///
/// A file whose every row is wrong would otherwise keep millions of diagnostics: after
/// `maximumPerFile` diagnostics of one file the rest are only counted, and `diagnostics` ends with one
/// `moreProblems` line for that file (an error when an error was among them, else a warning), so memory stays bounded and nothing passes silently.
struct DiagnosticLog {
    /// Most diagnostics kept per file.
    static let maximumPerFile = 1000

    /// Whether warnings are recorded as errors.
    let strict: Bool
    private var kept: [Diagnostic] = []
    private var perFile: [String: (count: Int, droppedError: Bool)] = [:]

    /// Creates an empty log.
    init(strict: Bool) { self.strict = strict }

    /// Everything recorded (in the order found; sorted when thrown), then one `moreProblems` error per file
    /// that had more than `maximumPerFile`.
    var diagnostics: [Diagnostic] {
        kept + perFile.filter { $0.value.count > Self.maximumPerFile }.sorted { $0.key < $1.key }.map { file, tally in
            Diagnostic(.moreProblems(count: tally.count - Self.maximumPerFile), at: SourceLocation(file: file),
                       severity: tally.droppedError ? .error : .warning)
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
        for (file, tally) in other.perFile where tally.count > Self.maximumPerFile {
            var mine = perFile[file, default: (0, false)]
            mine.count += tally.count - Self.maximumPerFile
            mine.droppedError = mine.droppedError || tally.droppedError
            perFile[file] = mine
            hasDroppedError = hasDroppedError || tally.droppedError
        }
    }

    private mutating func record(_ diagnostic: Diagnostic) {
        if let file = diagnostic.location?.file {
            var tally = perFile[file, default: (0, false)]
            tally.count += 1
            defer { perFile[file] = tally }
            if tally.count > Self.maximumPerFile {
                if diagnostic.severity == .error {
                    tally.droppedError = true
                    hasDroppedError = true
                }
                return
            }
        }
        kept.append(diagnostic)
    }

    private var hasDroppedError = false

    /// Whether any error has been recorded.
    var hasErrors: Bool { hasDroppedError || kept.contains { $0.severity == .error } }

    /// The warnings, sorted by position (only called when there is no error).
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning }.sorted() }
}
