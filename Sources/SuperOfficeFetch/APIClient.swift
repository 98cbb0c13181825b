import AsyncHTTPClient
import Foundation
import LicenseReport
import Logging
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// One SuperOffice Web API session of a fetch: sends each call with the credentials and
/// `Accept: application/json`, retries what may pass (`RetryPolicy`), and turns every failure into a
/// `Diagnostic` that names the call and never shows a secret.
struct APIClient {
    /// An answer that the caller handles (2xx, or a status it allowed such as 404).
    struct Response {
        var status: Int
        var body: Data
        var contentType: String?
    }

    let client: HTTPClient
    let request: FetchRequest
    let logger: Logger

    /// What one attempt gave: an answer, or a failure that may pass on a retry (with the service's
    /// `Retry-After`), or one that will not.
    private enum Attempt {
        case answer(Response)
        case retryable(detail: String, retryAfter: Double?)
        case final(DiagnosticError)
    }

    /// Sends `method` to `call` (below the API root, e.g. `v1/License`, with its query).
    /// - Parameters:
    ///   - shown: the call as messages name it (`GET https://…/api/v1/License`).
    ///   - allowed: statuses besides 2xx that the caller handles (404 for the fencing calls).
    /// - Throws: `DiagnosticError` with `authenticationFailed` (401, 403: not retried), `unexpectedStatus`,
    ///   `responseTooLarge`, or `serviceUnavailable` once the retries are spent.
    func send(_ method: HTTPMethod, _ call: String, shown: String, allowed: Set<Int> = []) async throws(DiagnosticError) -> Response {
        var retry = 0
        while true {
            switch await attempt(method, call, shown: shown, allowed: allowed) {
            case .answer(let response): return response
            case .final(let error): throw error
            case let .retryable(detail, retryAfter):
                retry += 1
                guard retry <= request.retry.retries else {
                    let tries = request.retry.retries + 1
                    throw failure(.serviceUnavailable(call: shown, detail: "\(detail) (\(tries) attempt\(tries == 1 ? "" : "s"))"))
                }
                guard let delay = request.retry.delay(beforeRetry: retry, retryAfter: retryAfter, random: Double.random(in: 0...1)) else {
                    let asked = Int(retryAfter ?? 0)
                    throw failure(.serviceUnavailable(call: shown, detail: "\(detail); the service asks to retry after \(asked) s, longer than the \(Int(request.retry.maximumDelay)) s fetch waits"))
                }
                logger.info("\(shown): \(detail); retry \(retry) of \(request.retry.retries) in \(String(format: "%.1f", delay)) s")
                try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            }
        }
    }

    private func attempt(_ method: HTTPMethod, _ call: String, shown: String, allowed: Set<Int>) async -> Attempt {
        var http = HTTPClientRequest(url: request.base.url(call))
        http.method = method
        http.headers.add(name: "Accept", value: "application/json")
        http.headers.add(name: "User-Agent", value: "license-report")
        for (name, value) in request.credentials.headers { http.headers.add(name: name, value: value) }
        if method == .POST {
            // The fencing agents take no arguments: an empty body (async-http-client sends its length, 0).
            http.body = .bytes(ByteBuffer())
        }
        logger.debug("\(shown)")
        let response: HTTPClientResponse
        do {
            response = try await client.execute(http, timeout: Self.amount(request.requestTimeout))
        } catch {
            return classify(error, shown: shown)
        }
        let status = Int(response.status.code)
        switch status {
        case 401, 403:
            return .final(failure(.authenticationFailed(base: request.base.text, status: status, check: request.credentials.variablesToCheck)))
        case 429, 500...599:
            _ = try? await response.body.collect(upTo: 1024 * 1024)
            let retryAfter = response.headers.first(name: "Retry-After").flatMap { RetryPolicy.retryAfterSeconds($0, now: Date()) }
            return .retryable(detail: "HTTP \(status) \(response.status.reasonPhrase)", retryAfter: retryAfter)
        case _ where (200...299).contains(status) || allowed.contains(status):
            do {
                let body = try await response.body.collect(upTo: request.maximumResponseBytes)
                return .answer(Response(status: status, body: Data(buffer: body), contentType: response.headers.first(name: "Content-Type")))
            } catch is NIOTooManyBytesError {
                return .final(failure(.responseTooLarge(call: shown, maximumBytes: request.maximumResponseBytes)))
            } catch {
                return classify(error, shown: shown)
            }
        default:
            let hint: String
            switch status {
            case 404: hint = "check BASE_URL: it is the API root, ending in /api (\(request.base.text))"
            case 300...399: hint = "the service redirects to \(response.headers.first(name: "Location") ?? "another address"); give that API root as BASE_URL"
            default: hint = ""
            }
            return .final(failure(.unexpectedStatus(call: shown, status: status, hint: hint)))
        }
    }

    /// A transport error: connection problems and time-outs may pass on a retry; TLS failures will not.
    private func classify(_ error: Error, shown: String) -> Attempt {
        let description = TransportError.describe(error, request: request)
        if description.retryable { return .retryable(detail: description.detail, retryAfter: nil) }
        return .final(failure(.serviceUnavailable(call: shown, detail: description.detail)))
    }

    private func failure(_ reason: Reason) -> DiagnosticError { DiagnosticError([Diagnostic(reason)]) }

    /// Seconds as a NIO time amount.
    static func amount(_ seconds: Double) -> TimeAmount { .milliseconds(Int64((seconds * 1000).rounded())) }
}
