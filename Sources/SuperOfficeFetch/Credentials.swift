import Foundation
import LicenseReport

/// How `fetch` authenticates with SuperOffice's Web API (../shared/superoffice-api.md "Authentication").
///
/// Read only from the environment or from a file only its owner can read, never from the command line
/// (other users see it in `ps`). Its descriptions never show a secret, so neither a log line nor an error
/// message can leak one.
public struct Credentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The two kinds SuperOffice offers a nightly job.
    enum Kind: Sendable {
        /// On-premise: `Authorization: Basic base64(user:password)`.
        case basic(username: String, password: String)
        /// SuperOffice Online system user: `Authorization: SOTicket <ticket>` and `SO-AppToken: <token>`.
        case ticket(ticket: String, appToken: String)
    }

    /// The environment variables, in the order they are looked for.
    public static let usernameKey = "SUPEROFFICE_USERNAME"
    public static let passwordKey = "SUPEROFFICE_PASSWORD"
    public static let ticketKey = "SUPEROFFICE_TICKET"
    public static let appTokenKey = "SUPEROFFICE_APP_TOKEN"
    /// Every key a credentials file may hold.
    static let keys = [usernameKey, passwordKey, ticketKey, appTokenKey]

    let kind: Kind

    /// The credentials in `variables` (the environment, or a credentials file's lines): a user name and
    /// password when both are set, else a ticket and app token when both are set.
    /// - Throws: `DiagnosticError` with `incompleteCredentials` (one of a pair without the other) or
    ///   `missingCredentials`.
    public static func from(_ variables: [String: String]) throws(DiagnosticError) -> Credentials {
        func value(_ key: String) -> String? { variables[key].flatMap { $0.isEmpty ? nil : $0 } }
        let pairs = [(usernameKey, passwordKey), (ticketKey, appTokenKey)]
        for (first, second) in pairs {
            switch (value(first), value(second)) {
            case (let one?, let two?):
                return Credentials(kind: first == usernameKey ? .basic(username: one, password: two) : .ticket(ticket: one, appToken: two))
            case (.some, nil): throw DiagnosticError([Diagnostic(.incompleteCredentials(present: first, missing: second))])
            case (nil, .some): throw DiagnosticError([Diagnostic(.incompleteCredentials(present: second, missing: first))])
            case (nil, nil): continue
            }
        }
        throw DiagnosticError([Diagnostic(.missingCredentials)])
    }

    /// The request headers that carry the credentials.
    var headers: [(String, String)] {
        switch kind {
        case let .basic(username, password):
            return [("Authorization", "Basic " + Data("\(username):\(password)".utf8).base64EncodedString())]
        case let .ticket(ticket, appToken):
            return [("Authorization", "SOTicket \(ticket)"), ("SO-AppToken", appToken)]
        }
    }

    /// The variables to check after a 401 or 403, for the message.
    var variablesToCheck: String {
        switch kind {
        case .basic: "\(Self.usernameKey)/\(Self.passwordKey)"
        case .ticket: "\(Self.ticketKey)/\(Self.appTokenKey) (a ticket lives 6 hours: renew it before the job)"
        }
    }

    /// Every secret, so that a test (and a paranoid caller) can look for it in output.
    var secrets: [String] {
        switch kind {
        case let .basic(_, password): [password]
        case let .ticket(ticket, appToken): [ticket, appToken]
        }
    }

    /// "Basic authentication as USER" or "SOTicket authentication": never a secret.
    public var description: String {
        switch kind {
        case let .basic(username, _): "Basic authentication as \(username)"
        case .ticket: "SOTicket authentication"
        }
    }

    /// The same as `description`.
    public var debugDescription: String { description }

    /// No children: `dump` and the debugger show the description, not the stored secrets.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
