import ArgumentParser
import Foundation
import LicenseReport
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `license-report build-all`: every dataset folder of ROOT into OUTPUT/<folder>/, plus the overview
/// (issue 9). Argument parsing, printing and exit codes only; the work is `FleetBuild` in LicenseReport.
struct BuildAllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-all",
        abstract: "Build the site of every dataset folder of ROOT, and the overview of all of them.",
        discussion: """
            Each folder of ROOT that holds license.json is one customer, built into OUTPUT/<folder name>/ exactly as \
            build would, and listed in OUTPUT/index.html, index.md and index.json. A customer that fails keeps its \
            previous site and does not stop the others. Exit codes: 0 every customer built; 65 a customer failed \
            (its diagnostics are printed, each line prefixed by its folder name); 1 with --fail-on when a condition \
            holds and no customer failed; 64, 66, 70, 73 for errors of the run itself (docs/command-line.md).
            """
    )

    @Argument(help: "The folder holding one dataset folder per customer database.")
    var root: String

    @Option(name: .long, help: "The fleet's output folder: OUTPUT/<folder name>/ per customer and the overview OUTPUT/index.html.")
    var output: String

    @Option(name: .long, help: "Customers built at the same time (worker threads). Default: the number of cores.")
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Build only shard K of N (1-based), a partition by a hash of the folder name; then run license-report index OUTPUT.", valueName: "K/N"))
    var shard: String?

    @Option(name: .customLong("shard-index"), help: ArgumentHelp("The shard, 0-based (GitHub Actions' strategy.job-index); needs --shard-count.", valueName: "I"))
    var shardIndex: String?

    @Option(name: .customLong("shard-count"), help: ArgumentHelp("The number of shards. Without --shard-index, the index is read from JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm).", valueName: "N"))
    var shardCount: String?

    @OptionGroup var templates: TemplatesOptions

    @OptionGroup var reportDate: ReportDateOptions

    @Option(name: .long, help: "user, or admin to add Upgrade links next to approaching and reached restrictions.")
    var audience: Audience = .user

    @OptionGroup var locale: LocaleOptions

    @OptionGroup var csv: CSVDialectOptions

    @OptionGroup var alerts: AlertOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var publishing: PublishingOptions

    @Flag(name: .long, help: "Print progress as plain lines, and at the end the time of each stage summed over the customers.")
    var verbose = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs \(jobs) must be 1 or more") }
        // Here rather than in `run`, so that the message ends with build-all's usage line, not the tool's.
        if case .failure(let error) = resolvedShard() { throw ValidationError(error.description) }
    }

    /// The shard from `--shard`, `--shard-index`/`--shard-count` and the scheduler's environment.
    private func resolvedShard() -> Result<FleetShard, ShardError> {
        FleetShard.resolve(shard: shard, index: shardIndex, count: shardCount, environment: ProcessInfo.processInfo.environment)
    }

    func run() throws {
        let shard: FleetShard
        switch resolvedShard() {
        case .success(let resolved): shard = resolved
        case .failure(let error): throw ValidationError(error.description)
        }
        let request = FleetRequest(
            root: root, output: output, templatesDirectory: templates.directory, reportDate: try reportDate.resolve(),
            audience: audience, loadOptions: input.loadOptions, csvDialect: csv.dialect, warnDays: alerts.warnDays,
            failOn: Set(alerts.failOn), jobs: jobs ?? FleetRequest.defaultJobs, shard: shard, locale: locale.code)
        let console = FleetConsole(mode: verbose ? .lines : (isatty(STDERR_FILENO) == 1 ? .live : .quiet))
        let options = publishing.publishOptions()
        // The run counts as a publish until it has said what it did: the signal thread ends the process as
        // soon as no publish is active, which would otherwise fall between the last site's clean-up and the
        // message saying how many customers were published (it was printed in some runs and not in others).
        let holding = options.interruption?.begin() == true
        var released = false
        func release() {
            if holding && !released { options.interruption?.end() }
            released = true
        }
        defer { release() }
        let result: FleetResult
        do {
            result = try FleetBuild.run(request, publishing: options,
                                        progress: { console.progress($0) },
                                        report: { tenant, warnings, alarms in console.tenantMessages(tenant, warnings, alarms) })
        } catch {
            console.finish()
            throw Diagnostics.exit(error, printed: release)
        }
        console.finish()
        let interrupted = result.failures.contains { $0.diagnostics.contains { if case .publishInterrupted = $0.reason { true } else { false } } }
        if interrupted { release(); SignalCleanup.awaitTermination() } // the signal ends the process, with its usual status
        for failure in result.failures {
            let counts = Diagnostic.counts(failure.diagnostics)
            for diagnostic in failure.diagnostics { console.error("\(failure.tenant): \(diagnostic)") }
            console.error("\(failure.tenant): \(CountText.of(counts.errors, "error")), \(CountText.of(counts.warnings, "warning")).")
        }
        Diagnostics.print(result.warnings)
        if !result.removed.isEmpty {
            let names = result.removed.map { TerminalText.shown($0) }.joined(separator: ", ")
            print("Removed the site\(result.removed.count == 1 ? "" : "s") of \(FleetText.customers(result.removed.count)) no longer in \(TerminalText.shown(root)): \(names).")
        }
        if shard != .all {
            print("Shard \(shard): wrote its part of the overview; run license-report index \(TerminalText.shown(output)) when every shard is done.")
        }
        print(FleetText.summary(built: result.built, total: result.total, failed: result.failures.count))
        if verbose { console.error(FleetConsole.stageReport(result, jobs: request.jobs)) }
        if !result.failures.isEmpty { throw ExitCode(65) }
        if result.alarmCount > 0 {
            let conditions = alerts.failOn.sorted().map(\.rawValue)
            console.error("--fail-on \(Array(Set(conditions)).sorted().joined(separator: ", ")): \(result.alarmCount) row\(result.alarmCount == 1 ? "" : "s") of \(FleetText.customers(result.alarmTenants)) triggered; exit 1.")
            throw ExitCode(1)
        }
    }
}

