import Foundation
import LicenseReportCore

/// Checks one SuperOffice Web API response with the loader that will read the file `fetch` writes from it,
/// so that `fetch` refuses a response the dataset could not load (an HTML login page, a truncated body, an
/// object where a list belongs) before it replaces anything.
public enum APIResponseCheck {
    /// The dataset file a response becomes.
    public enum Kind: Hashable, Sendable {
        /// `license.json`: `GET /api/v1/License`.
        case license
        /// A `fencing/` file (`fencing/license.json`): one `FencingInfo` response.
        case fencing(file: String)
        /// `events.json`: one page of `GET /api/v1/SystemEvent`.
        case events
    }

    /// The agent calls of the plan limits (below `/api/v1/Agents/`, e.g. `Project/GetProjectFencingInfo`) and the
    /// dataset file each response is written to (`fencing/projects.json`), in the order the pages list them.
    public static var fencingCalls: [(call: String, file: String)] {
        FencingLoader.limits.map { ($0.call, "\(FencingLoader.folder)/\($0.file)") }
    }

    /// The entries of a dataset folder that hold Web API responses: `fetch` replaces them as a whole.
    public static let apiEntries: Set<String> = ["license.json", "events.json", FencingLoader.folder]

    /// The structural problems of `body`: malformed JSON (line and column), wrong types and missing keys (JSON
    /// paths), each located in `call` (e.g. `GET https://crm.example.com/api/v1/License`).
    ///
    /// Value rules (Free = Total − InUse, dates, known scopes, …) are left to `check` and `build`, which report
    /// them at the written file's positions: the response is SuperOffice's, and is kept as it came.
    /// - Returns: the load-stage errors, sorted; empty when the dataset loader can read the response.
    public static func problems(in body: Data, kind: Kind, call: String) -> [Diagnostic] {
        var log = DiagnosticLog(strict: false)
        if let root = JSONFile.parse(body, displayPath: call, log: &log) {
            switch kind {
            case .license: _ = LicenseFileLoader.owners(in: root, file: call, log: &log)
            case .fencing(let file):
                // The licence fence reads its WarningMessage as its name: check it as the loader will read it.
                let limit = FencingLoader.limits.first { "\(FencingLoader.folder)/\($0.file)" == file } ?? FencingLoader.limits[0]
                _ = FencingLoader.restriction(in: root, limit: limit, file: call, log: &log)
            case .events:
                guard case .object = root, EventAPILoader.isODataList(root) else {
                    return [Diagnostic(.wrongType(expected: "an OData list ({\"value\": […]})", found: root.typeDescription),
                                       at: SourceLocation(file: call, jsonPath: "$"))]
                }
                _ = EventLoader.events(in: root, file: call, timeZone: TimeZone(identifier: "UTC")!, log: &log)
            }
        }
        return log.diagnostics.filter { $0.severity == .error && $0.stage == .load }.sorted()
    }

    /// The number of rows of one events page (`value`'s length), for paging; `nil` when it has no such array.
    public static func eventRowCount(in body: Data) -> Int? {
        var log = DiagnosticLog(strict: false)
        guard let root = JSONFile.parse(body, displayPath: "", log: &log), case .object(let members) = root,
              let rows = members.first(where: { $0.key.caseInsensitiveEquals("value") })?.value,
              case .array(let elements) = rows else { return nil }
        return elements.count
    }
}
