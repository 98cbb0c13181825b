import Foundation
import LicenseReportCore

/// Typed fields of a JSON object. Each accessor marks its key as used and records a diagnostic at the
/// field's path when the value is wrong; it returns `nil` when the key is absent, `null`, or wrong.
extension JSONObjectReader {
    /// A text field. `null` counts as absent.
    /// - Parameters:
    ///   - required: record `missingKey` when absent, `wrongType` when `null`.
    ///   - nonEmpty: record `emptyValue` for an empty or blank text.
    ///   - allowNumber: accept a JSON number as its text (SerialNr, scope).
    mutating func string(_ key: String, required: Bool = false, nonEmpty: Bool = false, allowNumber: Bool = false,
                         log: inout DiagnosticLog) -> String? {
        guard let (value, path) = field(key, required: required, log: &log) else { return nil }
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let lexeme) where allowNumber: text = lexeme
        default:
            log.error(.wrongType(expected: "a string", found: value.typeDescription), at: location(of: path))
            return nil
        }
        if nonEmpty, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            log.error(.emptyValue(field: key), at: location(of: path))
            return nil
        }
        guard TextRules.check(text, field: key, at: location(of: path), log: &log) else { return nil }
        return text
    }

    /// A `true`/`false` field; `null` counts as absent.
    mutating func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let (value, path) = field(key, required: false, log: &log) else { return nil }
        guard case .bool(let flag) = value else {
            log.error(.wrongType(expected: "true or false", found: value.typeDescription), at: location(of: path))
            return nil
        }
        return flag
    }

    /// A whole-number field (`12`, also `12.0` or `1.2e1`).
    /// - Parameter allowNegative: `false` for counts (Total, InUse, ActiveCount): negative values are
    ///   `invalidCount` errors.
    mutating func integer(_ key: String, required: Bool = false, allowNegative: Bool = false, log: inout DiagnosticLog) -> Int? {
        guard let (value, path) = field(key, required: required, log: &log) else { return nil }
        switch JSONScalars.integer(value, field: key, allowNegative: allowNegative) {
        case .success(let number): return number
        case .failure(let failure):
            log.error(failure.reason, at: location(of: path))
            return nil
        }
    }

    /// A decimal field, given as a JSON number or a decimal string (`"19.99"`); with the number of decimals
    /// it was written with and its path.
    mutating func decimal(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> (parsed: DecimalParser.Parsed, path: JSONPath)? {
        guard let (value, path) = field(key, required: required, log: &log) else { return nil }
        switch JSONScalars.decimal(value, field: key) {
        case .success(let number): return (number, path)
        case .failure(let failure):
            log.error(failure.reason, at: location(of: path))
            return nil
        }
    }

    /// A date field such as `ExpiryDate`: `YYYY-MM-DD` or a date-time (its date as written), in the years
    /// of `DateRange` (`dateOutOfRange` otherwise). Absent, `null`, empty, and SuperOffice's "0 = forever"
    /// (`0`, `"0"`, `"0001-01-01…"`) all give `nil`: not time-limited.
    mutating func date(_ key: String, log: inout DiagnosticLog) -> CalendarDate? {
        guard let (value, path) = field(key, required: false, log: &log) else { return nil }
        switch value {
        case .number(let lexeme) where (try? DecimalParser.parse(lexeme, exponent: true).get())?.value == 0:
            return nil
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed == "0" || SuperOfficeDates.isNoDate(trimmed) { return nil }
            guard let parts = DateTimeParser.parts(trimmed) else {
                log.error(.invalidDate(field: key, value: text), at: location(of: path))
                return nil
            }
            if parts.date == CalendarDate(year: 1, month: 1, day: 1) { return nil }
            guard DateRange.check(year: parts.date.year, field: key, text: text, at: location(of: path), log: &log) else { return nil }
            return parts.date
        default:
            log.error(.wrongType(expected: "a date string (YYYY-MM-DD) or null", found: value.typeDescription),
                      at: location(of: path))
            return nil
        }
    }

    /// The value of `key` unless it is absent or `null`; records `missingKey` (absent) or `wrongType` (null)
    /// when `required`.
    private mutating func field(_ key: String, required: Bool, log: inout DiagnosticLog) -> (JSONValue, JSONPath)? {
        guard let (value, path) = take(key) else {
            if required { log.error(.missingKey(key: key), at: location) }
            return nil
        }
        if value == .null {
            if required { log.error(.wrongType(expected: "a value", found: "null"), at: location(of: path)) }
            return nil
        }
        return (value, path)
    }
}
