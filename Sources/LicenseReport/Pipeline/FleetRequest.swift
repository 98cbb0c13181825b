import Foundation

/// What to build: every dataset folder of ROOT (or of one shard of it) into OUTPUT/<folder name>/.
public struct FleetRequest: Sendable {
    /// ROOT: one dataset folder per customer database.
    public var root: String
    /// OUTPUT: the tenants' sites and the overview.
    public var output: String
    /// As `BuildRequest`; the same for every tenant.
    public var templatesDirectory: String?
    public var reportDate: ReportDateSource
    public var audience: Audience
    public var loadOptions: LoadOptions
    public var csvDialect: CSVDialect
    public var warnDays: Int
    /// `--fail-on`: conditions whose rows are reported (`FleetResult.alarmCount`).
    public var failOn: Set<FailCondition>
    /// Worker threads, ≥ 1.
    public var jobs: Int
    /// The shard to build; `.all` for the whole fleet (which also publishes the overview).
    public var shard: FleetShard
    /// `--locale`: every tenant's language; `nil` takes each tenant's status.json `Locale`, else English.
    public var locale: LocaleCode?

    /// A request; the defaults are those of `license-report build-all`.
    public init(root: String, output: String, templatesDirectory: String? = nil, reportDate: ReportDateSource,
                audience: Audience = .user, loadOptions: LoadOptions = LoadOptions(), csvDialect: CSVDialect = .standard,
                warnDays: Int = ExpiryWarningRules.defaultWarnDays, failOn: Set<FailCondition> = [],
                jobs: Int = FleetRequest.defaultJobs, shard: FleetShard = .all, locale: LocaleCode? = nil) {
        self.locale = locale
        self.root = root
        self.output = output
        self.templatesDirectory = templatesDirectory
        self.reportDate = reportDate
        self.audience = audience
        self.loadOptions = loadOptions
        self.csvDialect = csvDialect
        self.warnDays = warnDays
        self.failOn = failOn
        self.jobs = max(1, jobs)
        self.shard = shard
    }

    /// The number of cores this process may use.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// The time each stage took, summed over the tenants (`build-all --verbose`).
public struct FleetStageTotals: Hashable, Sendable {
    /// The stages in pipeline order, as printed: load and check (with the previous history), compute,
    /// render, validate, publish (staging every file and the batched commits).
    public static let stageNames = ["load and check", "compute", "render", "validate", "publish"]
    /// Durations by `stageNames` index.
    public var durations: [Duration] = Array(repeating: .zero, count: stageNames.count)

    /// Adds `duration` to the stage named `stage` ("load history" counts as "load and check").
    mutating func add(_ stage: String, _ duration: Duration) {
        let name = stage == "load history" ? "load and check" : stage
        guard let index = FleetStageTotals.stageNames.firstIndex(of: name) else { return }
        durations[index] += duration
    }

    mutating func add(_ other: FleetStageTotals) {
        for index in durations.indices { durations[index] += other.durations[index] }
    }

    /// Whole milliseconds of a duration.
    public static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

/// How far a fleet build is, given after each tenant (`FleetBuild.run`'s `progress`).
public struct FleetProgress: Sendable {
    /// Tenants finished (built or failed), of `total`.
    public var done: Int, total: Int
    /// Tenants not updated so far.
    public var failed: Int
    /// HTML pages published so far.
    public var htmlPages: Int
    /// Since the build started.
    public var elapsed: Duration
}

/// A tenant that was not updated, with everything that was reported for it.
public struct FleetFailure: Hashable, Sendable {
    /// The folder name.
    public var tenant: String
    /// Its diagnostics: errors with their positions, and the warnings found on the way.
    public var diagnostics: [Diagnostic]
}

/// What a fleet build did.
public struct FleetResult: Sendable {
    /// Tenants of ROOT in this shard.
    public var total: Int
    /// Tenants built and published.
    public var built: Int
    /// Tenants not updated, by folder name (byte order).
    public var failures: [FleetFailure]
    /// Sites removed because their tenant is no longer in ROOT, sorted.
    public var removed: [String]
    /// Warnings of the run itself: sites that could not be removed, the overview's warnings.
    public var warnings: [Diagnostic]
    /// `--fail-on` rows over all tenants, and the tenants with one.
    public var alarmCount: Int, alarmTenants: Int
    /// HTML pages and files published.
    public var htmlPages: Int, files: Int
    /// Stage durations summed over tenants.
    public var stageTotals: FleetStageTotals
    /// The whole run's wall time.
    public var wall: Duration
}
