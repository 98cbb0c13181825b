import Foundation

/// The invoicing rule of metered services for module-based SuperOffice subscriptions, one service in
/// one usage month at a time. Every figure is a `Decimal`; nothing is ever converted to `Double`.
///
/// threshold = IncludedBase + IncludedPerUser × users; overage = quantity − threshold when quantity exceeds
/// the threshold (equal is not over), else 0; blocks = ⌈overage ÷ BlockSize⌉; amount = blocks × PricePerBlock
/// rounded to the currency's ISO 4217 minor unit, half away from zero. Usage in month M is billed on the
/// invoice of month M + 1. See docs/rules.md for sources and worked examples.
public enum MeteredBilling {
    /// The included quantity: IncludedBase + IncludedPerUser × users.
    /// - Parameters:
    ///   - tariff: the service's tariff.
    ///   - users: the month's users figure, >= 0.
    /// - Returns: the threshold, in the tariff's unit.
    public static func threshold(_ tariff: Tariff, users: Int) -> Decimal {
        tariff.includedBase + tariff.includedPerUser * Decimal(users)
    }

    /// The billable excess: `quantity − threshold` when `quantity > threshold`, else 0 (equal is not over).
    public static func overage(quantity: Decimal, threshold: Decimal) -> Decimal {
        quantity > threshold ? quantity - threshold : 0
    }

    /// The number of blocks to bill: ⌈overage ÷ blockSize⌉, computed exactly.
    ///
    /// `Decimal` division can be inexact (1 ÷ 3 has 38 digits of 3s), so the quotient is only a first guess:
    /// it is truncated to a whole number and then corrected with exact multiplications until
    /// `(blocks − 1) × blockSize < overage ≤ blocks × blockSize`.
    /// - Parameters:
    ///   - overage: >= 0.
    ///   - blockSize: > 0 (checked by the check stage).
    /// - Returns: a whole number >= 0; 0 exactly when `overage` is 0.
    public static func blocks(overage: Decimal, blockSize: Decimal) -> Decimal {
        // Integer path: both as significands on a common exponent, blocks = ⌈overage / blockSize⌉ exactly.
        // Decimal's long division and the corrections below were 1.2 % of a fleet build;
        // `MeteredBillingPropertyTests` compares the two paths.
        if let overage = SmallDecimal(overage), let size = SmallDecimal(blockSize) {
            if overage.significand == 0 || overage.negative { return 0 }
            if size.significand != 0, !size.negative {
                let exponent = min(overage.exponent, size.exponent)
                if let dividend = SmallDecimal.scaled(overage.significand, by: overage.exponent - exponent),
                   let divisor = SmallDecimal.scaled(size.significand, by: size.exponent - exponent) {
                    let (quotient, remainder) = dividend.quotientAndRemainder(dividingBy: divisor)
                    return Decimal(quotient + (remainder > 0 ? 1 : 0))
                }
            }
        }
        return blocksByDivision(overage: overage, blockSize: blockSize)
    }

    /// `blocks` in `Decimal` arithmetic: for values beyond `SmallDecimal`, and the reference for its integer path.
    static func blocksByDivision(overage: Decimal, blockSize: Decimal) -> Decimal {
        guard overage > 0, blockSize > 0 else { return 0 }
        var blocks = wholePart(of: overage / blockSize)
        // The truncated quotient is within one of the answer while it has fewer than Decimal's 38 digits
        // (the check stage bounds quantities and block sizes so that it does); the corrections are
        // therefore bounded too, and stop if `+ 1` no longer changes a value that has run out of digits.
        for _ in 0..<4 where blocks * blockSize < overage {
            let next = blocks + 1
            guard next != blocks else { break }
            blocks = next
        }
        for _ in 0..<4 where blocks > 0 && (blocks - 1) * blockSize >= overage {
            blocks -= 1
        }
        return blocks
    }

