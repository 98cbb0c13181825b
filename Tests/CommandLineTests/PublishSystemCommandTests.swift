import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, publishing 3 and 5 end to end, seen from the system: the flushes a build makes (strace),
/// and a build by another user over a site it cannot remove (setpriv).
@Suite struct PublishSystemCommandTests {
    static let asOf = ["--as-of", "2026-11-15"]

    /// The calls per system call name from `strace -c` output.
    static func callCounts(_ summary: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in summary.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 5, let calls = Int(fields[3]), let name = fields.last, name != "total" else { continue }
            counts[String(name)] = calls
        }
        return counts
    }

    /// Before: one fsync per file (Foundation's `Data.write`), 58 for the sample. Now one syncfs of the
    /// staging folder's file system before the swap and one fsync of the parent folder after it.
    @Test(.enabled(if: ExternalTools.shouldRun(needing: "strace")))
    func aBuildFlushesItsFileSystemOnceAndTheParentOnceNotEveryFile() throws {
        let root = try temporaryFolder()
        let summary = root.appendingPathComponent("strace.txt")
        for _ in 0..<2 { // a first build, and one that replaces it
            let result = try runProcess(
                try #require(ExternalTools.find("strace")),
                ["-f", "-c", "-o", summary.path, "-e", "trace=fsync,fdatasync,syncfs,sync,sync_file_range,msync",
                 LicenseReportBinary.url.path, "build", "fixtures/nordlys-module-based", "--output", root.appendingPathComponent("site").path] + Self.asOf,
                currentDirectory: Repository.root)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.callCounts(try String(contentsOf: summary, encoding: .utf8)) == ["syncfs": 1, "fsync": 1])
        }
    }

    /// Whether `setpriv` can run the built binary as nobody (the checkout must be readable by others).
    static let nobodyCanRun: Bool = {
        guard getuid() == 0, let setpriv = ExternalTools.find("setpriv") else { return false }
        let probe = try? runProcess(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", LicenseReportBinary.url.path, "--help"])
        return probe?.status == 0
    }()

    /// Issue 10, publishing 5, as reported: a user replacing root's site in a world-writable folder. The
    /// swap works (within one folder), the removal of root's files does not: the build succeeds, and says
    /// where the previous site was left. A later build by root removes it.
    @Test(.enabled(if: nobodyCanRun))
    func aBuildOverASiteItCannotRemoveSaysWhereThePreviousSiteWasLeft() throws {
        let root = try temporaryFolder().resolvingSymlinksInPath()
        #expect(chmod(root.path, 0o777) == 0)
        let output = root.appendingPathComponent("site")
        #expect(try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output.path, "--as-of", "2026-11-14"]).status == 0)
        let before = try snapshot(of: output)
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        #expect(chmod(dataset.deletingLastPathComponent().path, 0o755) == 0)
        let asNobody = try runProcess(
            try #require(ExternalTools.find("setpriv")),
            ["--reuid=65534", "--regid=65534", "--clear-groups", LicenseReportBinary.url.path, "build", dataset.path, "--output", output.path] + Self.asOf)
        #expect(asNobody.status == 0, "\(asNobody.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site.staging-") }
        #expect(left.count == 1)
        let leftPath = root.appendingPathComponent(left.first ?? "").path
        #expect(asNobody.stderr == "warning: the new site is in place, but the previous one could not be removed and is left in \(leftPath) (Permission denied): remove it by hand\n")
        #expect(asNobody.stdout.hasPrefix("Built \(output.path)/ from \(dataset.path): "), "\(asNobody.stdout)")
        #expect(try snapshot(of: output) != before, "the new site is in place")

        let byRoot = try LicenseReportBinary.run(["build", dataset.path, "--output", output.path] + Self.asOf)
        #expect(byRoot.status == 0 && byRoot.stderr == "", "\(byRoot.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".site.publish", "site"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".site.publish").path) == ["lock"])
    }
}
