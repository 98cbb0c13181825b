import Foundation
import Logging
import Synchronization

/// `license-report build-all`: the pipeline of `SiteBuild` for every tenant of a fleet, in parallel, with
/// templates parsed once, each tenant published atomically on its own (in batches that share one
/// `syncfs`), a failure of one tenant never stopping the others, and the overview at the end.
///
/// Each worker thread takes the next tenant and runs load → check → compute → render → validate → stage;
/// one committer thread swaps the staged sites in, at least `batchSize` at a time (one `syncfs` for all
/// of them), while the workers go on with the next tenants. A finished tenant leaves behind only its
/// `FleetOverviewRow` (and, when it failed, its diagnostics), so memory does not grow with the fleet.
public enum FleetBuild {
    /// Staged sites committed together (one `syncfs`): at least this many, more when more were staged
    /// while the previous commit waited for the disk. Small, so that a tenant's lock is not held for long.
    static let batchSize = 8
    /// Staged sites that may wait for the committer before a worker waits too (each holds its lock's
    /// file descriptor). A crash leaves at most about twice this not swapped in (a batch being committed,
    /// the next one waiting, and one per worker blocked in `push`); a run after it removes their staging folders.
    static let maximumWaiting = 32

    /// Builds the fleet (or one shard), removes sites of tenants that left ROOT, writes the shard's part,
    /// and, unsharded, publishes the overview.
    /// - Parameters:
    ///   - publishing: lock wait, durability, interruption (as `build`).
    ///   - progress: called after each tenant, from the worker and committer threads (possibly at the same time).
    ///   - report: called (from the worker and committer threads, possibly at the same time) with a built tenant's warnings and `--fail-on` alarms
    ///     (text lines), as soon as it is published, so that they need not be kept.
    /// - Throws: `DiagnosticError` for a failure of the run itself, before any tenant is built: ROOT
    ///   missing (66), templates (70), OUTPUT refused or not writable (73); or after them, the overview's;
    ///   `.fleetInterrupted` after a signal (the sites published so far stay).
    public static func run(_ request: FleetRequest, publishing: PublishOptions = PublishOptions(),
                           progress: @escaping @Sendable (FleetProgress) -> Void = { _ in },
                           report: @escaping @Sendable (_ tenant: String, _ warnings: [Diagnostic], _ alarms: [String]) -> Void = { _, _, _ in })
                           throws(DiagnosticError) -> FleetResult {
        let clock = ContinuousClock()
        let start = clock.now
        let renderer = try SiteRenderer(templatesDirectory: request.templatesDirectory)
        try FleetIndex.checkTemplates(renderer) // also for a shard: `index` needs them, better to know now
        let everyone = try FleetTenant.discover(in: request.root)
        let inputs = [request.root] + [request.templatesDirectory].compactMap { $0 }
        try FleetOutput.prepare(request.output, protecting: inputs, options: publishing)
        let tenants = everyone.filter { request.shard.contains($0.name) }
        let output = Publisher.resolvedOutput(request.output).path

        let shared = Shared()
        let worker = Worker(request: request, renderer: renderer, output: output, publishing: publishing, shared: shared,
                            total: tenants.count, start: start, progress: progress, report: report)
        let threads = min(request.jobs, max(1, tenants.count))
        // The commit waits for the disk (`syncfs`: 3 ms typically, a quarter of a second after another
        // program wrote a lot), and a worker that waited for it left its core idle: 14 % of a 1,000-tenant
        // build (docs/performance.md, "Third round"). The committer waits instead, and the workers build on.
        let commits = CommitQueue<Worker.Staged>(minimum: batchSize, maximum: maximumWaiting)
        let committed = DispatchGroup()
        committed.enter()
        let committer = Thread {
            while let batch = commits.take() { worker.commit(batch) }
            committed.leave()
        }
        committer.start()
        let done = DispatchGroup()
        for _ in 0..<threads {
            done.enter()
            let thread = Thread {
                while true {
                    let index = shared.next.wrappingAdd(1, ordering: .relaxed).oldValue
                    // After SIGINT/SIGTERM no new tenant is started: the signal ends the process once the
                    // publishes under way have cleaned up (`PublishInterruption`).
                    guard index < tenants.count, publishing.interruption?.isInterrupted != true else { break }
                    if let staged = worker.stage(tenants[index]) { commits.push(staged) }
                }
                done.leave()
            }
            thread.stackSize = 8 << 20 // deep JSON and templates; Foundation's default for a new thread is 512 KiB
            thread.start()
        }
        done.wait()
        commits.close()
        committed.wait()
        // Interrupted: the tenants published so far stay; the part and the overview keep their previous
        // rows rather than get a partial set.
        if publishing.interruption?.isInterrupted == true {
            let published = shared.state.withLock { $0.built }
            throw DiagnosticError([Diagnostic(.fleetInterrupted(path: request.output, published: published, total: tenants.count))])
        }

        let removal = FleetOutput.removeStale(request.output, keeping: Set(everyone.map(\.name)), shard: request.shard, options: publishing)
        var finished = shared.state.withLock { $0 }
        finished.warnings += removal.warnings
        let asOf = request.reportDate.resolve(timeZoneIdentifier: "UTC").description
        try FleetOutput.writePart(FleetOverviewJSON.part(shard: request.shard, asOf: asOf, rows: finished.rows),
                                  shard: request.shard, output: request.output, options: publishing)
        finished.rows = []
        if request.shard == .all {
            // The workers' malloc arenas still hold the memory of their last tenants; hand it back before
            // the overview, which is the largest single thing a fleet build holds (issue 9: peak memory).
            returnFreeMemory()
            let index = try FleetIndex.publish(output: request.output, renderer: renderer, locale: request.locale ?? .en, options: publishing)
            finished.warnings += index.warnings
        }
        return FleetResult(
            total: tenants.count, built: finished.built,
            failures: finished.failures.sorted { FleetOverviewOrder.bytesPrecede($0.tenant, $1.tenant) },
            removed: removal.removed, warnings: finished.warnings, alarmCount: finished.alarmCount, alarmTenants: finished.alarmTenants,
            htmlPages: finished.htmlPages, files: finished.files, stageTotals: finished.totals, wall: start.duration(to: clock.now))
    }

