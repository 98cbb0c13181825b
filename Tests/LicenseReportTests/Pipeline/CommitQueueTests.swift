import Foundation
import Synchronization
import Testing
@testable import LicenseReport

/// The queue between `build-all`'s workers and its committer: nothing lost or taken twice, batches of at
/// least `minimum` until the workers are done, and a worker held back while `maximum` sites wait.
@Suite struct CommitQueueTests {
    /// A value the test's threads share (a `Mutex` alone cannot be captured by an escaping closure).
    private final class Shared<Value: Sendable>: Sendable {
        let mutex: Mutex<Value>
        init(_ value: Value) { mutex = Mutex(value) }
        var value: Value { mutex.withLock { $0 } }
    }

    /// Runs `body` on a new thread; the semaphore is signalled when it returns.
    private func thread(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let finished = DispatchSemaphore(value: 0)
        Thread { body(); finished.signal() }.start()
        return finished
    }

    @Test(arguments: [(1, 1), (8, 32), (3, 5), (16, 16)])
    func everyPushedSiteIsTakenOnceInBatchesOfAtLeastTheMinimum(minimum: Int, maximum: Int) {
        let queue = CommitQueue<Int>(minimum: minimum, maximum: maximum)
        let batches = Shared<[[Int]]>([])
        let committer = thread { while let batch = queue.take() { batches.mutex.withLock { $0.append(batch) } } }
        let producers = (0..<4).map { producer in
            thread { for value in 0..<250 { queue.push(producer * 1000 + value) } }
        }
        for producer in producers { producer.wait() }
        queue.close()
        committer.wait()
        let taken = batches.value
        #expect(taken.flatMap { $0 }.sorted() == (0..<4).flatMap { producer in (0..<250).map { producer * 1000 + $0 } })
        // Every batch but the last (what was left at `close`) holds at least `minimum`; none more than `maximum`.
        #expect(taken.dropLast().allSatisfy { $0.count >= minimum })
        #expect(taken.allSatisfy { !$0.isEmpty && $0.count <= maximum })
        // One producer's sites keep their order (a worker's commits follow its builds).
        for producer in 0..<4 {
            let own = taken.flatMap { $0 }.filter { $0 / 1000 == producer }
            #expect(own == (0..<250).map { producer * 1000 + $0 })
        }
    }

    @Test func aWorkerWaitsWhileTheMaximumWaits() {
        let queue = CommitQueue<Int>(minimum: 2, maximum: 3)
        for value in 1...3 { queue.push(value) }
        let pushed = Shared(false)
        let fourth = thread { queue.push(4); pushed.mutex.withLock { $0 = true } }
        #expect(fourth.wait(timeout: .now() + .milliseconds(100)) == .timedOut)
        #expect(!pushed.value)
        #expect(queue.take() == [1, 2, 3])
        #expect(fourth.wait(timeout: .now() + .seconds(10)) == .success)
        queue.close()
        #expect(queue.take() == [4])
        #expect(queue.take() == nil)
    }

    @Test func theCommitterWaitsForABatchUntilClosed() {
        let queue = CommitQueue<Int>(minimum: 3, maximum: 8)
        let first = Shared<[Int]?>(nil)
        let committer = thread { first.mutex.withLock { $0 = queue.take() } }
        queue.push(1)
        queue.push(2)
        #expect(committer.wait(timeout: .now() + .milliseconds(100)) == .timedOut)
        queue.close()  // fewer than the minimum: the rest is still taken
        #expect(committer.wait(timeout: .now() + .seconds(10)) == .success)
        #expect(first.value == [1, 2])
        #expect(queue.take() == nil)
    }

    @Test func limitsBelowOneOrBelowTheMinimumAreRaised() {
        let queue = CommitQueue<Int>(minimum: 0, maximum: 0)
        queue.push(7)  // minimum 1, maximum 1: taken at once
        #expect(queue.take() == [7])
    }
}
