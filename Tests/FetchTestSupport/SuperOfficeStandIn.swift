import Foundation
import NIOConcurrencyHelpers

/// SuperOffice's Web API as ../shared/superoffice-api.md describes it, for `StandInServer`: `GET /api/v1/License`,
/// the four fencing `POST`s (404 for a limit it does not have), and `GET /api/v1/SystemEvent` paged with
/// `$top`/`$skip` as an OData list. It answers 401 to wrong credentials and 406 without `Accept: application/json`;
/// `scripted` replies (a 503 once, a 500 storm, silence, a truncated body) come first for their path.
public final class SuperOfficeStandIn: Sendable {
    /// The credentials it accepts.
    public enum Accepted: Sendable {
        case basic(username: String, password: String)
        case ticket(ticket: String, appToken: String)
    }

    public let accepted: Accepted
    /// The body of `GET /api/v1/License`.
    public let license: String
    /// Fencing bodies by agent call (`Project/GetProjectFencingInfo`); a call not in it answers 404.
    public let fencing: [String: String]
    /// The system events, each one JSON object's text, in archive order.
    public let eventRows: [String]
    private let scripted: NIOLockedValueBox<[String: [StandInReply]]>

    /// A stand-in with these responses.
    public init(accepted: Accepted, license: String, fencing: [String: String], eventRows: [String]) {
        self.accepted = accepted
        self.license = license
        self.fencing = fencing
        self.eventRows = eventRows
        self.scripted = NIOLockedValueBox([:])
    }

    /// The responses of a fixture folder that holds Web API responses (`fixtures/solvang-api`): its
    /// `license.json` and `fencing/` files as they are, and the rows of its `events.json` list.
    public convenience init(fixture folder: URL, accepted: Accepted) throws {
        func text(_ name: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        var fencing: [String: String] = [:]
        for (call, file) in SuperOfficeStandIn.fencingFiles {
            if let body = try? text("fencing/\(file)") { fencing[call] = body }
        }
        let list = try JSONSerialization.jsonObject(with: Data(try text("events.json").utf8)) as? [String: Any]
        let rows = (list?["value"] as? [Any] ?? []).map { row in
            String(decoding: try! JSONSerialization.data(withJSONObject: row, options: [.sortedKeys]), as: UTF8.self)
        }
        self.init(accepted: accepted, license: try text("license.json"), fencing: fencing, eventRows: rows)
    }

    /// The agent calls and their fixture files.
    public static let fencingFiles = [("Dash/GetDashboardFencingInfo", "dashboards.json"), ("Project/GetProjectFencingInfo", "projects.json"),
                                      ("Workflow/GetWorkflowFencingInfo", "marketing-flows.json"), ("License/GetFencingInfo", "license.json")]

    /// Replies to give, in order, to the next requests for `path` (`/api/v1/License`) before the normal one.
    public func script(_ path: String, _ replies: [StandInReply]) {
        scripted.withLockedValue { $0[path, default: []] += replies }
    }

    /// The server's handler.
    public func reply(to request: RecordedRequest) -> StandInReply {
        if let next = scripted.withLockedValue({ queue -> StandInReply? in
            guard var replies = queue[request.path], !replies.isEmpty else { return nil }
            let first = replies.removeFirst()
            queue[request.path] = replies
            return first
        }) { return next }
        guard authorized(request) else { return .json(#"{"Error": "Not authenticated"}"#, status: 401) }
        guard request.header("Accept") == "application/json" else { return .json("{}", status: 406) }
        switch (request.method, request.path) {
        case ("GET", "/api/v1/License"):
            return .json(license)
        case ("POST", let path) where path.hasPrefix("/api/v1/Agents/"):
            guard let body = fencing[String(path.dropFirst("/api/v1/Agents/".count))] else { return .json("", status: 404) }
            return .json(body)
        case ("GET", "/api/v1/SystemEvent"):
            guard request.query["$select"] != nil, let top = Int(request.query["$top"] ?? ""), let skip = Int(request.query["$skip"] ?? "") else {
                return .json(#"{"Error": "$select, $top and $skip expected"}"#, status: 400)
            }
            let page = eventRows.dropFirst(skip).prefix(top)
            return .json(#"{"odata.metadata": "http://127.0.0.1/api/v1/archive/$metadata", "odata.nextLink": null, "value": ["#
                         + page.joined(separator: ",") + "]}")
        default:
            return .json("", status: 404)
        }
    }

    private func authorized(_ request: RecordedRequest) -> Bool {
        switch accepted {
        case let .basic(username, password):
            return request.header("Authorization") == "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
        case let .ticket(ticket, appToken):
            return request.header("Authorization") == "SOTicket \(ticket)" && request.header("SO-AppToken") == appToken
        }
    }
}
