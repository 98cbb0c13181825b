import Foundation
import Testing
@testable import LicenseReport

/// Issue 10, publishing 3, and issue 9's cost: the new site is flushed to disk before the swap, the swap
/// after it, and a site costs one flush of its file system, not one per file.
@Suite struct PublisherDurabilityTests {
    @Test func aPublishFlushesTheFileSystemOnceBeforeTheSwapAndTheParentOnceAfter() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        try Publisher.publish(PublishFixture.site("old", files: 3), to: output.path)
        let recorder = RecordingFileSystem()
        try Publisher.publish(PublishFixture.site("new", files: 120), to: output.path, options: recorder.options())
        let events = recorder.events.map { $0.hasPrefix("remove .site.staging-") ? "remove previous site" : $0 }
        #expect(events == ["syncfs", "exchange", "fsync", "remove previous site"])
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("new", files: 120))
    }

    /// `.syncEachFile`: one fsync per file (the marker too) and per folder, all before the swap.
    @Test func syncEachFileFlushesEveryFileAndFolderBeforeTheSwap() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        let recorder = RecordingFileSystem()
        try Publisher.publish(PublishFixture.site("new", files: 20), to: output.path, options: recorder.options(.syncEachFile))
        // 20 files + marker, 4 folders part0…part3, the site's own folder; no exchange (no previous site);
        // then the parent.
        #expect(recorder.events == Array(repeating: "fsync", count: 21 + 4 + 1) + ["fsync"])
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("new", files: 20))
    }

    /// The fleet build (issue 9): tenants staged on several threads and committed together share one
    /// syncfs and, in one parent folder, one fsync; each is still swapped in on its own.
    @Test func sitesCommittedTogetherShareOneFlush() throws {
        let root = try PublishFixture.temporaryFolder()
        let recorder = RecordingFileSystem()
        let tenants = (0..<8).map { "tenant-\($0)" }
        for tenant in tenants.prefix(4) { try Publisher.publish(PublishFixture.site("old", files: 2), to: root.appendingPathComponent(tenant).path) }
        let staged = try tenants.map { try Publisher.stage(PublishFixture.site($0, files: 10), to: root.appendingPathComponent($0).path, options: recorder.options()) }
        #expect(recorder.events == [])
        let results = Publisher.commit(staged)
        #expect(try results.map { try $0.get().warnings } == Array(repeating: [], count: 8))
        #expect(recorder.events.filter { !$0.hasPrefix("remove") } == ["syncfs"] + Array(repeating: "exchange", count: 4) + ["fsync"])
        for tenant in tenants {
            #expect(try PublishFixture.contents(of: root.appendingPathComponent(tenant)) == PublishFixture.published(tenant, files: 10))
            #expect(try PublishFixture.leftovers(in: root, output: tenant).filter { $0.contains(".\(tenant).") } == [])
        }
    }

    /// A failed flush before the swap fails the build and keeps the old site.
    @Test func aFailedFlushKeepsTheOldSite() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        try Publisher.publish(PublishFixture.site("old", files: 3), to: output.path)
        var options = PublishOptions()
        options.fileSystem.syncFileSystem = { _ in EIO }
        do {
            try Publisher.publish(PublishFixture.site("new", files: 3), to: output.path, options: options)
            Issue.record("expected a failure")
        } catch {
            #expect(error.diagnostics == [Diagnostic(.cannotWrite(path: output.path, detail: "flushing the new site to disk: Input/output error"))])
        }
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("old", files: 3))
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
    }
}
