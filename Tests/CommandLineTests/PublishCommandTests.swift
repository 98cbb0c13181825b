import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, publishing 1–3 end to end: the built binary, several at once, killed, interrupted, traced.
@Suite struct PublishCommandTests {
    static let asOf = ["--as-of", "2026-11-15"]

    /// Everything in `root` but the site `name` and its `.name.publish/lock`: staging folders, records.
    static func leftovers(in root: URL, output name: String = "site") throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0 != name && $0 != ".\(name).publish" }
        let records = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".\(name).publish").path)) ?? []
        return (names + records.filter { $0 != "lock" }).sorted()
    }

    /// The sample dataset with `months` months of usage: 246 give a site of 994 files.
    static func bigDataset(months: Int = 246) throws -> URL {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        var usage = "Period,Service,Quantity\n"
        for index in 0..<months {
            let month = String(format: "%04d-%02d", 2000 + index / 12, index % 12 + 1)
            usage += "\(month),ActiveUsers,\(20 + index % 21)\n\(month),StorageSpace,\(150 + (index * 37) % 250).\(index % 10)\n"
            usage += "\(month),MailingsEmails,\(5000 + (index * 7919) % 25000)\n\(month),ChatSessions,\(100 + (index * 97) % 500)\n"
        }
        try Data(usage.utf8).write(to: dataset.appendingPathComponent("usage.csv"))
        return dataset
    }

    /// Starts a build of `dataset` into `root/site`, waits until its staging folder appears, then sends
    /// `signal`. Returns nil when the build finished before its staging folder was seen (a busy machine).
    static func interruptMidPublish(_ dataset: URL, into root: URL, with signal: Int32) throws -> Process? {
        let process = Process()
        process.executableURL = LicenseReportBinary.url
        process.arguments = ["build", dataset.path, "--output", root.appendingPathComponent("site").path] + asOf
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
            if names.contains(where: { $0.hasPrefix(".site.staging-") }) {
                kill(process.processIdentifier, signal)
                process.waitUntilExit()
                return process
            }
            usleep(500)
        }
        process.waitUntilExit()
        return nil
    }

    /// `unshare --pid --fork`, where it works (root): each build then runs as process 1 of its own PID
    /// namespace, as in two containers, which is how the old staging name `.NAME.staging-PID` collided.
    static let samePID: [String] = {
        guard let unshare = ExternalTools.find("unshare"),
              (try? runProcess(unshare, ["--pid", "--fork", "true"]))?.status == 0 else { return [] }
        return [unshare.path, "--pid", "--fork"]
    }()

    @Test func buildsIntoOneOutputAtOnceAllSucceedAndLeaveOneWholeSite() throws {
        let reference = try temporaryFolder().appendingPathComponent("site")
        #expect(try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", reference.path] + Self.asOf).status == 0)
        let root = try temporaryFolder()
        let output = root.appendingPathComponent("site")
        let processes = try (0..<4).map { _ in
            let process = Process()
            let command = Self.samePID + [LicenseReportBinary.url.path, "build", "fixtures/nordlys-module-based", "--output", output.path] + Self.asOf
            process.executableURL = URL(fileURLWithPath: command[0])
            process.currentDirectoryURL = Repository.root
            process.arguments = Array(command.dropFirst())
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        #expect(try snapshot(of: output) == snapshot(of: reference))
        #expect(try Self.leftovers(in: root) == [])
    }

    @Test func aBuildThatCannotGetTheLockSaysWhoHoldsItOrWaitsForIt() throws {
        let root = try temporaryFolder()
        let output = root.appendingPathComponent("site")
        #expect(try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output.path, "--as-of", "2026-11-14"]).status == 0)
        let before = try snapshot(of: output)
        let lockFile = root.appendingPathComponent(".site.publish/lock").path
        let lock = open(lockFile, O_RDONLY | O_CLOEXEC)
        #expect(flock(lock, LOCK_EX) == 0)

        let refused = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output.path, "--wait-lock", "0"] + Self.asOf)
        #expect(refused.status == 73)
        #expect(refused.stderr == "error: another build is publishing to \(output.path) (it holds \(lockFile)) and did not finish within 0 s; nothing was written: try again later, or wait longer with --wait-lock SECONDS\n1 error, 0 warnings.\n")
        #expect(try snapshot(of: output) == before)

        // The lock is released once the build says it waits.
        let stderr = try temporaryFolder().appendingPathComponent("stderr.txt")
        #expect(FileManager.default.createFile(atPath: stderr.path, contents: nil))
        let waiting = Process()
        waiting.executableURL = LicenseReportBinary.url
        waiting.currentDirectoryURL = Repository.root
        waiting.arguments = ["build", "fixtures/nordlys-module-based", "--output", output.path, "--wait-lock", "60"] + Self.asOf
        waiting.standardOutput = FileHandle.nullDevice
        waiting.standardError = try FileHandle(forWritingTo: stderr)
        try waiting.run()
        while waiting.isRunning, !(try String(contentsOf: stderr, encoding: .utf8)).contains("waiting") { usleep(10_000) }
        close(lock)
        waiting.waitUntilExit()
        #expect(waiting.terminationStatus == 0)
        #expect(try String(contentsOf: stderr, encoding: .utf8) == "warning: another build is publishing to \(output.path) (it holds \(lockFile)): waiting up to 60 s for it to finish\n")
        #expect(try snapshot(of: output) != before)
        #expect(try Self.leftovers(in: root) == [])
    }

    /// `kill -9` during publishing leaves the staging folder; the next build of the output removes it.
    @Test func theBuildAfterAKilledOneRemovesItsStagingFolder() throws {
        let dataset = try Self.bigDataset()
        let root = try temporaryFolder()
        var killed: Process?
        for _ in 0..<3 where killed == nil { killed = try Self.interruptMidPublish(dataset, into: root, with: SIGKILL) }
        let process = try #require(killed, "the build always finished before it could be killed")
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
        #expect(try Self.leftovers(in: root).contains { $0.hasPrefix(".site.staging-") })
        let again = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", root.appendingPathComponent("site").path] + Self.asOf)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr == "")
        #expect(try Self.leftovers(in: root) == [])
        #expect(try snapshot(of: root.appendingPathComponent("site"))["index.html"] != nil)
    }

    /// SIGTERM and SIGINT during publishing: the staging folder is removed, the previous site stays byte
    /// for byte, and the process ends by the signal as it would without the clean-up.
    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalDuringPublishingRemovesTheStagingFolderAndKeepsTheOldSite(signal: Int32) throws {
        let dataset = try Self.bigDataset()
        let root = try temporaryFolder()
        let output = root.appendingPathComponent("site")
        #expect(try LicenseReportBinary.run(["build", "fixtures/lysholm-crm-starter", "--output", output.path] + Self.asOf).status == 0)
        let before = try snapshot(of: output)
        var interrupted: Process?
        for _ in 0..<3 where interrupted == nil { interrupted = try Self.interruptMidPublish(dataset, into: root, with: signal) }
        let process = try #require(interrupted, "the build always finished before the signal")
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
        let left = try Self.leftovers(in: root)
        #expect(left == [])
        #expect(try snapshot(of: output) == before)
    }
}
