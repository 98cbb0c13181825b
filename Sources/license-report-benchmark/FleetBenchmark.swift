import Foundation
import LicenseReport
import Logging

/// `fleet ROOT [JOBS] [--output DIR] [--as-of YYYY-MM-DD]`: builds every dataset folder of ROOT in this
/// process the way `license-report build-all` does (one `SiteRenderer` for every tenant, `SiteBuild.run` per
/// tenant, JOBS worker threads, each tenant into `DIR/<folder name>/`), then prints HTML pages per second,
/// the time of each stage summed over all tenants, and the peak resident memory (docs/performance.md,
/// "Fleet build").
///
/// DIR defaults to a new folder under the temporary folder, which is left in place: removing a large tree
/// just before the next timed build slows that build down on ext4 (bench/README.md).
enum FleetBenchmark {
    static func run(arguments: [String]) throws {
        var positional: [String] = []
        var output: String?
        var asOf = CalendarDate(year: 2026, month: 11, day: 29)!
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--output": output = iterator.next()
            case "--as-of":
                let parts = (iterator.next() ?? "").split(separator: "-").compactMap { Int($0) }
                guard parts.count == 3, let date = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) else {
                    throw BenchmarkError("--as-of needs YYYY-MM-DD")
                }
                asOf = date
            default: positional.append(argument)
            }
        }
        guard let root = positional.first else { throw BenchmarkError("usage: license-report-benchmark fleet ROOT [JOBS] [--output DIR]") }
        let jobs = positional.dropFirst().first.flatMap { Int($0) } ?? ProcessInfo.processInfo.activeProcessorCount
        let out = output ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("license-report-fleet-\(getpid())-\(Int(Date().timeIntervalSince1970))").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

        let tenants = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
            .filter { FileManager.default.fileExists(atPath: "\(root)/\($0)/license.json") }
        let reportDate = ReportDateSource.date(asOf)
        let clock = ContinuousClock()
        let start = clock.now
        let renderer = try SiteRenderer(templatesDirectory: nil)
        let parsed = start.duration(to: clock.now)
        let totals = StageTotals()
        let next = NSLock()
        nonisolated(unsafe) var nextIndex = 0
        DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { _ in
            while true {
                let index: Int = next.withLock { defer { nextIndex += 1 }; return nextIndex }
                guard index < tenants.count else { return }
                let tenant = tenants[index]
                let request = BuildRequest(datasetFolder: "\(root)/\(tenant)", outputDirectory: "\(out)/\(tenant)",
                                           reportDate: reportDate)
                let handler = StageLogHandler(totals: totals)
                var logger = Logger(label: "license-report") { _ in handler }
                logger.logLevel = .debug
                let began = clock.now
                do {
                    let result = try SiteBuild.run(request, renderer: renderer, logger: logger)
                    totals.add(tenant: began.duration(to: clock.now), files: result.files.count,
                               html: result.files.filter { $0.path.hasSuffix(".html") }.count)
                } catch {
                    totals.fail("\(tenant): \(error)")
                }
            }
        }
        let wall = start.duration(to: clock.now)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        totals.report(tenants: tenants.count, jobs: jobs, wall: wall, parsed: parsed,
                      peakRSS: Double(usage.ru_maxrss) / 1024, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), output: out)
    }

    static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Sums of every stage over all tenants (thread time: with JOBS threads they add up to about JOBS × wall).
final class StageTotals: @unchecked Sendable {
    private let lock = NSLock()
    private var stages: [String: Duration] = [:]
    private var order: [String] = []
    private var tenantTime = Duration.zero
    private var built = 0, files = 0, html = 0
    private var failures: [String] = []

    func add(stage: String, _ duration: Duration) {
        lock.withLock {
            if stages[stage] == nil { order.append(stage) }
            stages[stage, default: .zero] += duration
        }
    }

    func add(tenant duration: Duration, files: Int, html: Int) {
        lock.withLock { tenantTime += duration; built += 1; self.files += files; self.html += html }
    }

    func fail(_ message: String) { lock.withLock { failures.append(message) } }

    func report(tenants: Int, jobs: Int, wall: Duration, parsed: Duration, peakRSS: Double, cpu: Double, output: String) {
        lock.withLock {
            let seconds = Self.milliseconds(wall) / 1000
            print(String(format: "Fleet: %d tenants (%d built, %d failed), %d jobs, %d files, %d HTML pages in %.2f s: %.0f HTML pages/s, %.2f ms per tenant (wall), CPU %.2f s, peak RSS %.1f MiB",
                         tenants, built, failures.count, jobs, files, html, seconds, Double(html) / seconds,
                         Self.milliseconds(wall) / Double(max(1, built)), cpu, peakRSS))
            print(String(format: "Templates parsed once: %.1f ms. Output: %@", Self.milliseconds(parsed), output))
            let sum = order.reduce(Duration.zero) { $0 + stages[$1]! }
            print("| Stage | thread time, all tenants | per tenant | share |")
            print("|---|---|---|---|")
            for stage in order {
                let ms = Self.milliseconds(stages[stage]!)
                print(String(format: "| %@ | %.0f ms | %.2f ms | %.1f %% |", stage, ms, ms / Double(max(1, built + failures.count)),
                             100 * ms / Self.milliseconds(sum)))
            }
            let rest = Self.milliseconds(tenantTime) - Self.milliseconds(sum)
            print(String(format: "| (outside stages) | %.0f ms | %.2f ms | |", rest, rest / Double(max(1, built))))
            for failure in failures.prefix(5) { print("failed: \(failure)") }
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}

/// Turns `StageTimer`'s debug messages ("render: 12 ms, 61 files") into exact durations: each message ends
/// a stage, and the stage began when the previous one ended (or when the tenant's handler was made), so the
/// time between messages is the stage's time without the message's rounding to whole milliseconds.
struct StageLogHandler: LogHandler {
    final class Mark: @unchecked Sendable { var last = ContinuousClock.now }
    let totals: StageTotals
    let mark = Mark()
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .debug

    init(totals: StageTotals) { self.totals = totals }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let now = ContinuousClock.now
        let text = event.message.description
        guard event.level == .debug, let colon = text.firstIndex(of: ":"), text.contains(" ms") else { return }
        totals.add(stage: String(text[..<colon]), mark.last.duration(to: now))
        mark.last = now
    }
}
