import Foundation

/// A value behind a lock, for caches shared by a fleet build's worker threads.
final class LockedCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` on the value while holding the lock (`@unchecked Sendable`: every access goes through here).
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
