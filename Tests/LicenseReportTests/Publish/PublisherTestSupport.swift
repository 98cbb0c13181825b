import Foundation
import Synchronization
import TestSupport
@testable import LicenseReport
#if canImport(Glibc)
import Glibc
#endif

/// Folders, sites and a recording file system for the publisher's tests.
enum PublishFixture {
    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL { try TestSupport.temporaryFolder("publisher") }

    /// Every regular file below `folder` with its text, by relative path.
    static func contents(of folder: URL) throws -> [String: String] { try textSnapshot(of: folder) }

    /// A site of `count` files in a few folders, every file's text naming `tag`, so a mix of two sites shows.
    static func site(_ tag: String, files count: Int) -> [RenderedFile] {
        (0..<count).map { RenderedFile(path: "part\($0 % 4)/page-\($0).html", text: "\(tag) \($0)") }
    }

    /// The contents `site(tag, files:)` publishes, marker included.
    static func published(_ tag: String, files count: Int) -> [String: String] {
        var expected = Dictionary(uniqueKeysWithValues: site(tag, files: count).map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        expected[Publisher.markerFileName] = Publisher.markerText
        return expected
    }

    /// What publishing left in `root` besides the output `name`, its `.name.publish/` folder and that
    /// folder's lock file: staging folders, records, old sites. Empty after every clean publish.
    static func leftovers(in root: URL, output name: String) throws -> [String] {
        let publishFolder = ".\(name).publish"
        var found = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0 != name && $0 != publishFolder }
        let records = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(publishFolder).path)) ?? []
        found += records.filter { $0 != "lock" }.map { "\(publishFolder)/\($0)" }
        return found.sorted()
    }

    /// Holds the lock of output `name` in `root` through a descriptor of its own (flock belongs to the open
    /// file description, so this excludes a publish in this same process) until `release` is called.
    static func holdLock(in root: URL, output name: String) throws -> HeldLock {
        let folder = root.appendingPathComponent(".\(name).publish")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(folder.appendingPathComponent("lock").path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { throw POSIXError(.EBUSY) }
        return HeldLock(descriptor: descriptor)
    }

    /// A lock taken by `holdLock`.
    struct HeldLock: Sendable {
        let descriptor: Int32
        func release() { close(descriptor) }
    }
}

/// A file system that records every flush, exchange and removal, in order, and can fail removals or the
/// exchange: the seam the tests use where root cannot provoke a failure.
final class RecordingFileSystem: Sendable {
    private let log = Mutex<[String]>([])
    /// Removals of paths for which this returns an errno fail with it.
    let failRemoval: @Sendable (String) -> Int32?
    /// The errno the exchange fails with (EINVAL: a file system without RENAME_EXCHANGE), or nil.
    let failExchange: Int32?
    /// Called after each recorded event with the count so far.
    let onEvent: @Sendable (String, Int) -> Void

    init(failRemoval: @escaping @Sendable (String) -> Int32? = { _ in nil }, failExchange: Int32? = nil,
         onEvent: @escaping @Sendable (String, Int) -> Void = { _, _ in }) {
        self.failRemoval = failRemoval
        self.failExchange = failExchange
        self.onEvent = onEvent
    }

    /// The events so far: `syncfs`, `fsync`, `exchange`, `remove NAME` (the last path component).
    var events: [String] { log.withLock { $0 } }

    private func record(_ event: String) {
        let count = log.withLock { log in
            log.append(event)
            return log.count
        }
        onEvent(event, count)
    }

    /// The seam: the live file system with every call recorded and the configured failures.
    var fileSystem: PublishFileSystem {
        let live = PublishFileSystem.live
        return PublishFileSystem(
            removeTree: { path in
                self.record("remove \(URL(fileURLWithPath: path).lastPathComponent)")
                return self.failRemoval(path) ?? live.removeTree(path)
            },
            syncFileSystem: { self.record("syncfs"); return live.syncFileSystem($0) },
            syncFile: { self.record("fsync"); return live.syncFile($0) },
            exchange: { from, source, to, target in
                self.record("exchange")
                return self.failExchange ?? live.exchange(from, source, to, target)
            })
    }

    /// Publish options using this file system.
    func options(_ durability: PublishDurability = .syncFileSystem, interruption: PublishInterruption? = nil) -> PublishOptions {
        var options = PublishOptions(lockWait: .seconds(30), durability: durability, interruption: interruption)
        options.fileSystem = fileSystem
        return options
    }
}
