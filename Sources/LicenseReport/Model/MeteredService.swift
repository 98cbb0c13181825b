import Foundation

/// A metered service of a module-based SuperOffice subscription.
public enum MeteredService: String, CaseIterable, Hashable, Comparable, Sendable {
    /// Document and database storage, in GB. A level, not a count: aggregated with `max`.
    case storageSpace = "StorageSpace"
    /// E-mails sent by mailings.
    case mailingsEmails = "MailingsEmails"
    /// Customer Centre logins.
    case customerCenterLogins = "CustomerCenterLogins"
    /// Chat sessions.
    case chatSessions = "ChatSessions"
    /// Form submissions.
    case formSubmissions = "FormSubmissions"

    /// Sorted by the order declared here (the order SuperOffice lists them in).
    public static func < (lhs: MeteredService, rhs: MeteredService) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The period of one usage row: a whole month (`YYYY-MM`) or one day (`YYYY-MM-DD`).
public enum UsagePeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// A month-level row (`YYYY-MM`).
    case month(YearMonth)
    /// A day-level row (`YYYY-MM-DD`).
    case day(CalendarDate)

    /// The month the row counts towards.
    public var month: YearMonth {
        switch self {
        case .month(let m): m
        case .day(let d): d.yearMonth
        }
    }

    /// `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        switch self {
        case .month(let m): m.description
        case .day(let d): d.description
        }
    }

    public static func < (lhs: UsagePeriod, rhs: UsagePeriod) -> Bool {
        lhs.description < rhs.description
    }
}

/// One row of `usage.csv`/`usage.json` for a metered service.
public struct UsageRecord: Hashable, Sendable {
    /// `Period`.
    public var period: UsagePeriod
    /// `Service`.
    public var service: MeteredService
    /// `Quantity`, >= 0, in the tariff's unit.
    public var quantity: Decimal
    /// Where the row was read (for diagnostics).
    public var location: SourceLocation

    /// Memberwise initializer.
    public init(period: UsagePeriod, service: MeteredService, quantity: Decimal, location: SourceLocation) {
        self.period = period
        self.service = service
        self.quantity = quantity
        self.location = location
    }
}

/// How a month's usage rows of one service are combined.
public enum Aggregation: String, CaseIterable, Hashable, Sendable {
    /// Counts (e-mails, logins): the month's rows are added up.
    case sum
    /// Levels (storage): the month's highest row counts.
    case max
}

/// An ISO 4217 currency with its minor unit (number of decimals).
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    /// Three upper-case letters, e.g. "NOK".
    public let code: String
    /// Decimals of the minor unit: 2 for NOK, SEK, DKK, EUR, USD, GBP; 0 for JPY, ISK; 3 for BHD, KWD, OMR, JOD, TND, LYD, IQD.
    public let minorUnit: Int

    /// Creates a currency from its ISO 4217 code; `nil` unless `code` is three upper-case ASCII letters.
    /// The minor unit comes from ISO 4217's list (2 unless the code is one of the listed exceptions).
    public init?(code: String) {
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        self.code = code
        self.minorUnit = Currency.minorUnitExceptions[code] ?? 2
    }

    /// ISO 4217 currencies whose minor unit is not 2 decimals.
    static let minorUnitExceptions: [String: Int] = [
        "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
        "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
        "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
        "CLF": 4, "UYW": 4,
    ]

    /// The code, e.g. "NOK".
    public var description: String { code }
}

/// The price list of one metered service (`tariffs.json` → `Services[]`).
public struct Tariff: Hashable, Sendable {
    /// `Service`.
    public var service: MeteredService
    /// `Unit` shown next to quantities, e.g. "GB" or "e-mails".
    public var unit: String
    /// `Aggregation`.
    public var aggregation: Aggregation
    /// `IncludedBase`: quantity included regardless of users, >= 0.
    public var includedBase: Decimal
    /// `IncludedPerUser`: quantity included per user, >= 0.
    public var includedPerUser: Decimal
    /// `BlockSize`: overage is billed in blocks of this size, > 0.
    public var blockSize: Decimal
    /// `PricePerBlock` in the tariff currency, >= 0, at most 6 decimals.
    public var pricePerBlock: Decimal

    /// Memberwise initializer.
    public init(service: MeteredService, unit: String, aggregation: Aggregation, includedBase: Decimal,
                includedPerUser: Decimal, blockSize: Decimal, pricePerBlock: Decimal) {
        self.service = service
        self.unit = unit
        self.aggregation = aggregation
        self.includedBase = includedBase
        self.includedPerUser = includedPerUser
        self.blockSize = blockSize
        self.pricePerBlock = pricePerBlock
    }
}

/// `tariffs.json`: the currency and one tariff per metered service, sorted by service.
public struct TariffTable: Hashable, Sendable {
    /// `Currency`.
    public var currency: Currency
    /// `Services`, sorted by `MeteredService` order, at most one per service.
    public var tariffs: [Tariff]

    /// Memberwise initializer; sorts `tariffs` by service.
    public init(currency: Currency, tariffs: [Tariff]) {
        self.currency = currency
        self.tariffs = tariffs.sorted { $0.service < $1.service }
    }

    /// The tariff of `service`, if any.
    public func tariff(for service: MeteredService) -> Tariff? { tariffs.first { $0.service == service } }
}
