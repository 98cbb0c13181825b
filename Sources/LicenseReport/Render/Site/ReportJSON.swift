import Foundation

/// `report.json`: every computed value, machine-readable, with exactly the keys of issue 2.
///
/// Decimal values are JSON strings (amounts with the currency's minor-unit decimals, e.g. "120.00" or
/// "1200" for JPY; quantities, thresholds, overage and blocks in their shortest exact form), counts are
/// JSON numbers, dates `YYYY-MM-DD`, months `YYYY-MM`, date-times ISO 8601 with their offset, and `null`
/// where a value is absent. Output is deterministic: fixed key order, two-space indent, trailing newline.
public enum ReportJSON {
    /// The text of report.json for `report`.
    public static func render(_ report: Report) -> String {
        value(of: report).text + "\n"
    }

    /// `render(report)` as UTF-8 bytes (what a site writes).
    public static func renderBytes(_ report: Report) -> [UInt8] {
        value(of: report).bytes + [UInt8(ascii: "\n")]
    }

    /// The JSON value of a report (top-level keys in the documented order).
    public static func value(of report: Report) -> JSONOutput {
        .object([
            ("asOf", .string(report.asOf.description)),
            ("nextExpiryDate", .nullable(report.nextExpiryDate?.description)),
            ("subscriptionModel", .string(report.subscriptionModel.rawValue)),
            ("plan", .nullable(report.plan?.rawValue)),
            ("owners", .array(report.owners.map(value(of:)))),
            ("restrictions", .array(report.restrictions.map(value(of:)))),
            ("metered", .array(report.usageMonths.flatMap { month in month.lines.map { value(of: $0, in: month) } })),
            ("meteredTotals", .array(report.usageMonths.map(total(of:)))),
            ("events", .array(report.events.map(value(of:)))),
        ])
    }

    static func value(of owner: OwnerReport) -> JSONOutput {
        .object([
            ("ownerName", .string(owner.ownerName)),
            ("companyName", .string(owner.companyName)),
            ("serialNr", .string(owner.serialNr)),
            ("expiryDate", .nullable(owner.expiryDate?.description)),
            ("licenses", .array(owner.licenses.map { license in
                .object([
                    ("name", .string(license.name)),
                    ("description", .string(license.description)),
                    ("kind", .string(license.kind.rawValue)),
                    ("total", .int(license.total)),
                    ("inUse", .int(license.inUse)),
                    ("free", .nullable(license.free)),
                    ("unrestricted", .bool(license.unrestricted)),
                ])
            })),
        ])
    }

    static func value(of restriction: RestrictionStatus) -> JSONOutput {
        .object([
            ("name", .string(restriction.name)),
            ("activeCount", .int(restriction.activeCount)),
            ("maximum", .nullable(restriction.maximum)),
            ("percent", .nullable(restriction.percent)),
            ("level", .string(restriction.level.rawValue)),
        ])
    }

    /// One `metered` entry: the line's figures with its month's facts (the flat list of report.json).
    static func value(of line: MeteredLine, in month: UsageMonth) -> JSONOutput {
        .object([
            ("month", .string(month.month.description)),
            ("service", .string(line.service.rawValue)),
            ("unit", .string(line.unit)),
            ("quantity", .string(DecimalFormatting.canonical(line.quantity))),
            ("users", .int(month.users)),
            ("usersSource", .string(month.usersSource.rawValue)),
            ("threshold", .string(DecimalFormatting.canonical(line.threshold))),
            ("overage", .string(DecimalFormatting.canonical(line.overage))),
            ("blocks", .string(DecimalFormatting.canonical(line.blocks))),
            ("amount", .string(DisplayText.amountPlain(line.amount, month.currency))),
            ("currency", .string(month.currency.code)),
            ("invoiceMonth", .string(month.invoiceMonth.description)),
        ])
    }

    /// One `meteredTotals` entry.
    static func total(of month: UsageMonth) -> JSONOutput {
        .object([
            ("month", .string(month.month.description)),
            ("amount", .string(DisplayText.amountPlain(month.total, month.currency))),
            ("currency", .string(month.currency.code)),
        ])
    }

    /// `activatedBy` is the associate's full name (else the login name), `null` when unknown.
    static func value(of event: EventReport) -> JSONOutput {
        let activatedBy = event.activatedBy.map { $0.fullName.isEmpty ? $0.assocName : $0.fullName }
        return .object([
            ("event", .string(event.event)),
            ("status", .string(event.status)),
            ("message", .string(event.message)),
            ("activated", .nullable(event.activated?.description)),
            ("activatedBy", .nullable(activatedBy)),
            ("finished", .nullable(event.finished?.description)),
            ("type", .string(event.scopeLabel)),
            ("scope", .int(event.scope)),
            ("description", .string(event.description)),
        ])
    }
}
