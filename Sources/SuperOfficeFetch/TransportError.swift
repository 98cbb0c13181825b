import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// Turns the errors of the HTTP stack (async-http-client, SwiftNIO, BoringSSL) into one sentence a user can
/// act on, and says whether a retry may help. The sentences name hosts and time-outs, never a header.
enum TransportError {
    /// A failure in words.
    struct Description {
        var detail: String
        /// Connection errors and time-outs may pass; a certificate that is not trusted will not.
        var retryable: Bool
    }

    /// Describes `error` of a call made with `request`'s time-outs.
    static func describe(_ error: Error, request: FetchRequest) -> Description {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .getConnectionFromPoolTimeout:
                return Description(detail: "no connection within \(seconds(request.connectTimeout)) (--connect-timeout)", retryable: true)
            case .readTimeout, .deadlineExceeded:
                return Description(detail: "no answer within \(seconds(request.requestTimeout)) (--timeout)", retryable: true)
            case .remoteConnectionClosed, .bodyLengthMismatch:
                return Description(detail: "the connection closed before the whole answer arrived", retryable: true)
            case .tlsHandshakeTimeout:
                return Description(detail: "the TLS handshake did not finish within \(seconds(request.connectTimeout))", retryable: true)
            case .invalidURL, .emptyHost, .emptyScheme, .alreadyShutdown, .cancelled:
                return Description(detail: "\(error)", retryable: false)
            default:
                return Description(detail: "\(error)", retryable: true)
            }
        }
        if let error = error as? NIOConnectionError {
            if error.dnsAError != nil || error.dnsAAAAError != nil {
                return Description(detail: "the host name \(error.host) cannot be resolved", retryable: true)
            }
            let reasons = Set(error.connectionErrors.map { describe($0.error, request: request).detail }).sorted()
            return Description(detail: "cannot connect to \(error.host):\(error.port)\(reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; "))",
                               retryable: true)
        }
        if let error = error as? IOError {
            return Description(detail: "cannot connect to \(request.base.hostAndPort): \(String(cString: strerror(error.errnoCode)).lowercased())",
                               retryable: true)
        }
        if let error = error as? HTTPParserError {
            if case .invalidEOFState = error {
                return Description(detail: "the connection closed before the whole answer arrived", retryable: true)
            }
            return Description(detail: "the answer is not valid HTTP (\(error.debugDescription))", retryable: true)
        }
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
            let text = "\(error)"
            let hint = text.contains("CERTIFICATE_VERIFY_FAILED") || text.contains("failedToValidateHostname")
                ? "the server's certificate is not trusted or not for this host name; for an intranet CA give --ca-file"
                : "TLS failed"
            return Description(detail: "\(hint) (\(text))", retryable: false)
        }
        if error is ChannelError {
            return Description(detail: "the connection failed (\(error))", retryable: true)
        }
        return Description(detail: "\(error)", retryable: true)
    }

    /// `10 s`, `0.3 s`.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
