import Foundation
import LicenseReport

/// `fleet ROOT [JOBS] [--output DIR] [--as-of YYYY-MM-DD]`: builds every dataset folder of ROOT in this
/// process with `FleetBuild.run`, exactly what `license-report build-all ROOT --output DIR --jobs JOBS` runs
/// (one `SiteRenderer` for every tenant, JOBS worker threads, each tenant into `DIR/<folder name>/`, batched
/// commits), without the process start and the command line, then prints HTML pages per second, the time
/// of each stage summed over all tenants, and the peak resident memory (docs/performance.md, "Fleet build").
/// It runs under `perf record` and `valgrind --tool=callgrind` as it is.
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

        let clock = ContinuousClock()
        let start = clock.now
        let result = try FleetBuild.run(FleetRequest(root: root, output: out, reportDate: .date(asOf), jobs: jobs))
        let wall = start.duration(to: clock.now)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let ms = StageTotals.milliseconds
        let seconds = ms(wall) / 1000
        print(String(format: "Fleet: %d tenants (%d built, %d failed), %d jobs, %d files, %d HTML pages in %.2f s: %.0f HTML pages/s, %.2f ms per tenant (wall), CPU %.2f s, peak RSS %.1f MiB",
                     result.total, result.built, result.failures.count, jobs, result.files, result.htmlPages, seconds,
                     Double(result.htmlPages) / seconds, ms(wall) / Double(max(1, result.total)),
                     Self.seconds(usage.ru_utime) + Self.seconds(usage.ru_stime), Double(usage.ru_maxrss) / 1024))
        print("Output: \(out)")
        let sum = result.stageTotals.durations.reduce(Duration.zero, +)
        print("| Stage | thread time, all tenants | per tenant | share |")
        print("|---|---|---|---|")
        for (name, duration) in zip(FleetStageTotals.stageNames, result.stageTotals.durations) {
            print(String(format: "| %@ | %.0f ms | %.2f ms | %.1f %% |", name, ms(duration), ms(duration) / Double(max(1, result.total)),
                         100 * ms(duration) / ms(sum)))
        }
        for failure in result.failures.prefix(5) { print("failed: \(failure.tenant): \(failure.diagnostics.first.map { "\($0)" } ?? "")") }
    }

    static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Duration arithmetic of the report.
enum StageTotals {
    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