    /// The line amount: blocks × PricePerBlock, rounded to the currency's minor unit half away from zero
    /// (1.005 → 1.01 and 0.125 → 0.13 for a two-decimal currency; 12.5 → 13 for JPY).
    public static func amount(blocks: Decimal, pricePerBlock: Decimal, currency: Currency) -> Decimal {
        DecimalFormatting.rounded(unroundedAmount(blocks: blocks, pricePerBlock: pricePerBlock), scale: currency.minorUnit)
    }

    /// blocks × PricePerBlock before rounding (exact in decimal arithmetic: 3 × 12.345 = 37.035).
    public static func unroundedAmount(blocks: Decimal, pricePerBlock: Decimal) -> Decimal {
        blocks * pricePerBlock
    }

    /// The month's quantity of one service and, for a `max` service, the first day its maximum was reached.
    /// - Parameters:
    ///   - records: the month's rows of one service (any order).
    ///   - aggregation: `sum` adds the rows up; `max` takes the highest row (storage is a level, not a count).
    /// - Returns: the quantity (0 without rows) and `peakDay`: for `max`, the earliest day-level row whose
    ///   quantity equals the maximum, `nil` when the maximum comes from a month-level row only or for `sum`.
    public static func quantity(of records: [UsageRecord], aggregation: Aggregation) -> (quantity: Decimal, peakDay: CalendarDate?) {
        switch aggregation {
        case .sum:
            return (records.reduce(Decimal(0)) { $0 + $1.quantity }, nil)
        case .max:
            guard let maximum = records.map(\.quantity).max() else { return (0, nil) }
            let peakDays = records.compactMap { record -> CalendarDate? in
                guard record.quantity == maximum, case .day(let day) = record.period else { return nil }
                return day
            }
            return (maximum, peakDays.min())
        }
    }

    /// Every figure of one service in one usage month.
    /// - Parameters:
    ///   - tariff: the service's tariff.
    ///   - records: the month's rows of this service (may be empty: quantity 0, amount 0).
    ///   - users: the month's users figure.
    ///   - currency: the tariff currency.
    /// - Returns: the line.
    public static func line(tariff: Tariff, records: [UsageRecord], users: Int, currency: Currency) -> MeteredLine {
        let (quantity, peakDay) = quantity(of: records, aggregation: tariff.aggregation)
        let threshold = threshold(tariff, users: users)
        let overage = overage(quantity: quantity, threshold: threshold)
        let blocks = blocks(overage: overage, blockSize: tariff.blockSize)
        return MeteredLine(service: tariff.service, unit: tariff.unit, quantity: quantity, peakDay: peakDay,
                           includedBase: tariff.includedBase, includedPerUser: tariff.includedPerUser,
                           threshold: threshold, overage: overage, blockSize: tariff.blockSize, blocks: blocks,
                           pricePerBlock: tariff.pricePerBlock,
                           unroundedAmount: unroundedAmount(blocks: blocks, pricePerBlock: tariff.pricePerBlock),
                           amount: amount(blocks: blocks, pricePerBlock: tariff.pricePerBlock, currency: currency))
    }

    /// One usage month: a line per tariff (in `MeteredService` order) and their total, the sum of the
    /// rounded line amounts (never re-rounded), billed on the invoice of `month.next`.
    /// - Parameters:
    ///   - month: the usage month.
    ///   - table: the tariffs and their currency.
    ///   - records: the month's rows of every service (any order).
    ///   - users: the month's users figure and where it came from.
    public static func month(_ month: YearMonth, table: TariffTable, records: [UsageRecord],
                             users: (count: Int, source: UsersSource)) -> UsageMonth {
        let lines = table.tariffs.map { tariff in
            line(tariff: tariff, records: records.filter { $0.service == tariff.service }, users: users.count,
                 currency: table.currency)
        }
        return UsageMonth(month: month, invoiceMonth: month.next, users: users.count, usersSource: users.source,
                          currency: table.currency, lines: lines,
                          total: lines.reduce(Decimal(0)) { $0 + $1.amount })
    }

    /// The whole part of a non-negative value (rounds toward zero).
    private static func wholePart(of value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .down)
        return result
    }
}
