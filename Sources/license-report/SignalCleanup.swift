import CSignalPipe
import Foundation
import LicenseReport
#if canImport(Glibc)
import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP during a build: a publish in progress removes its staging folder (the
/// output stays as it was), then the process ends by the same signal, as it would have without this.
///
/// A C handler (CSignalPipe) only writes the signal's number to a pipe; one thread reads it and does the
/// clean-up as ordinary code, since almost nothing may be called inside a signal handler. This works
/// whichever thread the signal lands on (the command runs on Swift's concurrency threads, not only the
/// main thread). Signals the process was started with ignored (`nohup`, `&` in a script) stay ignored.
enum SignalCleanup {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers and starts the thread that waits for them. Call it once.
    /// - Returns: the token to pass to the publish stage.
    static func install() -> PublishInterruption {
        let token = PublishInterruption()
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return token }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while read(readEnd, &byte, 1) != 1 { if errno != EINTR { return } }
            let received = Int32(byte)
            token.interrupt()
            // A publish stops at its next file; removing a big staging folder takes a moment.
            _ = token.waitUntilIdle(timeout: .seconds(10))
            Glibc.signal(received, SIG_DFL)
            var only = sigset_t()
            sigemptyset(&only)
            sigaddset(&only, received)
            pthread_sigmask(SIG_UNBLOCK, &only, nil) // this thread may have inherited a mask that blocks it
            raise(received)
        }
        _ = license_report_forward_signals(writeEnd, signals, Int32(signals.count))
        return token
    }

    /// After a publish stopped for a signal: waits for the signal thread to end the process.
    static func awaitTermination() -> Never {
        while true { pause() }
    }
}
