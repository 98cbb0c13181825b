import Foundation

/// One usage row as read from CSV or JSON: each field's text (`nil` when absent) with its position.
struct UsageRow {
    /// A field's text and where it was read.
    struct Field {
        var text: String
        var location: SourceLocation
        /// A JSON number (may carry an exponent) rather than text.
        var isNumber = false
        /// A value of the wrong JSON type, already reported.
        var isInvalid = false
    }

    var period: Field?
    var service: Field?
    var quantity: Field?
    /// The row's position (CSV: line and column 1; JSON: the element's path).
    var location: SourceLocation
    /// Whether `,` is a decimal separator (CSV files whose delimiter is not a comma).
    var decimalComma: Bool
}

/// The usage rules, applied row by row while the file streams, and the bounded aggregate kept for the
/// `Dataset`: one record per (period, service), in order of first appearance, combined with the tariff's
/// aggregation (sum, or max for levels such as storage). Sum of sums and max of maxes give the compute
/// stage the same month figures (and the same peak day) as the raw rows, so a 1 GB file needs memory for
/// at most one record per day and service.
struct UsageRules {
    /// The usage records (without `ActiveUsers`).
    private(set) var records: [UsageRecord] = []
    /// `ActiveUsers` per month, with where each was given.
    private(set) var activeUsers: [YearMonth: (count: Int, location: SourceLocation)] = [:]
    /// Whether any row names a metered service (not `ActiveUsers`), even one with another error: such a
    /// file needs tariffs.json.
    private(set) var hasMeteredUsage = false

    /// The first decimal separator of the file's quantities and its line (CSV with a decimal comma only).
    var firstDecimalSeparator: (separator: Character, line: Int)?
    /// Whether `mixedDecimalSeparators` was reported (once per file).
    var reportedMixedSeparators = false

    private let tariffs: TariffTable?
    private var recordIndex: [RecordKey: Int] = [:]
    private var periodKinds: [MonthKey: (monthly: Bool, daily: Bool)] = [:]
    /// Services not to report as `missingTariff` (again): reported already, or their tariff had an error.
    private var reportedMissingTariff: Set<MeteredService> = []
    /// Months and services whose total was reported as too large.
    private var reportedLargeMonths: Set<MonthKey> = []

    private struct RecordKey: Hashable { var period: UsagePeriod; var service: MeteredService }
    private struct MonthKey: Hashable { var month: YearMonth; var service: MeteredService }

    /// The service names a usage row may give: the metered services and `ActiveUsers`.
    static let knownServices = MeteredService.allCases.map(\.rawValue) + ["ActiveUsers"]

    /// Starts with the tariffs (for aggregation and the missing-tariff rule); `nil` when tariffs.json is
    /// absent or unusable (its own error covers it, so missing tariffs are then not reported per service).
    /// - Parameter invalidTariffs: services whose tariff is in tariffs.json but has an error (already
    ///   reported there): their usage is not reported as `missingTariff` too.
    init(tariffs: TariffTable?, invalidTariffs: Set<MeteredService> = []) {
        self.tariffs = tariffs
        self.reportedMissingTariff = invalidTariffs
    }

    /// Checks one row and adds it. Errors: `emptyValue`/`missingKey` (absent field), `invalidPeriod`,
    /// `unknownValue` (service), `invalidDecimal`, `thousandsSeparator`, `notFinite`, `negativeValue`,
    /// `invalidCount` (ActiveUsers not whole), `duplicateActiveUsers`, `missingTariff` (once per service),
    /// `mixedPeriods` (once per `max` service and month); in CSV with a decimal comma `ambiguousDecimalPoint`
    /// and `mixedDecimalSeparators` (once per file).
    mutating func add(_ row: UsageRow, log: inout DiagnosticLog) {
        let period = Self.period(row.period, row: row, log: &log)
        let service = Self.service(row.service, row: row, log: &log)
        if case .some(.some) = service { hasMeteredUsage = true }
        let isActiveUsers: Bool = if case .some(.none) = service { true } else { false }
        let quantity = Self.quantity(row.quantity, row: row, isCount: isActiveUsers, log: &log)
        if quantity != nil, let text = row.quantity?.text.trimmingSpaces { checkDecimalSeparator(text, row: row, log: &log) }
        guard let period, let service, let parsed = quantity else { return }
        guard let metered = service else {
            addActiveUsers(parsed, period: period, row: row, log: &log)
            return
        }
        let value = parsed.value
        let aggregation = tariffs?.tariff(for: metered)?.aggregation ?? (metered == .storageSpace ? .max : .sum)
        if let tariffs, tariffs.tariff(for: metered) == nil, reportedMissingTariff.insert(metered).inserted {
            log.error(.missingTariff(service: metered.rawValue), at: row.service?.location ?? row.location)
        }
        if aggregation == .max { checkPeriodKind(period, service: metered, row: row, log: &log) }
        let key = RecordKey(period: period, service: metered)
        if let index = recordIndex[key] {
            switch aggregation {
            case .sum: records[index].quantity += value
            case .max: records[index].quantity = max(records[index].quantity, value)
            }
            checkMonthQuantity(records[index], row: row, log: &log)
        } else {
            recordIndex[key] = records.count
            records.append(UsageRecord(period: period, service: metered, quantity: value, location: row.location))
        }
    }

    /// A month's total of a `sum` service stays below the quantity bound (`NumberLimits`), so that it is
    /// exact; reported once per service and month, at the row that passed it.
    private mutating func checkMonthQuantity(_ record: UsageRecord, row: UsageRow, log: inout DiagnosticLog) {
        guard record.quantity >= NumberLimits.quantityBound else { return }
        let key = MonthKey(month: record.period.month, service: record.service)
        guard reportedLargeMonths.insert(key).inserted else { return }
        log.error(.monthQuantityTooLarge(service: record.service.rawValue, month: record.period.month.description,
                                         limit: NumberLimits.boundText(for: "Quantity")), at: row.location)
    }

    private mutating func addActiveUsers(_ quantity: DecimalParser.Parsed, period: UsagePeriod, row: UsageRow, log: inout DiagnosticLog) {
        let location = row.quantity?.location ?? row.location
        guard quantity.isWhole else {
            log.error(.invalidCount(field: "Quantity", value: row.quantity?.text ?? ""), at: location)
            return
        }
        guard quantity.value <= Decimal(NumberLimits.maximumCount) else {
            log.error(NumberLimits.countTooLarge(field: "Quantity", text: row.quantity?.text ?? "", allowNegative: false), at: location)
            return
        }
        if let first = activeUsers[period.month] {
            log.error(.duplicateActiveUsers(month: period.month.description, first: first.location.description), at: row.location)
        } else {
            activeUsers[period.month] = (NSDecimalNumber(decimal: quantity.value).intValue, row.location)
        }
    }

    private mutating func checkPeriodKind(_ period: UsagePeriod, service: MeteredService, row: UsageRow, log: inout DiagnosticLog) {
        let key = MonthKey(month: period.month, service: service)
        var kinds = periodKinds[key] ?? (false, false)
        let wasMixed = kinds.monthly && kinds.daily
        if case .month = period { kinds.monthly = true } else { kinds.daily = true }
        periodKinds[key] = kinds
        if !wasMixed, kinds.monthly, kinds.daily {
            log.error(.mixedPeriods(service: service.rawValue, month: period.month.description),
                      at: row.period?.location ?? row.location)
        }
    }
}
