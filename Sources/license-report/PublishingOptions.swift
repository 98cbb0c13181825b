import ArgumentParser
import LicenseReport

/// Options of the publish stage: how long to wait for another build of the same output.
struct PublishingOptions: ParsableArguments {
    @Option(name: .customLong("wait-lock"), help: ArgumentHelp(
        "Seconds to wait while another build publishes to the same output folder; 0 fails at once.",
        valueName: "seconds"))
    var waitLock: Int = 60

    func validate() throws {
        guard waitLock >= 0 else { throw ValidationError("--wait-lock '\(waitLock)' must be 0 or more seconds") }
    }

    /// The library's options: the wait, a message on standard error when the wait begins, and a token
    /// that SIGINT, SIGTERM and SIGHUP interrupt (`SignalCleanup`). Call it once per process.
    func publishOptions() -> PublishOptions {
        PublishOptions(lockWait: .seconds(waitLock), interruption: SignalCleanup.install(),
                       onWait: { Diagnostics.print([$0]) })
    }
}
