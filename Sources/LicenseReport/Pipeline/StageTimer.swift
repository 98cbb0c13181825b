import Logging

/// Logs how long each pipeline stage took, at debug level (`license-report --verbose`).
///
/// Durations go to the log only, never into output, so builds stay byte-identical.
struct StageTimer {
    let logger: Logger
    /// Also receives each stage's name and duration: `build-all` sums them over tenants (`FleetStageTotals`).
    var record: (@Sendable (String, Duration) -> Void)? = nil

    /// Runs `body`, then logs `stage` with its duration in milliseconds and a summary of its result.
    func run<T>(_ stage: String, summary: (T) -> String = { _ in "" },
                _ body: () throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = start.duration(to: clock.now)
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        record?(stage, elapsed)
        let detail = summary(result)
        logger.debug("\(stage): \(milliseconds) ms\(detail.isEmpty ? "" : ", " + detail)")
        return result
    }
}

extension Logger {
    /// A copy of this logger whose messages carry the dataset folder as metadata.
    func with(dataset: String) -> Logger {
        var copy = self
        copy[metadataKey: "dataset"] = "\(dataset)"
        return copy
    }
}
