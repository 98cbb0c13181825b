import Foundation
import Testing
@testable import LicenseReport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, publishing 2 and 5: what killed, interrupted or half-failed builds leave behind, and who
/// removes it or says so.
@Suite struct PublisherRecoveryTests {
    /// The root folder with symbolic links resolved, as the publisher names paths in its messages.
    private func resolved(_ url: URL) -> URL { url.resolvingSymlinksInPath() }

    /// A `kill -9` during staging leaves a recorded staging folder, and one between the record and its
    /// folder leaves only the record: the next build removes both.
    @Test func theNextBuildRemovesTheStagingFoldersOfKilledBuilds() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        try Publisher.publish(PublishFixture.site("old", files: 3), to: output.path)
        let dead = root.appendingPathComponent(".site.staging-Dead01")
        try FileManager.default.createDirectory(at: dead.appendingPathComponent("usage"), withIntermediateDirectories: true)
        try Data("half a site".utf8).write(to: dead.appendingPathComponent("usage/2026-03.csv"))
        for record in ["staging-Dead01", "staging-Dead02"] {
            #expect(FileManager.default.createFile(atPath: root.appendingPathComponent(".site.publish/\(record)").path, contents: nil))
        }
        #expect(try PublishFixture.leftovers(in: root, output: "site").count == 3)
        let result = try Publisher.publish(PublishFixture.site("new", files: 3), to: output.path)
        #expect(result.warnings == [])
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("new", files: 3))
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
    }

    /// The interruption a signal handler raises, here when the fifth file is flushed (in the first batch
    /// of 64): the build stops before its next file, removes its staging folder and leaves the old site.
    @Test func anInterruptedBuildRemovesItsStagingFolderAndLeavesTheOldSite() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        try Publisher.publish(PublishFixture.site("old", files: 3), to: output.path)
        let interruption = PublishInterruption()
        let recorder = RecordingFileSystem(onEvent: { event, count in if count == 5 { interruption.interrupt() } })
        do {
            try Publisher.publish(PublishFixture.site("new", files: 400), to: output.path, options: recorder.options(.syncEachFile, interruption: interruption))
            Issue.record("expected an interruption")
        } catch {
            #expect(error.diagnostics == [Diagnostic(.publishInterrupted(path: output.path))])
        }
        #expect(interruption.waitUntilIdle(timeout: .zero))
        #expect(!recorder.events.contains("exchange"))
        #expect(recorder.events.filter { $0 == "fsync" }.count == 64, "stopped after the first batch")
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("old", files: 3))
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
        #expect(throws: DiagnosticError.self) { try Publisher.publish(PublishFixture.site("new", files: 1), to: output.path, options: PublishOptions(interruption: interruption)) }
    }

    /// Issue 10, publishing 5: a previous site of another owner that cannot be removed (simulated: root
    /// removes anything) is a warning naming where it was left; the next build tries again and says so.
    @Test func aPreviousSiteThatCannotBeRemovedIsAWarningNamingWhereItIs() throws {
        let root = resolved(try PublishFixture.temporaryFolder())
        let output = root.appendingPathComponent("site")
        try Publisher.publish(PublishFixture.site("old", files: 4), to: output.path)
        let stuck = RecordingFileSystem(failRemoval: { $0.contains("/.site.staging-") ? EACCES : nil })
        let result = try Publisher.publish(PublishFixture.site("new", files: 4), to: output.path, options: stuck.options())
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("new", files: 4))
        let left = try PublishFixture.leftovers(in: root, output: "site")
        let staging = try #require(left.first { $0.hasPrefix(".site.staging-") })
        #expect(left == [".site.publish/" + staging.dropFirst(".site.".count), staging])
        let leftPath = root.appendingPathComponent(staging).path
        #expect(result.warnings == [Diagnostic(.previousSiteLeftBehind(path: leftPath, detail: "Permission denied"), severity: .warning)])
        #expect(try PublishFixture.contents(of: root.appendingPathComponent(staging)) == PublishFixture.published("old", files: 4))

        let again = try Publisher.publish(PublishFixture.site("newer", files: 4), to: output.path, options: stuck.options())
        #expect(again.warnings.first == Diagnostic(.staleStagingLeftBehind(path: leftPath, detail: "Permission denied"), severity: .warning))
        #expect(again.warnings.count == 2)
        try Publisher.publish(PublishFixture.site("newest", files: 4), to: output.path)
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("newest", files: 4))
    }

    /// A file system without RENAME_EXCHANGE (NFS): two renames, the same result.
    @Test func withoutAnAtomicExchangeTwoRenamesReplaceTheSite() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        try Publisher.publish(PublishFixture.site("old", files: 6), to: output.path)
        let noExchange = RecordingFileSystem(failExchange: EINVAL)
        let result = try Publisher.publish(PublishFixture.site("new", files: 3), to: output.path, options: noExchange.options())
        #expect(result.warnings == [])
        #expect(noExchange.events.filter { $0 == "exchange" }.count == 1)
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("new", files: 3))
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
    }

    /// A crash between the fallback's two renames leaves no output and the previous site in
    /// `.NAME.old-X`: the next build puts it back first, so even a build that then fails keeps it.
    @Test func aPreviousSiteMovedAsideByACrashedFallbackSwapIsPutBack() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        try Publisher.publish(PublishFixture.site("old", files: 3), to: output.path)
        #expect(rename(output.path, root.appendingPathComponent(".site.old-Crash1").path) == 0)
        #expect(FileManager.default.createFile(atPath: root.appendingPathComponent(".site.publish/old-Crash1").path, contents: nil))
        // "a" then "a/b": the second cannot be written, after the stale folders were dealt with.
        #expect(throws: DiagnosticError.self) {
            try Publisher.publish([RenderedFile(path: "a", text: "1"), RenderedFile(path: "a/b", text: "2")], to: output.path)
        }
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("old", files: 3))
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
    }

    @Test func aStagedSiteThatIsDiscardedLeavesNothingAndReleasesTheLock() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        let staged = try Publisher.stage(PublishFixture.site("never", files: 5), to: output.path)
        #expect(FileManager.default.fileExists(atPath: staged.stagingPath))
        staged.discard()
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let lock = try PublishFixture.holdLock(in: root, output: "site") // free again
        lock.release()
        #expect(throws: DiagnosticError.self) { try Publisher.commit([staged])[0].get() }
    }
}
