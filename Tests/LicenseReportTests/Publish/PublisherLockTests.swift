import Foundation
import Synchronization
import Testing
@testable import LicenseReport

/// Issue 10, publishing 1 and 6: builds of one output take turns (a lock beside it); builds of different
/// outputs run side by side in one process.
@Suite struct PublisherLockTests {
    /// Threads publish with descriptors of their own, as separate processes do (flock belongs to the open
    /// file description). Without the lock they shared a staging folder and published a mix.
    @Test func buildsOfOneOutputTakeTurnsAndTheResultIsOneWholeSite() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        let builds = 6, files = 150
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: builds) { build in
            do {
                try Publisher.publish(PublishFixture.site("build \(build)", files: files), to: output.path,
                                      options: PublishOptions(lockWait: .seconds(60)))
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let site = try PublishFixture.contents(of: output)
        let winner = (0..<builds).first { site == PublishFixture.published("build \($0)", files: files) }
        #expect(winner != nil, "the output is not one build's complete site: \(site.count) files")
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
    }

    @Test func aBuildThatCannotGetTheLockInTimeFailsClearlyAndChangesNothing() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        try Publisher.publish(PublishFixture.site("old", files: 5), to: output.path)
        let lock = try PublishFixture.holdLock(in: root, output: "site")
        defer { lock.release() }
        let notices = Mutex<[Diagnostic]>([])
        let lockFile = root.appendingPathComponent(".site.publish/lock").path
        for (wait, seconds) in [(Duration.zero, 0), (.milliseconds(300), 0)] {
            let clock = ContinuousClock(), start = clock.now
            do {
                try Publisher.publish(PublishFixture.site("new", files: 5), to: output.path,
                                      options: PublishOptions(lockWait: wait, onWait: { notice in notices.withLock { $0.append(notice) } }))
                Issue.record("expected the lock to be refused")
            } catch {
                #expect(error.diagnostics == [Diagnostic(.outputLocked(path: output.path, lockFile: lockFile, seconds: seconds))])
                #expect(error.stage == .publish)
            }
            #expect(start.duration(to: clock.now) >= wait)
        }
        #expect(notices.withLock { $0 } == [Diagnostic(.waitingForLock(path: output.path, lockFile: lockFile, seconds: 0), severity: .warning)])
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("old", files: 5))
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
    }

    @Test func aWaitingBuildPublishesOnceTheLockIsReleased() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        let lock = try PublishFixture.holdLock(in: root, output: "site")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { lock.release() }
        let notices = Mutex(0)
        let result = try Publisher.publish(PublishFixture.site("new", files: 5), to: output.path,
                                           options: PublishOptions(lockWait: .seconds(30), onWait: { _ in notices.withLock { $0 += 1 } }))
        #expect(result.warnings == [])
        #expect(notices.withLock { $0 } == 1)
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("new", files: 5))
    }

    @Test func anInterruptionEndsTheWaitAndWritesNothing() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        let lock = try PublishFixture.holdLock(in: root, output: "site")
        defer { lock.release() }
        let interruption = PublishInterruption()
        do {
            try Publisher.publish(PublishFixture.site("new", files: 5), to: output.path,
                                  options: PublishOptions(lockWait: .seconds(30), interruption: interruption, onWait: { _ in interruption.interrupt() }))
            Issue.record("expected an interruption")
        } catch {
            #expect(error.diagnostics == [Diagnostic(.publishInterrupted(path: output.path))])
        }
        #expect(interruption.waitUntilIdle(timeout: .zero))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
    }

    /// The fleet build (issue 9): many tenants, each into `DIR/<tenant>/`, from many threads of one process.
    @Test func manyOutputsPublishAtOnceFromOneProcessEachWhole() throws {
        let root = try PublishFixture.temporaryFolder()
        let tenants = (0..<24).map { "tenant-\($0)" }
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: tenants.count * 2) { index in
            let tenant = tenants[index % tenants.count]
            do {
                try Publisher.publish(PublishFixture.site(tenant, files: 30), to: root.appendingPathComponent(tenant).path)
            } catch {
                failures.withLock { $0.append("\(tenant): \(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        for tenant in tenants {
            #expect(try PublishFixture.contents(of: root.appendingPathComponent(tenant)) == PublishFixture.published(tenant, files: 30))
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".\(tenant).publish").path) == ["lock"])
        }
        let expected = tenants.flatMap { [$0, ".\($0).publish"] }.sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == expected)
    }

    /// A staged site holds its output's lock until it is committed: a second build waits and cannot remove
    /// the first's staging folder as stale.
    @Test func aLiveBuildsStagingFolderIsNeverTakenForStale() throws {
        let root = try PublishFixture.temporaryFolder()
        let output = root.appendingPathComponent("site")
        let first = try Publisher.stage(PublishFixture.site("first", files: 10), to: output.path)
        let staging = URL(fileURLWithPath: first.stagingPath)
        let second = DispatchSemaphore(value: 0)
        let secondResult = Mutex<Result<PublishResult, DiagnosticError>?>(nil)
        DispatchQueue.global().async {
            let result = Result { () throws(DiagnosticError) in try Publisher.publish(PublishFixture.site("second", files: 10), to: output.path) }
            secondResult.withLock { $0 = result }
            second.signal()
        }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try PublishFixture.contents(of: staging) == PublishFixture.published("first", files: 10))
        #expect(secondResult.withLock { $0 } == nil, "the second build did not wait")
        #expect(try Publisher.commit([first])[0].get().warnings == [])
        second.wait()
        #expect(try secondResult.withLock { $0 }?.get().warnings == [])
        #expect(try PublishFixture.contents(of: output) == PublishFixture.published("second", files: 10))
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
    }
}
