import Foundation
import LicenseReport

/// The root of a SuperOffice Web API, up to `/api`: `https://crm.example.com/superoffice/api` (on-premise) or
/// `https://online3.superoffice.com/Cust12345/api` (Online). Calls are made below it (`…/api/v1/License`).
public struct BaseURL: Hashable, Sendable, CustomStringConvertible {
    /// The root without a trailing slash, as messages show it.
    public let text: String
    /// `host:port` (the scheme's port when none is given), for connection messages.
    public let hostAndPort: String

    /// Checks `argument`.
    ///
    /// `https` always; `http` only to this machine (`localhost`, `127.0.0.0/8`, `::1`), since Basic credentials
    /// would otherwise cross the network readable. No user or password in it (others see the command line),
    /// no query or fragment, and not ending in `/v1` (the calls add it).
    /// - Throws: `DiagnosticError` with `invalidArgument` for BASE_URL (exit 64); a URL holding credentials
    ///   is not echoed.
    public init(_ argument: String) throws(DiagnosticError) {
        func refuse(_ expected: String, echo: Bool = true) -> DiagnosticError {
            DiagnosticError([Diagnostic(.invalidArgument(option: "BASE_URL", value: echo ? argument : "…", expected: expected))])
        }
        guard let components = URLComponents(string: argument), let scheme = components.scheme?.lowercased(),
              let host = components.host, !host.isEmpty else {
            throw refuse("an https URL of the API root, such as https://crm.example.com/superoffice/api")
        }
        if components.user != nil || components.password != nil {
            throw refuse("a URL without a user name or password: give them in SUPEROFFICE_USERNAME and SUPEROFFICE_PASSWORD", echo: false)
        }
        guard scheme == "https" || (scheme == "http" && Self.isLoopback(host)) else {
            throw refuse(scheme == "http" ? "https (http only to localhost: credentials would cross the network readable)"
                                          : "an https URL of the API root, such as https://crm.example.com/superoffice/api")
        }
        guard components.query == nil, components.fragment == nil else { throw refuse("a URL without a query or fragment") }
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        if path.lowercased().hasSuffix("/v1") { throw refuse("the API root without /v1, such as https://crm.example.com/superoffice/api") }
        let port = components.port.map { ":\($0)" } ?? ""
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        text = "\(scheme)://\(shownHost)\(port)\(path)"
        hostAndPort = "\(shownHost):\(components.port ?? (scheme == "https" ? 443 : 80))"
    }

    /// The URL of a call below the root, e.g. `v1/License`.
    public func url(_ call: String) -> String { text + "/" + call }

    /// The root.
    public var description: String { text }

    /// Whether `host` names this machine.
    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        let isIPv4Loopback = octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
        return bare == "localhost" || bare == "::1" || isIPv4Loopback
    }
}
