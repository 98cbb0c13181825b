/// The value rules of a usage row's fields.
extension UsageRules {
    /// `Period`: a real month `YYYY-MM` or day `YYYY-MM-DD` in the years of `DateRange`.
    static func period(_ field: UsageRow.Field?, row: UsageRow, log: inout DiagnosticLog) -> UsagePeriod? {
        guard let text = required(field, "Period", row: row, log: &log) else { return nil }
        if let period = parsePeriod(text.utf8) {
            return DateRange.check(year: period.month.year, field: "Period", text: text, at: field!.location, log: &log) ? period : nil
        }
        log.error(.invalidPeriod(value: text), at: field!.location)
        return nil
    }

    /// `Service`: one of the metered services (`.some(service)`) or `ActiveUsers` (`.some(nil)`); matched
    /// case-insensitively. `nil` after an error.
    static func service(_ field: UsageRow.Field?, row: UsageRow, log: inout DiagnosticLog) -> MeteredService?? {
        guard let text = required(field, "Service", row: row, log: &log) else { return nil }
        if let service = MeteredService(rawValue: text) ?? MeteredService.allCases.first(where: { $0.rawValue.caseInsensitiveEquals(text) }) {
            return .some(service)
        }
        if "ActiveUsers".caseInsensitiveEquals(text) { return .some(nil) }
        log.error(.unknownValue(field: "Service", value: text, known: knownServices), at: field!.location)
        return nil
    }

    /// `Quantity`: a decimal number of 0 or more, below 10¹⁵ with at most 6 decimals (`NumberLimits`),
    /// decimal comma where the CSV delimiter allows it (there a number such as `19.500` is
    /// `ambiguousDecimalPoint`, see `isAmbiguousDecimalPoint`).
    /// - Parameter isCount: an `ActiveUsers` row: its bounds are those of a count, checked by the caller.
    static func quantity(_ field: UsageRow.Field?, row: UsageRow, isCount: Bool = false, log: inout DiagnosticLog) -> DecimalParser.Parsed? {
        guard let text = required(field, "Quantity", row: row, log: &log), let field else { return nil }
        if row.decimalComma, !field.isNumber, isAmbiguousDecimalPoint(text.utf8) {
            log.error(.ambiguousDecimalPoint(field: "Quantity", value: text), at: field.location)
            return nil
        }
        switch DecimalParser.parse(text, decimalComma: row.decimalComma && !field.isNumber, exponent: field.isNumber) {
        case .success(let parsed) where parsed.value < 0:
            log.error(.negativeValue(field: "Quantity", value: text), at: field.location)
            return nil
        case .success(let parsed):
            if !isCount, let problem = NumberLimits.problem(with: parsed, field: "Quantity", text: text) {
                log.error(problem, at: field.location)
                return nil
            }
            return parsed
        case .failure(.tooLarge) where isCount:
            log.error(NumberLimits.countTooLarge(field: "Quantity", text: text, allowNegative: false), at: field.location)
            return nil
        case .failure(let failure):
            log.error(DecimalParser.reason(for: failure, field: "Quantity", value: text), at: field.location)
            return nil
        }
    }

    /// `YYYY-MM` or `YYYY-MM-DD` of a real month or day, read straight from the bytes (this runs for every
    /// row of a usage file).
    static func parsePeriod(_ utf8: String.UTF8View) -> UsagePeriod? {
        guard utf8.count == 7 || utf8.count == 10 else { return nil }
        var numbers = [0, 0, 0]
        var part = 0
        var width = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "-") {
                guard width == (part == 0 ? 4 : 2), part < 2 else { return nil }
                part += 1
                width = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                numbers[part] = numbers[part] * 10 + Int(byte - UInt8(ascii: "0"))
                width += 1
            } else {
                return nil
            }
        }
        guard width == 2 else { return nil }
        if part == 1 { return YearMonth(year: numbers[0], month: numbers[1]).map(UsagePeriod.month) }
        return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2]).map(UsagePeriod.day)
    }

    /// The trimmed text of a field; `missingKey` when absent (JSON), `emptyValue` when blank.
    private static func required(_ field: UsageRow.Field?, _ name: String, row: UsageRow, log: inout DiagnosticLog) -> String? {
        guard let field else {
            log.error(.missingKey(key: name), at: row.location)
            return nil
        }
        if field.isInvalid { return nil }
        let text = field.text.trimmingSpaces
        if text.isEmpty {
            log.error(.emptyValue(field: name), at: field.location)
            return nil
        }
        // Named as a control character, not echoed raw inside another message (an ESC would reach the terminal).
        guard TextRules.check(text, field: name, at: field.location, log: &log) else { return nil }
        return text
    }
}
