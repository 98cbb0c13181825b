import ArgumentParser
import Foundation
import LicenseReport
import Logging

/// Defaults shared by the commands that read a dataset.
enum DatasetOptions {
    /// The bundled sample dataset, relative to the repository root.
    static let defaultDataset = "fixtures/nordlys-module-based"

    /// The help text of the `DATASET` argument.
    static let help = ArgumentHelp(
        "The dataset folder (license.json, status.json, fencing/, usage.csv, tariffs.json, events.csv or events.json).",
        discussion: "Default: \(defaultDataset), the bundled sample, relative to the current folder (the repository root).")

    /// The dataset folder to read: `given`, else the default.
    /// - Throws: `DiagnosticError` with `defaultDatasetNotFound` (exit 66) when no folder was given and the
    ///   default is not in the current folder, so the user learns that a folder is expected rather than that
    ///   a folder they never named is missing.
    static func resolve(_ given: String?) throws(DiagnosticError) -> String {
        if let given { return given }
        guard FileManager.default.fileExists(atPath: defaultDataset) else {
            throw DiagnosticError([Diagnostic(.defaultDatasetNotFound(path: defaultDataset))])
        }
        return defaultDataset
    }
}

/// Options of the input stages.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("csv-delimiter"), help: "Force the CSV delimiter: comma, semicolon or tab. Default: detected from the header line.")
    var csvDelimiter: CSVDelimiterOption?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    var loadOptions: LoadOptions { LoadOptions(csvDelimiter: csvDelimiter?.character, strict: strict) }
}

/// `--csv-delimiter` values.
enum CSVDelimiterOption: String, ExpressibleByArgument, CaseIterable {
    case comma, semicolon, tab
    var character: Character {
        switch self {
        case .comma: ","
        case .semicolon: ";"
        case .tab: "\t"
        }
    }
}

/// `--templates`, shared by every command that renders pages.
struct TemplatesOptions: ParsableArguments {
    @Option(name: .customLong("templates"), help: "A folder of edited templates (html/, markdown/, assets/); default: the bundled templates.")
    var directory: String?
}

/// `--as-of`, shared by every command that computes a report.
struct ReportDateOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "The report date, YYYY-MM-DD (days left, next expiry, running events; printed on every page and report). Default: SOURCE_DATE_EPOCH, else today in the dataset's time zone.")
    var asOf: String?

    /// The report date source: `--as-of`, `SOURCE_DATE_EPOCH`, else the clock.
    func resolve() throws -> ReportDateSource { try ReportDateOption.resolve(asOf) }
}

/// `--csv-dialect`, shared by every command that writes usage reports.
struct CSVDialectOptions: ParsableArguments {
    @Option(name: .customLong("csv-dialect"), help: "CSV of the usage reports: default (comma, decimal point, no BOM) or excel-nordic (semicolon, decimal comma, UTF-8 BOM).")
    var dialect: CSVDialect = .standard
}

/// `--as-of`, `SOURCE_DATE_EPOCH`, else the clock: the only place the program reads the time.
enum ReportDateOption {
    /// The report date's source.
    /// - Throws: `ValidationError` (exit 64) for a date that is not real, an epoch that is not a whole
    ///   number, or either outside the years of `DateRange` (1900–9998; an epoch's year in UTC).
    static func resolve(_ asOf: String?) throws -> ReportDateSource {
        if let asOf {
            guard let date = CalendarDate(iso: asOf) else {
                throw ValidationError("--as-of '\(TerminalText.shown(asOf))' is not a real date in the form YYYY-MM-DD")
            }
            guard DateRange.contains(date) else { throw ValidationError(DateRange.outOfRange(field: "--as-of", text: asOf).message) }
            return .date(date)
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int64(epoch.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("SOURCE_DATE_EPOCH '\(TerminalText.shown(epoch))' is not a whole number of seconds")
            }
            guard DateRange.instants.contains(seconds) else {
                throw ValidationError(DateRange.outOfRange(field: "SOURCE_DATE_EPOCH", text: epoch).message + " (in UTC)")
            }
            return .instant(seconds)
        }
        return .instant(Int64(Date().timeIntervalSince1970))
    }
}

/// Printing diagnostics and mapping them to exit codes.
enum Diagnostics {
    /// Prints warnings to standard error, one a line.
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
    }

    /// "1 warning", "1002 warnings": the real number of `warnings` (a `moreProblems` line counts what it stands for).
    static func warningsText(_ warnings: [Diagnostic]) -> String {
        CountText.of(Diagnostic.counts(warnings).warnings, "warning")
    }

    /// Prints every diagnostic of a failure, then the real count of errors and warnings (those a
    /// `moreProblems` line stands for included), and returns the exit code to end with.
    /// - Parameter printed: called once the diagnostics are printed (before waiting for a signal to end the process).
    static func exit(_ error: Error, printed: () -> Void = {}) -> Error {
        guard let failure = error as? DiagnosticError else { printed(); return error }
        print(failure.diagnostics)
        let counts = Diagnostic.counts(failure.diagnostics)
        FileHandle.standardError.write(Data("\(CountText.of(counts.errors, "error")), \(CountText.of(counts.warnings, "warning")).\n".utf8))
        printed()
        if failure.diagnostics.contains(where: {
            switch $0.reason { case .publishInterrupted, .fleetInterrupted: true; default: false }
        }) {
            SignalCleanup.awaitTermination() // the signal ends the process, with its usual status
        }
        return ExitCode(exitCode(for: failure))
    }

    /// 64 usage, 65 bad data, 66 missing input (a dataset or folder that does not exist, no `license.json`),
    /// 69 a program `--pdf` needs is missing or fails (EX_UNAVAILABLE), 70 template or validation failure
    /// (a PDF that fails its check included), 73 cannot write.
    static func exitCode(for failure: DiagnosticError) -> Int32 {
        let first = failure.diagnostics.first { $0.severity == .error } ?? failure.diagnostics[0]
        switch first.stage {
        case .commandLine: return 64
        case .fetch: return fetchExitCode(for: first.reason)
        case .load:
            switch first.reason {
            case .datasetNotFound, .defaultDatasetNotFound, .folderNotFound, .missingFile, .unreadableFolder: return 66
            default: return 65
            }
        case .check: return 65
        case .render, .validate: return 70
        case .pdf:
            if case .pdfCheckFailed = first.reason { return 70 }
            return 69
        case .publish: return 73
        }
    }
}

extension Diagnostics {
    /// The sysexits.h codes of `fetch`: 69 EX_UNAVAILABLE (no usable answer, an unexpected status), 76
    /// EX_PROTOCOL (a response that is not the expected JSON), 77 EX_NOPERM (401/403), 78 EX_CONFIG
    /// (credentials or CA file).
    static func fetchExitCode(for reason: Reason) -> Int32 {
        switch reason {
        case .authenticationFailed: 77
        case .unexpectedResponse, .responseTooLarge: 76
        case .missingCredentials, .incompleteCredentials, .unsafeCredentialsFile, .invalidCredentialsFile, .invalidCAFile: 78
        default: 69
        }
    }
}

/// `--verbose`: log each stage's duration to standard error (swift-log).
struct LoggingOptions: ParsableArguments {
    @Flag(name: .long, help: "Log each stage and its duration to standard error.")
    var verbose = false

    /// A logger writing to standard error: debug level with `--verbose`, else warnings only.
    func makeLogger() -> Logger {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "license-report")
        logger.logLevel = verbose ? .debug : .warning
        return logger
    }
}
