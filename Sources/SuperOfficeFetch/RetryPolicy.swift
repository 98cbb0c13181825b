import Foundation

/// When `fetch` tries a call again: after a connection error, a time-out, a 429 or a 5xx answer, a bounded
/// number of times, with exponential backoff and jitter, and never sooner than the service's `Retry-After`.
///
/// Backoff with jitter (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015: "equal jitter") keeps
/// many nightly jobs that failed together from retrying together, while every wait stays at least half the
/// exponential step.
public struct RetryPolicy: Hashable, Sendable {
    /// Retries after the first attempt (so `retries + 1` attempts in all).
    public var retries: Int
    /// The first wait, in seconds; each further wait doubles it.
    public var baseDelay: Double
    /// The longest wait, in seconds; a `Retry-After` longer than this ends the retries instead.
    public var maximumDelay: Double

    /// The defaults of docs/command-line.md: 3 retries, 1 s doubling, waits of at most 60 s.
    public init(retries: Int = 3, baseDelay: Double = 1, maximumDelay: Double = 60) {
        self.retries = retries
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
    }

    /// The wait before retry `retry` (1 for the first), in seconds, or `nil` when the service asks for a longer
    /// wait than `maximumDelay`.
    /// - Parameters:
    ///   - retry: 1-based.
    ///   - retryAfter: the service's `Retry-After` in seconds, if it sent one.
    ///   - random: a number in 0...1 (the jitter; tests pass fixed values).
    /// - Returns: `baseDelay × 2^(retry−1) × (0.5 + random/2)`, at least `retryAfter`, at most `maximumDelay`.
    public func delay(beforeRetry retry: Int, retryAfter: Double?, random: Double) -> Double? {
        if let retryAfter, retryAfter > maximumDelay { return nil }
        let exponential = baseDelay * pow(2, Double(max(0, retry - 1)))
        let jittered = exponential * (0.5 + min(max(random, 0), 1) / 2)
        return min(max(jittered, retryAfter ?? 0), maximumDelay)
    }

    /// The seconds a `Retry-After` header asks for: delta-seconds (`120`) or an HTTP-date
    /// (`Wed, 21 Oct 2026 07:28:00 GMT`, RFC 9110 §10.2.3) relative to `now`; `nil` when it is neither.
    public static func retryAfterSeconds(_ header: String, now: Date) -> Double? {
        let text = header.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text), seconds >= 0 { return Double(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
