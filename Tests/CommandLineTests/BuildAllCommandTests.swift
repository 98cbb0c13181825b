import Foundation
import Synchronization
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// End-to-end: `license-report build-all` and `license-report index` on the bundled fleet
/// (fixtures/fleet, 12 generated customers), as issue 9's "Done when" lists.
@Suite(.serialized) struct BuildAllCommandTests {
    static let asOf = "2026-11-29"
    static let tenants = (1...12).map { String(format: "tenant-%05d", $0) }

    /// A copy of fixtures/fleet (tenants only) in a new temporary folder, so a test can break or remove one.
    static func fleetCopy() throws -> URL {
        let root = try temporaryFolder("fleet").appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for tenant in tenants {
            try FileManager.default.copyItem(at: Repository.url("fixtures/fleet/\(tenant)"), to: root.appendingPathComponent(tenant))
        }
        return root
    }

    static func buildAll(_ root: URL, _ output: URL, _ extra: [String] = []) throws -> ProcessResult {
        try LicenseReportBinary.run(["build-all", root.path, "--output", output.path, "--as-of", asOf] + extra)
    }

    /// The snapshot of a folder without the entries below `excluded` (relative path prefixes).
    static func snapshot(_ folder: URL, excluding excluded: [String] = []) throws -> [String: Data] {
        try TestSupport.snapshot(of: folder).filter { path, _ in !excluded.contains { path.hasPrefix($0) } }
    }

    static func indexJSON(_ output: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: output.appendingPathComponent("index.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["asOf"] as? String == asOf)
        return try #require(object["tenants"] as? [[String: Any]])
    }

    @Test func aFleetIsBuiltExactlyAsSingleBuilds() throws {
        let output = try temporaryFolder("fleet-out").appendingPathComponent("sites")
        let result = try Self.buildAll(Repository.url("fixtures/fleet"), output, ["--jobs", "2", "--verbose"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("Built 12 of 12 customers.\n"), "\(result.stdout)")
        // --verbose: progress as plain lines, then the stage report the benchmark reads.
        #expect(!result.stderr.contains("\r"))
        #expect(result.stderr.contains("Building 12 of 12 customers, 0 failed, "), "\(result.stderr)")
        for stage in ["load and check", "compute", "render", "validate", "publish"] {
            #expect(result.stderr.range(of: "\nstage \(stage): [0-9]+ ms\n", options: .regularExpression) != nil, "\(stage): \(result.stderr)")
        }
        #expect(result.stderr.range(of: "\nstage total: [0-9]+ ms over 12 customers, 2 jobs\nwall: [0-9]+ ms, [0-9]+ HTML pages, [0-9]+ files\n$",
                                    options: .regularExpression) != nil, "\(result.stderr)")
        let single = try temporaryFolder("fleet-single")
        for tenant in Self.tenants {
            let site = single.appendingPathComponent(tenant)
            let build = try LicenseReportBinary.run(["build", "fixtures/fleet/\(tenant)", "--output", site.path, "--as-of", Self.asOf])
            #expect(build.status == 0, "\(build.stderr)")
            let expected = try Self.snapshot(site), actual = try Self.snapshot(output.appendingPathComponent(tenant))
            #expect(expected.keys.sorted() == actual.keys.sorted(), "\(tenant)")
            #expect(expected["report.json"] != nil)
            for (path, bytes) in expected { #expect(actual[path] == bytes, "\(tenant)/\(path) differs from a single build") }
        }
        let rows = try Self.indexJSON(output)
        #expect(Set(rows.compactMap { $0["tenant"] as? String }) == Set(Self.tenants))
        #expect(rows.allSatisfy { $0["status"] as? String == "built" && $0["errors"] is NSNull })
        #expect(rows.first.map { Array($0.keys).sorted() } == ["companyName", "errors", "latestMeteredTotal", "nextExpiryDate", "runningEvents",
                                                              "serialNr", "status", "tenant", "worstLevel"])
        let html = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        for tenant in Self.tenants { #expect(html.contains("<a href=\"\(tenant)/index.html\">\(tenant)</a>")) }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.md").path))
        // Without --verbose and with standard error not a terminal: no progress at all.
        let quiet = try Self.buildAll(Repository.url("fixtures/fleet"), output)
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test func theOverviewIsInTheLanguageOfLocale() throws {
        let output = try temporaryFolder("fleet-out").appendingPathComponent("sites")
        let result = try Self.buildAll(Repository.url("fixtures/fleet"), output, ["--locale", "nb"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nb\">"))
        #expect(html.contains("<h1>Lisensstatus for kundene</h1>"))
        #expect(html.contains("12 kunder: 1 ved grensen, 1 nær grensen."), "\(html)")
        #expect(html.contains("<time datetime=\"2026-11-29\">29. november 2026</time>"))
        for english in ["Customer licence status", "Worst restriction", "Most urgent first", "Running events", "Also as"] {
            #expect(!html.contains(english), "\(english)")
        }
        // The tenants' sites follow --locale too; index.json stays a machine format.
        let tenantPage = try String(contentsOf: output.appendingPathComponent("tenant-00001/index.html"), encoding: .utf8)
        #expect(tenantPage.contains("lang=\"nb\""))
        let json = try String(contentsOf: output.appendingPathComponent("index.json"), encoding: .utf8)
        #expect(json.contains("\"asOf\": \"2026-11-29\"") || json.contains("\"asOf\":\"2026-11-29\""), "\(json.prefix(200))")
        // `index --locale de` writes the same overview in German.
        let index = try LicenseReportBinary.run(["index", output.path, "--locale", "de"])
        #expect(index.status == 0, "\(index.stderr)")
        let markdown = try String(contentsOf: output.appendingPathComponent("index.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Lizenzstatus der Kunden\n"), "\(markdown.prefix(200))")
        #expect(markdown.contains("| Kunde | Seriennummer | Schwerste Einschränkung |"), "\(markdown)")
    }

    @Test func oneSiteNeverReplacesAFleet() throws {
        let output = try temporaryFolder("fleet-out").appendingPathComponent("sites")
        let root = try Self.fleetCopy()
        #expect(try Self.buildAll(root, output).status == 0)
        let before = try Self.snapshot(output)
        let build = try LicenseReportBinary.run(["build", root.appendingPathComponent("tenant-00001").path, "--output", output.path,
                                                 "--as-of", Self.asOf])
        #expect(build.status == 73)
        #expect(build.stderr.contains("it holds the sites of many customers (written by license-report build-all), which one site would replace"),
                "\(build.stderr)")
        #expect(try Self.snapshot(output) == before)
    }

