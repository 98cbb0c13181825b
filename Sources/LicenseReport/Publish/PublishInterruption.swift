import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A token that interrupts every publish that uses it (`PublishOptions.interruption`), for a signal
/// handler: it calls `interrupt()`, then `waitUntilIdle(timeout:)`, then ends the process.
///
/// Interruption is cooperative: each publish checks the token before every file it writes and before
/// the swap, and then removes its own staging folder and throws `.publishInterrupted`, leaving the
/// output unchanged. No other thread deletes a folder that a publish is still writing into. A publish
/// that has already swapped its site in finishes. One token serves any number of concurrent publishes.
public final class PublishInterruption: Sendable {
    private struct State {
        var interrupted = false
        var active = 0
    }

    private let state = Mutex(State())

    /// A token that is not interrupted.
    public init() {}

    /// Asks every publish using this token to stop at its next check. Safe from any thread.
    public func interrupt() {
        state.withLock { $0.interrupted = true }
    }

    /// True once `interrupt()` was called.
    public var isInterrupted: Bool { state.withLock { $0.interrupted } }

    /// Waits until no publish using this token holds a staging folder, polling every 5 ms, at most
    /// `timeout`. A staging folder left by one that did not stop in time is removed by the next build of
    /// its output (docs/command-line.md, "Publishing").
    /// - Returns: true when every publish has stopped or finished.
    public func waitUntilIdle(timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while state.withLock({ $0.active }) > 0 {
            if ContinuousClock.now >= deadline { return false }
            usleep(5_000)
        }
        return true
    }

    /// Counts a publish in, unless the token is already interrupted. Also for a caller that must finish
    /// something before a signal ends the process (`build-all` saying how many sites it published).
    /// - Returns: false when interrupted (the publish must not start); call `end()` only after true.
    public func begin() -> Bool {
        state.withLock { state in
            if state.interrupted { return false }
            state.active += 1
            return true
        }
    }

    /// Counts a publish out: its staging folder is gone or has become the output.
    public func end() {
        state.withLock { $0.active -= 1 }
    }
}