    /// What the workers share: the next tenant's index, and the run's state behind one lock.
    final class Shared: Sendable {
        let next = Atomic<Int>(0)
        let state = Mutex(RunState())
    }

    /// A tenant's stage durations, added to from the stage timer's callback.
    final class TenantClock: Sendable {
        let totals = Mutex(FleetStageTotals())
        /// Runs `body` and adds its duration to `stage`.
        func timed<T>(_ stage: String, _ body: () throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
            let clock = ContinuousClock()
            let begin = clock.now
            defer { let elapsed = begin.duration(to: clock.now); totals.withLock { $0.add(stage, elapsed) } }
            return try body()
        }
        var snapshot: FleetStageTotals { totals.withLock { $0 } }
    }

    /// The run's state.
    struct RunState: Sendable {
        var rows: [FleetOverviewRow] = []
        var failures: [FleetFailure] = []
        var warnings: [Diagnostic] = []
        var built = 0, done = 0, htmlPages = 0, files = 0, alarmCount = 0, alarmTenants = 0
        var totals = FleetStageTotals()
    }

    /// One tenant's steps, shared by the worker threads (it holds no per-tenant state).
    struct Worker: Sendable {
        /// A tenant staged and waiting for its batch's commit.
        struct Staged: Sendable {
            let tenant: FleetTenant
            let site: StagedSite
            let row: FleetOverviewRow
            let warnings: [Diagnostic]
            let alarms: [String]
            let htmlPages: Int, files: Int
            /// The tenant's stage durations so far (the commit's share is added by the batch).
            let totals: FleetStageTotals
        }

        let request: FleetRequest
        let renderer: SiteRenderer
        let output: String
        let publishing: PublishOptions
        let shared: Shared
        let total: Int
        let start: ContinuousClock.Instant
        let progress: @Sendable (FleetProgress) -> Void
        let report: @Sendable (String, [Diagnostic], [String]) -> Void

        /// Runs every stage up to staging; a failure is recorded at once (and `nil` returned).
        func stage(_ tenant: FleetTenant) -> Staged? {
            let clock = TenantClock()
            var warnings: [Diagnostic] = []
            do throws(DiagnosticError) {
                guard FleetTenantName.isSafe(tenant.name) else {
                    throw DiagnosticError([Diagnostic(.unsafeTenantName(name: tenant.name), at: SourceLocation(file: tenant.folder))])
                }
                let site = output + "/" + tenant.name
                var logger = Logger(label: "license-report")
                logger.logLevel = .warning
                let timer = StageTimer(logger: logger, record: { stage, elapsed in clock.totals.withLock { $0.add(stage, elapsed) } })
                let (checked, report) = try Pipeline.loadAndCompute(folder: tenant.folder, options: request.loadOptions,
                                                                   reportDate: request.reportDate, warnDays: request.warnDays,
                                                                   previousSite: site, timer: timer)
                warnings = checked.warnings
                let files = try clock.timed("render") { () throws(DiagnosticError) in
                    try renderer.renderSite(report, audience: request.audience, csvDialect: request.csvDialect,
                                            locale: LocaleCode.resolve(commandLine: request.locale, status: report.status.locale))
                }
                let problems = try clock.timed("validate") { SiteValidator.validate(files, concurrently: request.jobs <= 1) }
                if !problems.isEmpty { throw DiagnosticError(problems) }
                let staged = try clock.timed("publish") { () throws(DiagnosticError) in
                    try Publisher.stage(files, to: site, protecting: [request.root, tenant.folder] + [request.templatesDirectory].compactMap { $0 },
                                        options: publishing)
                }
                let alarms = request.failOn.isEmpty ? [] : report.alarms(failingOn: request.failOn).map(\.text)
                return Staged(tenant: tenant, site: staged, row: FleetOverviewRow(tenant: tenant.name, report: report),
                              warnings: warnings, alarms: alarms, htmlPages: files.filter { $0.path.hasSuffix(".html") }.count,
                              files: files.count, totals: clock.snapshot)
            } catch {
                fail(tenant, warnings + error.diagnostics, totals: clock.snapshot)
                return nil
            }
        }