    @Test func twoBrokenTenantsKeepTheirSitesAndAreReported() throws {
        let root = try Self.fleetCopy()
        let output = try temporaryFolder("fleet-out").appendingPathComponent("sites")
        let first = try Self.buildAll(root, output)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try ["tenant-00003", "tenant-00007", "tenant-00001"].map { try Self.snapshot(output.appendingPathComponent($0)) }

        try Data("[{\"OwnerName\": \"SUPEROFFICE\",]".utf8).write(to: root.appendingPathComponent("tenant-00003/license.json"))
        try Data("{\"TimeZone\": 7}".utf8).write(to: root.appendingPathComponent("tenant-00007/status.json"))
        let second = try LicenseReportBinary.run(["build-all", root.path, "--output", output.path, "--as-of", "2026-11-30"])
        #expect(second.status == 65, "\(second.stderr)")
        #expect(second.stdout.hasSuffix("Built 10 of 12 customers; 2 failed.\n"), "\(second.stdout)")
        let lines = second.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("tenant-00003: \(root.path)/tenant-00003/license.json:1:") && $0.contains("error:") }, "\(second.stderr)")
        #expect(lines.contains { $0.hasPrefix("tenant-00007: \(root.path)/tenant-00007/status.json") && $0.contains("error:") }, "\(second.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("tenant-00003: ") || $0.hasPrefix("tenant-00007: ") }, "\(second.stderr)")
        #expect(lines.contains("tenant-00003: 1 error, 0 warnings."), "\(second.stderr)")
        // The broken tenants' sites are kept byte for byte; the others are rebuilt for the new date.
        #expect(try Self.snapshot(output.appendingPathComponent("tenant-00003")) == before[0])
        #expect(try Self.snapshot(output.appendingPathComponent("tenant-00007")) == before[1])
        #expect(try Self.snapshot(output.appendingPathComponent("tenant-00001")) != before[2])
        let rows = try Self.indexJSON(output, asOf: "2026-11-30")
        let failed = rows.filter { $0["status"] as? String == "failed" }
        #expect(failed.compactMap { $0["tenant"] as? String }.sorted() == ["tenant-00003", "tenant-00007"])
        for row in failed {
            let errors = try #require(row["errors"] as? [String: Any])
            #expect((errors["count"] as? Int ?? 0) >= 1)
            #expect((errors["first"] as? String)?.contains("error:") == true)
            #expect((errors["first"] as? String)?.contains(root.path) == false, "positions are relative to the dataset folder")
        }
        let html = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("Not updated"))
        #expect(html.contains("<a href=\"tenant-00003/index.html\">tenant-00003</a>"))
        #expect(html.contains("(Previous site)"))
    }

    static func indexJSON(_ output: URL, asOf: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: output.appendingPathComponent("index.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["asOf"] as? String == asOf)
        return try #require(object["tenants"] as? [[String: Any]])
    }

    @Test func aTenantThatLeftRootLosesItsSite() throws {
        let root = try Self.fleetCopy()
        let output = try temporaryFolder("fleet-out").appendingPathComponent("sites")
        #expect(try Self.buildAll(root, output).status == 0)
        // Someone else's folder in OUTPUT is never touched, even with a safe name.
        let foreign = output.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("todo.txt"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("tenant-00005"))

        let result = try Self.buildAll(root, output)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Removed the site of 1 customer no longer in \(root.path): tenant-00005.\n"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("Built 11 of 11 customers.\n"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("tenant-00005").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(".tenant-00005.publish").path))
        #expect(try TestSupport.snapshot(of: foreign) == ["todo.txt": Data("mine".utf8)])
        #expect(try Self.indexJSON(output).count == 11)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(!names.contains { $0.contains("staging") || $0.hasSuffix(".tmp") }, "\(names)")

        // An export that lost its license.json (its other files still there) is a broken customer, not one
        // that left: it fails and keeps its site. A folder with no dataset file at all is not a customer.
        let kept = try Self.snapshot(output.appendingPathComponent("tenant-00002"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("tenant-00002/license.json"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("archive"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: root.appendingPathComponent("archive/readme.txt"))
        let broken = try Self.buildAll(root, output)
        #expect(broken.status == 65, "\(broken.stderr)")
        #expect(broken.stdout.hasSuffix("Built 10 of 11 customers; 1 failed.\n"), "\(broken.stdout)")
        #expect(!broken.stdout.contains("Removed"), "\(broken.stdout)")
        #expect(broken.stderr.contains("tenant-00002: \(root.path)/tenant-00002: error: "), "\(broken.stderr)")
        #expect(broken.stderr.contains("license.json"), "\(broken.stderr)")
        #expect(try Self.snapshot(output.appendingPathComponent("tenant-00002")) == kept)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("archive").path))
    }

    @Test func threeConcurrentShardsAndIndexEqualOneRun() throws {
        let whole = try temporaryFolder("fleet-out").appendingPathComponent("sites")
        let one = try Self.buildAll(Repository.url("fixtures/fleet"), whole)
        #expect(one.status == 0, "\(one.stderr)")

        let sharded = try temporaryFolder("fleet-out").appendingPathComponent("sites")
        let results = Mutex<[Int: ProcessResult]>([:])
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            let result = Result { try Self.buildAll(Repository.url("fixtures/fleet"), sharded, ["--shard", "\(index + 1)/3", "--jobs", "1"]) }
            results.withLock { $0[index] = try? result.get() }
        }
        let shards = results.withLock { $0 }
        #expect(shards.count == 3)
        // The hash puts 4, 3 and 5 of the 12 customers into shards 1, 2 and 3.
        for (index, built) in [(0, 4), (1, 3), (2, 5)] {
            #expect(shards[index]?.status == 0, "\(shards[index]?.stderr ?? "")")
            #expect(shards[index]?.stdout.hasSuffix("Built \(built) of \(built) customers.\n") == true, "\(shards[index]?.stdout ?? "")")
        }
        let index = try LicenseReportBinary.run(["index", sharded.path])
        #expect(index.status == 0, "\(index.stderr)")
        #expect(index.stdout.contains("overview of 12 customers"), "\(index.stdout)")
        #expect(try Self.snapshot(sharded, excluding: [".shards/"]) == Self.snapshot(whole, excluding: [".shards/"]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sharded.appendingPathComponent(".shards").path).sorted()
                == ["1-of-3.json", "2-of-3.json", "3-of-3.json"])

        // A tenant that left ROOT is removed by the shard its name hashes to (tenant-00005: shard 1), not by the others.
        let root = try Self.fleetCopy()
        try FileManager.default.removeItem(at: root.appendingPathComponent("tenant-00005"))
        let other = try Self.buildAll(root, sharded, ["--shard", "2/3"])
        #expect(other.status == 0 && !other.stdout.contains("Removed"), "\(other.stdout)")
        #expect(FileManager.default.fileExists(atPath: sharded.appendingPathComponent("tenant-00005").path))
        let owner = try Self.buildAll(root, sharded, ["--shard", "1/3"])
        #expect(owner.stdout.contains("Removed the site of 1 customer no longer in \(root.path): tenant-00005."), "\(owner.stdout)")
        #expect(!FileManager.default.fileExists(atPath: sharded.appendingPathComponent("tenant-00005").path))
    }

    @Test func anUnsafeFolderNameFailsThatTenantOnly() throws {
        let root = try Self.fleetCopy()
        for name in ["bad name", ".hidden"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent("tenant-00001"), to: root.appendingPathComponent(name))
        }
        let output = try temporaryFolder("fleet-out").appendingPathComponent("sites")
        let result = try Self.buildAll(root, output)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("Built 12 of 14 customers; 2 failed.\n"), "\(result.stdout)")
        #expect(result.stderr.contains("bad name: \(root.path)/bad name: error: the folder name 'bad name' is not safe as one URL path segment"), "\(result.stderr)")
        #expect(result.stderr.contains(".hidden: \(root.path)/.hidden: error: the folder name '.hidden' is not safe"), "\(result.stderr)")
        for tenant in Self.tenants { #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(tenant)/index.html").path)) }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("bad name").path))
        let failedRows = try Self.indexJSON(output).filter { $0["status"] as? String == "failed" }
        #expect(failedRows.compactMap { $0["tenant"] as? String }.sorted() == [".hidden", "bad name"])
        // The published overview names no path of the machine that built it.
        let firstErrors = Self.firstErrors(failedRows)
        for name in [".hidden", "bad name"] {
            #expect(firstErrors[name]?.hasPrefix("error: the folder name '\(name)' is not safe as one URL path segment, so this customer gets no site") == true,
                    "\(firstErrors)")
        }

        // A tenant whose folder in OUTPUT is someone else's fails its publish, alone too.
        let foreign = output.appendingPathComponent("tenant-00002")
        try FileManager.default.removeItem(at: foreign)
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        let again = try Self.buildAll(root, output)
        #expect(again.status == 65, "\(again.stderr)")
        #expect(again.stdout.hasSuffix("Built 11 of 14 customers; 3 failed.\n"), "\(again.stdout)")
        #expect(again.stderr.contains("tenant-00002: error: will not replace \(output.path)/tenant-00002: it is not empty"), "\(again.stderr)")
        #expect(try TestSupport.snapshot(of: foreign) == ["notes.txt": Data("mine".utf8)])
        let foreignError = Self.firstErrors(try Self.indexJSON(output))["tenant-00002"]
        #expect(foreignError?.hasPrefix("error: will not replace tenant-00002: it is not empty") == true, "\(foreignError ?? "")")
        #expect(foreignError?.contains(output.path) == false)
    }

    /// The first error of each failed row of index.json, by tenant.
    static func firstErrors(_ rows: [[String: Any]]) -> [String: String] {
        rows.reduce(into: [:]) { errors, row in
            if let tenant = row["tenant"] as? String, let first = (row["errors"] as? [String: Any])?["first"] as? String { errors[tenant] = first }
        }
    }

    /// SIGINT in the middle of a fleet: no new customer is started, the sites already swapped in stay (and
    /// the message says how many), nothing half-written is left, no overview is written from a partial set,
    /// and the process ends by the signal.
    @Test func anInterruptedFleetBuildSaysWhatItPublished() throws {
        let scratch = try temporaryFolder("fleet-interrupted")
        let root = scratch.appendingPathComponent("root"), output = scratch.appendingPathComponent("sites")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for copy in 0..<10 {
            for tenant in Self.tenants {
                try FileManager.default.copyItem(at: Repository.url("fixtures/fleet/\(tenant)"), to: root.appendingPathComponent("\(tenant)-\(copy)"))
            }
        }
        let process = Process()
        process.executableURL = LicenseReportBinary.url
        process.arguments = ["build-all", root.path, "--output", output.path, "--as-of", Self.asOf, "--jobs", "2"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        func sites() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).filter { !$0.hasPrefix(".") && !$0.hasPrefix("index.") }
        }
        while process.isRunning {
            if sites().count >= 8 { kill(process.processIdentifier, SIGINT); break }
            usleep(1000)
        }
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationReason == .uncaughtSignal, "the build finished before the signal: \(stderr)")
        #expect(process.terminationStatus == SIGINT)
        let published = sites().count
        #expect(published >= 8 && published < 120)
        #expect(stderr.contains("error: build-all into \(output.path) was interrupted: \(published) of 120 customers had their new site published and keep it; the others and the overview are as the previous run left them: run build-all again to finish"),
                "\(stderr)")
        for site in sites() { #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(site)/index.html").path)) }
        // Nothing half-written: besides the sites, only the fleet's marker and each site's lock record.
        let hidden = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".") }
        #expect(hidden.filter { $0 != ".license-report" && !($0.hasSuffix(".publish")) } == [], "\(hidden)")
        for record in hidden where record.hasSuffix(".publish") {
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(record).path).filter { $0 != "lock" } == [])
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("index.json").path))
        // The next run finishes the job.
        let again = try Self.buildAll(root, output)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(sites().count == 120)
    }

    @Test func errorsOfTheRunItself() throws {
        let fleet = Repository.url("fixtures/fleet").path
        let notOurs = try temporaryFolder("fleet-out")
        try Data("x".utf8).write(to: notOurs.appendingPathComponent("keep.txt"))
        let refused = try LicenseReportBinary.run(["build-all", fleet, "--output", notOurs.path, "--as-of", Self.asOf])
        #expect(refused.status == 73 && refused.stderr.contains("will not replace"), "\(refused.stderr)")
        #expect(try TestSupport.snapshot(of: notOurs) == ["keep.txt": Data("x".utf8)])

        let site = try temporaryFolder("fleet-out").appendingPathComponent("site")
        #expect(try LicenseReportBinary.run(["build", "fixtures/fleet/tenant-00001", "--output", site.path]).status == 0)
        let single = try LicenseReportBinary.run(["build-all", fleet, "--output", site.path, "--as-of", Self.asOf])
        #expect(single.status == 73 && single.stderr.contains("holds the site of a single license-report build"), "\(single.stderr)")

        let out = try temporaryFolder("fleet-out").appendingPathComponent("sites").path
        let shardError = try LicenseReportBinary.run(["build-all", fleet, "--output", out, "--shard", "4/3"])
        #expect(shardError.status == 64)
        #expect(shardError.stderr.contains("Usage: license-report build-all "), "\(shardError.stderr)")
        #expect(try LicenseReportBinary.run(["build-all", fleet, "--output", out, "--shard-count", "3"]).status == 64)
        #expect(try LicenseReportBinary.run(["build-all", fleet, "--output", out, "--jobs", "0"]).status == 64)
        #expect(try LicenseReportBinary.run(["build-all", "fixtures/no-such-fleet", "--output", out]).status == 66)
        #expect(try LicenseReportBinary.run(["build-all", fleet, "--output", fleet]).status == 73)
        // A refused run leaves nothing behind, not even the lock folder beside the output it refused.
        #expect(!FileManager.default.fileExists(atPath: Repository.url("fixtures/.fleet.publish").path))
        #expect(try LicenseReportBinary.run(["index", out]).status == 66)
        // Kubernetes: the index comes from JOB_COMPLETION_INDEX, the count from the command line.
        let kubernetes = try LicenseReportBinary.run(["build-all", fleet, "--output", out, "--as-of", Self.asOf, "--shard-count", "3"],
                                                     environment: ["JOB_COMPLETION_INDEX": "1"])
        #expect(kubernetes.status == 0 && kubernetes.stdout.hasSuffix("Built 3 of 3 customers.\n"), "\(kubernetes.stdout)\(kubernetes.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/.shards/2-of-3.json"))

        // --fail-on per tenant: every site published, then exit 1. Three tenants are at "Limit reached", but only
        // tenant-00005 at a Maximum above 0 (a Maximum of 0, not in plan, never triggers: docs/command-line.md).
        let alarmed = try temporaryFolder("fleet-out").appendingPathComponent("sites")
        let alarm = try LicenseReportBinary.run(["build-all", fleet, "--output", alarmed.path, "--as-of", Self.asOf, "--fail-on", "reached"])
        #expect(alarm.status == 1, "\(alarm.stderr)")
        #expect(alarm.stdout.hasSuffix("Built 12 of 12 customers.\n"))
        #expect(alarm.stderr == "alarm: tenant-00005: reached: Active projects: 100 of 100 (Limit reached)\n"
                + "--fail-on reached: 1 row of 1 customer triggered; exit 1.\n", "\(alarm.stderr)")
    }
}
