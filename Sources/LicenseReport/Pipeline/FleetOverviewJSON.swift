import LicenseReportCore

/// The JSON forms of the overview rows: `OUTPUT/index.json` (the published overview, keys as issue 9 lists
/// them, docs/fleet.md) and a shard's part `OUTPUT/.shards/K-of-N.json` (the same rows plus the days left,
/// read back by `license-report index`). Written by `JSONOutput` (fixed key order, two-space indent).
public enum FleetOverviewJSON {
    /// The text of `index.json`: `{"asOf", "tenants": [rows in overview order]}`.
    public static func index(asOf: String, rows: [FleetOverviewRow]) -> String {
        JSONOutput.object([
            ("asOf", .string(asOf)),
            ("tenants", .array(rows.map { value(of: $0, part: false) })),
        ]).text + "\n"
    }

    /// The text of a shard's part: `{"shard": "K-of-N", "asOf", "tenants": [rows sorted by folder name]}`.
    public static func part(shard: FleetShard, asOf: String, rows: [FleetOverviewRow]) -> String {
        JSONOutput.object([
            ("shard", .string(shard.partName)),
            ("asOf", .string(asOf)),
            ("tenants", .array(rows.sorted { FleetOverviewOrder.bytesPrecede($0.tenant, $1.tenant) }.map { value(of: $0, part: true) })),
        ]).text + "\n"
    }

    /// One row: `tenant`, `status`, `companyName`, `serialNr`, `worstLevel`, `nextExpiryDate`,
    /// `latestMeteredTotal` (`{"month", "amount", "currency"}` or null), `runningEvents`, `errors`
    /// (`{"count", "first"}` for a failed tenant, null when built); a part adds `nextExpiryDaysLeft`.
    static func value(of row: FleetOverviewRow, part: Bool) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("tenant", .string(row.tenant)),
            ("status", .string(row.status.rawValue)),
            ("companyName", .nullable(row.companyName)),
            ("serialNr", .nullable(row.serialNr)),
            ("worstLevel", .nullable(row.worstLevel?.rawValue)),
            ("nextExpiryDate", .nullable(row.nextExpiryDate)),
            ("latestMeteredTotal", row.latestMeteredTotal.map { total in
                .object([("month", .string(total.month)), ("amount", .string(total.amount)), ("currency", .string(total.currency))])
            } ?? .null),
            ("runningEvents", .nullable(row.runningEvents)),
            ("errors", row.status == .failed
                ? .object([("count", .int(row.errorCount)), ("first", .nullable(row.firstError))]) : .null),
        ]
        if part { members.insert(("nextExpiryDaysLeft", .nullable(row.nextExpiryDaysLeft)), at: 6) }
        return .object(members)
    }

    /// A part as read back.
    public struct Part: Hashable, Sendable {
        /// The shard's part name, "K-of-N".
        public var shard: String
        public var asOf: String
        public var rows: [FleetOverviewRow]
    }

    /// Reads a shard's part written by `part(shard:asOf:rows:)`.
    /// - Throws: `String`-described problems as `DiagnosticError` `.invalidShardPart` at `path`.
    public static func readPart(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> Part {
        func fail(_ detail: String) -> DiagnosticError { DiagnosticError([Diagnostic(.invalidShardPart(path: path, detail: detail))]) }
        guard bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset($0) }) == nil else { throw fail("not UTF-8") }
        let result: Result<JSONValue, JSONParser.SyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONParser.SyntaxError) { return .success(try JSONParser.parse(buffer)) } catch { return .failure(error) }
        }
        let parsed: JSONValue
        switch result {
        case .success(let value): parsed = value
        case .failure(let error): throw fail("byte \(error.byteOffset): \(error.detail)")
        }
        guard case .object(let top) = parsed else { throw fail("expected an object") }
        func member(_ members: [JSONMember], _ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
        func string(_ members: [JSONMember], _ key: String) throws(DiagnosticError) -> String? {
            switch member(members, key) {
            case .string(let text)?: return text
            case .null?, nil: return nil
            default: throw fail("\(key) is not a string")
            }
        }
        func int(_ members: [JSONMember], _ key: String) throws(DiagnosticError) -> Int? {
            switch member(members, key) {
            case .number(let lexeme)?:
                guard let value = Int(lexeme) else { throw fail("\(key) is not a whole number") }
                return value
            case .null?, nil: return nil
            default: throw fail("\(key) is not a number")
            }
        }
        guard let shard = try string(top, "shard"), let asOf = try string(top, "asOf"),
              case .array(let items)? = member(top, "tenants") else { throw fail("expected shard, asOf and tenants") }
        var rows: [FleetOverviewRow] = []
        for item in items {
            guard case .object(let fields) = item, let tenant = try string(fields, "tenant"),
                  let status = try string(fields, "status").flatMap(FleetOverviewRow.Status.init(rawValue:)) else {
                throw fail("a tenant without tenant or status")
            }
            var total: FleetOverviewRow.MeteredTotal?
            if case .object(let parts)? = member(fields, "latestMeteredTotal") {
                guard let month = try string(parts, "month"), let amount = try string(parts, "amount"),
                      let currency = try string(parts, "currency") else { throw fail("\(tenant): latestMeteredTotal is incomplete") }
                total = FleetOverviewRow.MeteredTotal(month: month, amount: amount, currency: currency)
            }
            var errorCount = 0
            var firstError: String?
            if case .object(let errors)? = member(fields, "errors") {
                errorCount = try int(errors, "count") ?? 0
                firstError = try string(errors, "first")
            }
            let level = try string(fields, "worstLevel")
            rows.append(FleetOverviewRow(
                tenant: tenant, status: status, companyName: try string(fields, "companyName"), serialNr: try string(fields, "serialNr"),
                worstLevel: level.flatMap(RestrictionLevel.init(rawValue:)), nextExpiryDate: try string(fields, "nextExpiryDate"),
                nextExpiryDaysLeft: try int(fields, "nextExpiryDaysLeft"), latestMeteredTotal: total,
                runningEvents: try int(fields, "runningEvents"), errorCount: errorCount, firstError: firstError))
        }
        return Part(shard: shard, asOf: asOf, rows: rows)
    }
}
