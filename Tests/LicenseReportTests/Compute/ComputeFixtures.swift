import Foundation
@testable import LicenseReport

/// Small builders for the compute tests (named to avoid clashing with other suites' helpers).
enum ComputeFixtures {
    /// An exact Decimal from its text ("1.005"); never goes through Double.
    static func dec(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    /// A Decimal significand × 10^−scale, built from integers only.
    static func dec(_ significand: Int, scale: Int) -> Decimal {
        Decimal(sign: significand < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(significand.magnitude))
    }

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    static func month(_ text: String) -> YearMonth { YearMonth(iso: text)! }
    static func currency(_ code: String) -> Currency { Currency(code: code)! }

    /// A date-time at `date` `hh:mm:ss` on the local clock of `offsetMinutes` from UTC.
    static func zoned(_ date: String, _ hour: Int, _ minute: Int, _ second: Int = 0, offsetMinutes: Int = 60) -> ZonedDateTime {
        let local = Int64(day(date).daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return ZonedDateTime(secondsSinceEpoch: local - Int64(offsetMinutes * 60), utcOffsetSeconds: offsetMinutes * 60)
    }

    static func record(_ period: String, _ service: MeteredService, _ quantity: String) -> UsageRecord {
        let usagePeriod: UsagePeriod = period.count == 7 ? .month(month(period)) : .day(day(period))
        return UsageRecord(period: usagePeriod, service: service, quantity: dec(quantity),
                           location: SourceLocation(file: "usage.csv", line: 2, column: 1))
    }

    static func tariff(_ service: MeteredService, aggregation: Aggregation = .sum, base: String = "10",
                       perUser: String = "2", blockSize: String = "5", price: String = "100") -> Tariff {
        Tariff(service: service, unit: service == .storageSpace ? "GB" : "units", aggregation: aggregation,
               includedBase: dec(base), includedPerUser: dec(perUser), blockSize: dec(blockSize), pricePerBlock: dec(price))
    }

    static func license(_ name: String, user: Bool, total: Int = 10, inUse: Int, hidden: Bool = false,
                        sortOrder: Int = 0, expiry: String? = nil) -> ModuleLicense {
        ModuleLicense(name: name, description: name + " licence", licenseType: user ? .userLicense : .siteLicense,
                      total: total, inUse: inUse, isHidden: hidden, extraFlags: user ? 1 : 0, sortOrder: sortOrder,
                      expiryDate: expiry.map(day))
    }
}