        /// Commits a batch (one `syncfs`), records each tenant's row or failure (on the committer thread).
        func commit(_ batch: [Staged]) {
            guard !batch.isEmpty else { return }
            let clock = ContinuousClock()
            let begin = clock.now
            let results = Publisher.commit(batch.map(\.site))
            let share = begin.duration(to: clock.now) / batch.count
            for (staged, result) in zip(batch, results) {
                var totals = staged.totals
                totals.add("publish", share)
                switch result {
                case .success(let published):
                    let warnings = staged.warnings + published.warnings
                    if !warnings.isEmpty || !staged.alarms.isEmpty { report(staged.tenant.name, warnings, staged.alarms) }
                    let snapshot = shared.state.withLock { state in
                        state.rows.append(staged.row)
                        state.built += 1
                        state.done += 1
                        state.htmlPages += staged.htmlPages
                        state.files += staged.files
                        state.alarmCount += staged.alarms.count
                        if !staged.alarms.isEmpty { state.alarmTenants += 1 }
                        state.totals.add(totals)
                        return FleetProgress(done: state.done, total: total, failed: state.failures.count, htmlPages: state.htmlPages,
                                             elapsed: start.duration(to: ContinuousClock.now))
                    }
                    progress(snapshot)
                case .failure(let error):
                    fail(staged.tenant, staged.warnings + error.diagnostics, totals: totals)
                }
            }
        }

        /// Records a tenant that was not updated: its row and its diagnostics.
        func fail(_ tenant: FleetTenant, _ diagnostics: [Diagnostic], totals: FleetStageTotals) {
            let snapshot = shared.state.withLock { state in
                state.rows.append(FleetOverviewRow(tenant: tenant.name, failure: diagnostics, folder: tenant.folder, site: output + "/" + tenant.name))
                state.failures.append(FleetFailure(tenant: tenant.name, diagnostics: diagnostics))
                state.done += 1
                state.totals.add(totals)
                return FleetProgress(done: state.done, total: total, failed: state.failures.count, htmlPages: state.htmlPages,
                                     elapsed: start.duration(to: ContinuousClock.now))
            }
            progress(snapshot)
        }
    }
}

/// Staged sites between the workers and the committer: workers `push` each staged tenant, the committer
/// `take`s everything waiting once at least `minimum` are (or the workers are done), and a worker waits
/// while `maximum` are already waiting. A condition variable (`NSCondition`), because both sides sleep:
/// the committer until there is a batch, a worker until there is room.
final class CommitQueue<Element: Sendable>: @unchecked Sendable {  // every property is read and written under `condition`
    private let condition = NSCondition()
    private var waiting: [Element] = []
    private var closed = false
    private let minimum: Int
    private let maximum: Int

    /// A queue committing at least `minimum` sites at a time and holding at most `maximum` (at least `minimum`).
    init(minimum: Int, maximum: Int) {
        self.minimum = max(1, minimum)
        self.maximum = max(self.minimum, maximum)
    }

    /// Adds a staged site; waits while `maximum` are waiting.
    func push(_ staged: Element) {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= maximum { condition.wait() }
        waiting.append(staged)
        if waiting.count >= minimum { condition.broadcast() }
    }

    /// No more sites will be pushed: the committer takes what is left, then `take` returns `nil`.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Every waiting site once at least `minimum` wait or the queue is closed; `nil` when it is closed and empty.
    func take() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count < minimum && !closed { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let batch = waiting
        waiting = []
        condition.broadcast()  // room again for a worker waiting in `push`
        return batch
    }
}

/// Returns the C heap's free memory to the system (glibc's `malloc_trim`; nothing elsewhere).
func returnFreeMemory() {
    #if canImport(Glibc)
    _ = glibcMallocTrim(0)
    #endif
}

#if canImport(Glibc)
/// glibc's `int malloc_trim(size_t pad)`, declared in <malloc.h>, which Swift's Glibc module does not include.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