/// Standard error of `build-all`: a live progress line on a terminal (rewritten with `\r`), plain progress
/// lines with `--verbose`, nothing when standard error is not a terminal; messages printed in between
/// clear the live line first. Safe to call from the worker threads.
final class FleetConsole: Sendable {
    enum Mode { case quiet, live, lines }
    let mode: Mode
    /// When the last progress line was written, and whether a live line is on screen.
    private let state = Mutex<(last: ContinuousClock.Instant?, onScreen: Bool)>((nil, false))

    init(mode: Mode) { self.mode = mode }

    /// Shows `progress`: at most 10 times a second live, once a second as lines, and always the last one.
    func progress(_ progress: FleetProgress) {
        guard mode != .quiet else { return }
        let now = ContinuousClock.now
        state.withLock { state in
            let interval: Duration = mode == .live ? .milliseconds(100) : .seconds(1)
            if let last = state.last, last.duration(to: now) < interval, progress.done < progress.total { return }
            state.last = now
            let line = FleetConsole.progressLine(progress)
            if mode == .live {
                write("\r\u{1B}[K" + line)
                state.onScreen = true
            } else {
                write(line + "\n")
            }
        }
    }

    /// Prints a built tenant's warnings and alarms, each line prefixed by the tenant.
    func tenantMessages(_ tenant: String, _ warnings: [Diagnostic], _ alarms: [String]) {
        let lines = warnings.map { "\(tenant): \($0)" } + alarms.map { "alarm: \(tenant): \($0)" }
        error(lines.joined(separator: "\n"))
    }

    /// Prints a message on its own line(s).
    func error(_ text: String) {
        state.withLock { state in
            write((state.onScreen ? "\r\u{1B}[K" : "") + text + "\n")
            state.onScreen = false
        }
    }

    /// Ends the live line.
    func finish() {
        state.withLock { state in
            if state.onScreen { write("\n") }
            state.onScreen = false
        }
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    /// "Building 120 of 1,000 customers, 2 failed, 640 pages/s, 0:14 left".
    static func progressLine(_ progress: FleetProgress) -> String {
        let seconds = Double(FleetStageTotals.milliseconds(progress.elapsed)) / 1000
        let rate = seconds > 0 ? Int((Double(progress.htmlPages) / seconds).rounded()) : 0
        var line = "Building \(DecimalFormatting.grouped(String(progress.done))) of \(FleetText.customers(progress.total)), \(DecimalFormatting.grouped(String(progress.failed))) failed, \(DecimalFormatting.grouped(String(rate))) pages/s"
        if progress.done > 0, progress.done < progress.total {
            let left = Int((seconds / Double(progress.done) * Double(progress.total - progress.done)).rounded())
            line += ", \(left / 60):\(String(format: "%02d", left % 60)) left"
        }
        return line
    }

    /// The `--verbose` report of stage times (docs/command-line.md, "build-all --verbose"): one line per
    /// stage, `stage NAME: MS ms`, summed over tenants, then the totals. The benchmark reads these lines.
    static func stageReport(_ result: FleetResult, jobs: Int) -> String {
        var lines = zip(FleetStageTotals.stageNames, result.stageTotals.durations).map { name, duration in
            "stage \(name): \(FleetStageTotals.milliseconds(duration)) ms"
        }
        let sum = result.stageTotals.durations.reduce(Duration.zero, +)
        lines.append("stage total: \(FleetStageTotals.milliseconds(sum)) ms over \(result.total) customers, \(jobs) jobs")
        lines.append("wall: \(FleetStageTotals.milliseconds(result.wall)) ms, \(result.htmlPages) HTML pages, \(result.files) files")
        return lines.joined(separator: "\n")
    }
}
