import Foundation
import LicenseReport

/// The publish stage alone (docs/performance.md, "Publishing"): the site is rendered once, then published
/// again and again. Run it under `strace -c -f` to count the flushes.
///
/// - `publish MONTHS RUNS [each-file]`: RUNS publishes over the previous site (a nightly build's steady
///   state); prints the median and the fastest. `each-file` flushes every file and folder instead of one
///   `syncfs` per publish.
/// - `publish-fleet MONTHS TENANTS BATCH`: TENANTS copies of the site into `fleet/tenant-N/`, staged and
///   committed BATCH at a time (1: one `Publisher.publish` each), twice (created, then replaced); prints
///   the time per tenant of the second pass.
enum PublishBenchmark {
    static func run(mode: String, dataset: URL, into work: URL, numbers: [Int], durability: PublishDurability) throws {
        let checked = try DatasetLoader.load(folder: dataset.path)
        let report = ReportBuilder.build(checked.dataset, asOf: CalendarDate(year: 2026, month: 11, day: 15)!)
        let files = try SiteRenderer(templatesDirectory: nil).renderSite(report, audience: .admin, csvDialect: .standard)
        let options = PublishOptions(durability: durability)
        let clock = ContinuousClock()
        if mode == "publish-fleet" {
            let tenants = numbers.first ?? 100, batch = max(1, numbers.dropFirst().first ?? 1)
            let fleet = work.appendingPathComponent("fleet")
            var elapsed = Duration.zero
            for _ in 0..<2 {
                elapsed = try clock.measure {
                    for start in stride(from: 0, to: tenants, by: batch) {
                        let staged = try (start..<min(start + batch, tenants)).map {
                            try Publisher.stage(files, to: fleet.appendingPathComponent("tenant-\($0)").path, options: options)
                        }
                        for result in Publisher.commit(staged) { _ = try result.get() }
                    }
                }
            }
            print(String(format: "Fleet: %d tenants of %d files, committed %d at a time: %.0f ms in all, %.2f ms per tenant.",
                         tenants, files.count + 1, batch, milliseconds(elapsed), milliseconds(elapsed) / Double(tenants)))
            return
        }
        let runs = numbers.first ?? 5
        let output = work.appendingPathComponent("site")
        var durations: [Duration] = []
        for _ in 0..<runs { durations.append(try clock.measure { _ = try Publisher.publish(files, to: output.path, options: options) }) }
        let sorted = durations.map(milliseconds).sorted()
        let bytes = files.reduce(0) { $0 + $1.contents.count }
        print(String(format: "Publish: %d files (%.1f MB), %d runs over the previous site: median %.1f ms, fastest %.1f ms.",
                     files.count + 1, Double(bytes) / 1e6, runs, sorted[sorted.count / 2], sorted[0]))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
