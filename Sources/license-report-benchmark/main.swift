// license-report-benchmark: times every stage of a whole build of a large generated site and reports
// them (docs/performance.md, "Whole build"). A benchmark is a program with a report, not a timed test.
//
//   swift build -c release && .build/release/license-report-benchmark [MONTHS] [RUNS]
//   .build/release/license-report-benchmark publish [MONTHS] [RUNS] [each-file]
//   .build/release/license-report-benchmark publish-fleet [MONTHS] [TENANTS] [BATCH]
//   .build/release/license-report-benchmark fleet ROOT [JOBS] [--output DIR] [--as-of YYYY-MM-DD]
//   .build/release/license-report-benchmark versus-hugo N [N ...]     (runs Benchmarks/versus-hugo.sh)
//
// It copies fixtures/nordlys-module-based (run it from the repository root), replaces its usage with
// MONTHS months of monthly rows (default 246, which gives a site of about 1,000 files: four usage files
// a month plus the pages), then runs load → compute → render → validate → publish RUNS times (default 5)
// and prints each stage's median wall time, validation's pages per second and its share of the build.
// `publish` and `publish-fleet` time the publish stage alone (PublishBenchmark.swift); `fleet` builds every
// tenant of a generated fleet in one process as `build-all` does (FleetBenchmark.swift).
import Foundation
import LicenseReport

if CommandLine.arguments.dropFirst().first == "versus-hugo" {
    // Hugo, /usr/bin/time and the folders are a shell's job: the script is the benchmark, this only starts it.
    let script = Process()
    script.executableURL = URL(fileURLWithPath: "Benchmarks/versus-hugo.sh")
    script.arguments = Array(CommandLine.arguments.dropFirst(2))
    try script.run()
    script.waitUntilExit()
    exit(script.terminationStatus)
}
if CommandLine.arguments.dropFirst().first == "fleet" {
    try FleetBenchmark.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let months = arguments.first ?? 246
let runs = arguments.dropFirst().first ?? 5

let work = FileManager.default.temporaryDirectory.appendingPathComponent("license-report-benchmark-\(getpid())")
let dataset = work.appendingPathComponent("dataset")
let output = work.appendingPathComponent("site")
try FileManager.default.createDirectory(at: dataset, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }
for name in ["license.json", "status.json", "tariffs.json", "events.csv"] {
    try FileManager.default.copyItem(at: URL(fileURLWithPath: "fixtures/nordlys-module-based/\(name)"),
                                     to: dataset.appendingPathComponent(name))
}
// Deterministic usage: month i gets fixed, varied quantities (no random generator needed).
var usage = "Period,Service,Quantity\n"
for index in 0..<months {
    let month = YearMonth(year: 2000 + index / 12, month: index % 12 + 1)!
    usage += "\(month),ActiveUsers,\(20 + index % 21)\n"
    usage += "\(month),StorageSpace,\(150 + (index * 37) % 250).\(index % 10)\n"
    usage += "\(month),MailingsEmails,\(5000 + (index * 7919) % 25000)\n"
    usage += "\(month),CustomerCenterLogins,\(500 + (index * 613) % 1000)\n"
    usage += "\(month),ChatSessions,\(100 + (index * 97) % 500)\n"
    usage += "\(month),FormSubmissions,\(300 + (index * 211) % 1700)\n"
}
try Data(usage.utf8).write(to: dataset.appendingPathComponent("usage.csv"))

let stages = ["load and check", "compute", "render", "validate", "publish"]
var timings: [String: [Duration]] = [:]
var fileCount = 0
var pageCount = 0
let clock = ContinuousClock()
@MainActor func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
    var result: T?
    let elapsed = try clock.measure { result = try body() }
    timings[stage, default: []].append(elapsed)
    return result!
}

if let mode = CommandLine.arguments.dropFirst().first, mode.hasPrefix("publish") {
    try PublishBenchmark.run(mode: mode, dataset: dataset, into: work, numbers: Array(arguments.dropFirst()),
                             durability: CommandLine.arguments.contains("each-file") ? .syncEachFile : .syncFileSystem)
    try? FileManager.default.removeItem(at: work) // exit skips the defer above
    exit(0)
}

for _ in 0..<runs {
    let checked = try time("load and check") { try DatasetLoader.load(folder: dataset.path) }
    let report = time("compute") { ReportBuilder.build(checked.dataset, asOf: CalendarDate(year: 2026, month: 11, day: 15)!) }
    let files = try time("render") { () throws -> [RenderedFile] in
        try SiteRenderer(templatesDirectory: nil).renderSite(report, audience: .admin, csvDialect: .standard)
    }
    let problems = time("validate") { SiteValidator.validate(files) }
    precondition(problems.isEmpty, "the generated site does not validate: \(problems)")
    _ = try time("publish") { try Publisher.publish(files, to: output.path) }
    fileCount = files.count
    pageCount = files.filter { $0.path.hasSuffix(".html") || $0.path.hasSuffix(".md") }.count
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}
func median(_ values: [Duration]) -> Double {
    let sorted = values.map(milliseconds).sorted()
    return sorted[sorted.count / 2]
}
let medians = Dictionary(uniqueKeysWithValues: stages.map { ($0, median(timings[$0]!)) })
let total = stages.reduce(0) { $0 + medians[$1]! }
print("Site: \(months) usage months, \(fileCount) files (\(pageCount) HTML and Markdown pages), \(runs) runs, medians:")
print("| Stage | Median wall time | Share of the build |")
print("|---|---|---|")
for stage in stages {
    print(String(format: "| %@ | %.0f ms | %.1f %% |", stage, medians[stage]!, 100 * medians[stage]! / total))
}
print(String(format: "| whole build | %.0f ms | 100 %% |", total))
print(String(format: "Validation: %.0f pages per second (HTML and Markdown pages checked).", Double(pageCount) / (medians["validate"]! / 1000)))
