/// Options of the load and check stages.
public struct LoadOptions: Hashable, Sendable {
    /// Force the CSV delimiter (`,`, `;` or tab); `nil` detects it from the header line.
    public var csvDelimiter: Character?
    /// Treat warnings as errors.
    public var strict: Bool

    /// Creates options; by default the delimiter is detected and warnings are only warnings.
    public init(csvDelimiter: Character? = nil, strict: Bool = false) {
        self.csvDelimiter = csvDelimiter
        self.strict = strict
    }
}

/// A dataset that passed the check stage, with the warnings found on the way.
public struct CheckedDataset: Hashable, Sendable {
    /// The checked dataset.
    public var dataset: Dataset
    /// Warnings (never errors), sorted by position.
    public var warnings: [Diagnostic]

    /// Memberwise initializer.
    public init(dataset: Dataset, warnings: [Diagnostic]) {
        self.dataset = dataset
        self.warnings = warnings
    }
}

/// The load and check stages: reads a dataset folder and applies every input rule.
public enum DatasetLoader {
    /// Reads and checks the dataset in `folder`.
    ///
    /// - Parameters:
    ///   - folder: the dataset folder (as the user named it; diagnostics use it as the file prefix).
    ///   - options: delimiter and strictness.
    /// - Returns: the checked dataset and its warnings.
    /// - Throws: `DiagnosticError` with every error (and warning) found, sorted by file and position.
    public static func load(folder: String, options: LoadOptions = LoadOptions()) throws(DiagnosticError) -> CheckedDataset {
        throw DiagnosticError([Diagnostic(.unreadableFile(detail: "loader not implemented"), stage: .load)])
    }
}
