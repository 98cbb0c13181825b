/// The value rules of a usage row's fields.
extension UsageRules {
    /// `Period`: a real month `YYYY-MM` or day `YYYY-MM-DD`.
    static func period(_ field: UsageRow.Field?, row: UsageRow, log: inout DiagnosticLog) -> UsagePeriod? {
        guard let text = required(field, "Period", row: row, log: &log) else { return nil }
        if let month = YearMonth(iso: text) { return .month(month) }
        if let day = CalendarDate(iso: text) { return .day(day) }
        log.error(.invalidPeriod(value: text), at: field!.location, stage: .check)
        return nil
    }

    /// `Service`: one of the metered services (`.some(service)`) or `ActiveUsers` (`.some(nil)`); matched
    /// case-insensitively. `nil` after an error.
    static func service(_ field: UsageRow.Field?, row: UsageRow, log: inout DiagnosticLog) -> MeteredService?? {
        guard let text = required(field, "Service", row: row, log: &log) else { return nil }
        if let service = MeteredService.allCases.first(where: { $0.rawValue.caseInsensitiveEquals(text) }) { return .some(service) }
        if "ActiveUsers".caseInsensitiveEquals(text) { return .some(nil) }
        log.error(.unknownValue(field: "Service", value: text, known: knownServices), at: field!.location, stage: .check)
        return nil
    }

    /// `Quantity`: a decimal number of 0 or more (decimal comma where the CSV delimiter allows it).
    static func quantity(_ field: UsageRow.Field?, row: UsageRow, log: inout DiagnosticLog) -> DecimalParser.Parsed? {
        guard let text = required(field, "Quantity", row: row, log: &log), let field else { return nil }
        switch DecimalParser.parse(text, decimalComma: row.decimalComma && !field.isNumber, exponent: field.isNumber) {
        case .success(let parsed) where parsed.value < 0:
            log.error(.negativeValue(field: "Quantity", value: text), at: field.location, stage: .check)
            return nil
        case .success(let parsed):
            return parsed
        case .failure(let failure):
            log.error(DecimalParser.reason(for: failure, field: "Quantity", value: text), at: field.location, stage: .check)
            return nil
        }
    }

    /// The trimmed text of a field; `missingKey` when absent (JSON), `emptyValue` when blank.
    private static func required(_ field: UsageRow.Field?, _ name: String, row: UsageRow, log: inout DiagnosticLog) -> String? {
        guard let field else {
            log.error(.missingKey(key: name), at: row.location, stage: .load)
            return nil
        }
        if field.isInvalid { return nil }
        let text = field.text.trimmingSpaces
        if text.isEmpty {
            log.error(.emptyValue(field: name), at: field.location, stage: .check)
            return nil
        }
        return text
    }
}
