import Foundation

/// The level of a plan restriction (SuperOffice's 85 % / 100 % indicators).
public enum RestrictionLevel: String, CaseIterable, Hashable, Comparable, Sendable {
    /// Below 85 % of Maximum: shown black.
    case normal
    /// At or above 85 % (`IsNearingMaximum`): shown yellow.
    case approaching
    /// At or above 100 %, including Maximum 0 (`HasReachedMaximum`): shown red.
    case reached
    /// No Maximum.
    case unlimited

    /// Severity order: unlimited < normal < approaching < reached.
    public static func < (lhs: RestrictionLevel, rhs: RestrictionLevel) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int {
        switch self {
        case .unlimited: 0
        case .normal: 1
        case .approaching: 2
        case .reached: 3
        }
    }
}

/// Where a metered month's users figure came from.
public enum UsersSource: String, Hashable, Sendable {
    /// The month's `ActiveUsers` row in the usage data.
    case usage
    /// The sum of `InUse` over user plans of all owners.
    case licenses
}

/// Whether a licence is a system licence or a user plan (ExtraFlags bit 1).
public enum LicenseKind: String, Hashable, Sendable {
    /// A system licence.
    case system
    /// A user plan.
    case user
}

/// A computed restriction row.
public struct RestrictionStatus: Hashable, Sendable {
    /// `Name`.
    public var name: String
    /// `ActiveCount`.
    public var activeCount: Int
    /// `Maximum`, `nil` = unlimited.
    public var maximum: Int?
    /// floor(100 × ActiveCount ÷ Maximum); `nil` when unlimited or Maximum is 0.
    public var percent: Int?
    /// The level.
    public var level: RestrictionLevel

    /// Memberwise initializer.
    public init(name: String, activeCount: Int, maximum: Int?, percent: Int?, level: RestrictionLevel) {
        self.name = name
        self.activeCount = activeCount
        self.maximum = maximum
        self.percent = percent
        self.level = level
    }
}

/// One licence line of an owner, as listed on the Licences screen.
public struct LicenseLine: Hashable, Sendable {
    /// ModuleLicense `Name`, e.g. "SuperOffice.SalesPremium".
    public var name: String
    /// ModuleLicense `Description`: the display name.
    public var description: String
    /// `.user` for user plans (ExtraFlags bit 1), else `.system`.
    public var kind: LicenseKind
    /// `Total`: licences bought.
    public var total: Int
    /// `InUse`: licences assigned.
    public var inUse: Int
    /// `Free` = Total − InUse.
    public var free: Int
    /// `Unrestricted`: pages show "Unlimited" and no counter.
    public var unrestricted: Bool
    /// The licence's own `ExpiryDate`, if any.
    public var expiryDate: CalendarDate?

    /// Memberwise initializer.
    public init(name: String, description: String, kind: LicenseKind, total: Int, inUse: Int, free: Int,
                unrestricted: Bool, expiryDate: CalendarDate? = nil) {
        self.name = name
        self.description = description
        self.kind = kind
        self.total = total
        self.inUse = inUse
        self.free = free
        self.unrestricted = unrestricted
        self.expiryDate = expiryDate
    }
}

/// One owner as reported: sorted SUPEROFFICE first, then by OwnerName; hidden licences left out;
/// licences sorted by SortOrder, then Name.
public struct OwnerReport: Hashable, Sendable {
    /// `OwnerName`, e.g. "SUPEROFFICE".
    public var ownerName: String
    /// `OwnerDescription`.
    public var ownerDescription: String
    /// `CompanyName`: the customer.
    public var companyName: String
    /// `SerialNr`: the licence serial number.
    public var serialNr: String
    /// `nil` when not time-limited.
    public var expiryDate: CalendarDate?
    /// Days from the report date to `expiryDate` (negative: expired); `nil` when not time-limited.
    public var daysLeft: Int?
    /// Visible licences, sorted by SortOrder, then Name.
    public var licenses: [LicenseLine]

    /// Memberwise initializer.
    public init(ownerName: String, ownerDescription: String, companyName: String, serialNr: String,
                expiryDate: CalendarDate?, daysLeft: Int?, licenses: [LicenseLine]) {
        self.ownerName = ownerName
        self.ownerDescription = ownerDescription
        self.companyName = companyName
        self.serialNr = serialNr
        self.expiryDate = expiryDate
        self.daysLeft = daysLeft
        self.licenses = licenses
    }
}

/// One metered service in one usage month, with every figure of the invoicing rule.
public struct MeteredLine: Hashable, Sendable {
    /// The usage month.
    public var month: YearMonth
    /// The metered service.
    public var service: MeteredService
    /// The tariff's unit.
    public var unit: String
    /// Sum (or maximum, for `max` services) of the month's rows; 0 when the month has no row for this service.
    public var quantity: Decimal
    /// For `max` services with daily rows: the first day the maximum was reached.
    public var peakDay: CalendarDate?
    /// The users figure thresholds scale with.
    public var users: Int
    /// Where `users` came from: the month's ActiveUsers or the user plans' InUse.
    public var usersSource: UsersSource
    /// The tariff's `IncludedBase`.
    public var includedBase: Decimal
    /// The tariff's `IncludedPerUser`.
    public var includedPerUser: Decimal
    /// IncludedBase + IncludedPerUser × users.
    public var threshold: Decimal
    /// quantity − threshold when quantity > threshold, else 0.
    public var overage: Decimal
    /// The tariff's `BlockSize`.
    public var blockSize: Decimal
    /// ceil(overage ÷ BlockSize), a whole number.
    public var blocks: Decimal
    /// The tariff's `PricePerBlock`, in `currency`.
    public var pricePerBlock: Decimal
    /// blocks × PricePerBlock rounded to the currency's minor unit, half away from zero.
    public var amount: Decimal
    /// The tariff currency.
    public var currency: Currency
    /// `month.next`.
    public var invoiceMonth: YearMonth

    /// Memberwise initializer.
    public init(month: YearMonth, service: MeteredService, unit: String, quantity: Decimal, peakDay: CalendarDate?,
                users: Int, usersSource: UsersSource, includedBase: Decimal, includedPerUser: Decimal,
                threshold: Decimal, overage: Decimal, blockSize: Decimal, blocks: Decimal, pricePerBlock: Decimal,
                amount: Decimal, currency: Currency, invoiceMonth: YearMonth) {
        self.month = month
        self.service = service
        self.unit = unit
        self.quantity = quantity
        self.peakDay = peakDay
        self.users = users
        self.usersSource = usersSource
        self.includedBase = includedBase
        self.includedPerUser = includedPerUser
        self.threshold = threshold
        self.overage = overage
        self.blockSize = blockSize
        self.blocks = blocks
        self.pricePerBlock = pricePerBlock
        self.amount = amount
        self.currency = currency
        self.invoiceMonth = invoiceMonth
    }
}

/// A usage month's total: the sum of its rounded lines.
public struct MonthTotal: Hashable, Sendable {
    /// The usage month.
    public var month: YearMonth
    /// The sum of the month's rounded line amounts.
    public var amount: Decimal
    /// The tariff currency.
    public var currency: Currency
    /// The invoice month: the month after `month`.
    public var invoiceMonth: YearMonth

    /// Memberwise initializer.
    public init(month: YearMonth, amount: Decimal, currency: Currency, invoiceMonth: YearMonth) {
        self.month = month
        self.amount = amount
        self.currency = currency
        self.invoiceMonth = invoiceMonth
    }
}

/// A system event as reported.
public struct EventReport: Hashable, Sendable {
    /// `eventname`.
    public var event: String
    /// `status`, as exported.
    public var status: String
    /// `eventmess`: the message shown to users.
    public var message: String
    /// `registered`, in the dataset's time zone.
    public var activated: ZonedDateTime?
    /// The associate who activated the event.
    public var activatedBy: Associate?
    /// `eta`, in the dataset's time zone; `nil` while open-ended.
    public var finished: ZonedDateTime?
    /// The scope's label: "System-wide", "Database", "Group", "User" (the "Type" column of issue 2 and
    /// `type` of report.json).
    public var type: String
    /// The exported `type` column as given ("Upgrade", "Maintenance"); "" when the export has none.
    /// Shown on the status page; not in report.json, whose `type` is the scope label.
    public var kind: String
    /// `scope`: 1 system-wide, 2 database, 3 group, 4 user.
    public var scope: Int
    /// `extraInfo`.
    public var description: String
    /// True when the event was activated by the end of the report date (or has no activation time) and
    /// `finished` is absent or lies after the end of the report date (see `EventRules.isRunning`).
    public var isRunning: Bool

    /// Memberwise initializer.
    public init(event: String, status: String, message: String, activated: ZonedDateTime?, activatedBy: Associate?,
                finished: ZonedDateTime?, type: String, scope: Int, description: String, isRunning: Bool,
                kind: String = "") {
        self.event = event
        self.status = status
        self.message = message
        self.activated = activated
        self.activatedBy = activatedBy
        self.finished = finished
        self.type = type
        self.kind = kind
        self.scope = scope
        self.description = description
        self.isRunning = isRunning
    }
}

/// Everything computed from a dataset for one report date: the output of the compute stage and
/// the only input of rendering. Arrays are sorted; no dictionaries.
public struct Report: Hashable, Sendable {
    /// The dataset's display name.
    public var datasetName: String
    /// The report date.
    public var asOf: CalendarDate
    /// The database status facts (subscription, type, prepared for, URLs, time zone).
    public var status: DatabaseStatus
    /// What expires next: the earliest ExpiryDate of any owner or licence on or after `asOf`, with
    /// the owner and licence it belongs to; `nil` when nothing time-limited is left.
    public var nextExpiry: ExpiryNotice?
    /// Earliest ExpiryDate of any owner or licence on or after `asOf` (`nextExpiryDate` of report.json).
    public var nextExpiryDate: CalendarDate? { nextExpiry?.date }
    /// `SubscriptionModel` of status.json.
    public var subscriptionModel: SubscriptionModel
    /// The CRM Suite plan, if any.
    public var plan: CRMSuitePlan?
    /// Owners, SUPEROFFICE first, then by OwnerName.
    public var owners: [OwnerReport]
    /// In input order.
    public var restrictions: [RestrictionStatus]
    /// The most severe restriction level (`nil` without restrictions).
    public var worstRestrictionLevel: RestrictionLevel?
    /// Sorted by month, then service. Every service with a tariff appears in every usage month
    /// (see `MeteredBilling.usageMonths`). Empty for CRM Suite subscriptions and without tariffs.
    public var metered: [MeteredLine]
    /// Sorted by month.
    public var meteredTotals: [MonthTotal]
    /// Sorted by activation time (events without one last), then name.
    public var events: [EventReport]
    /// How many events are still running as of the report date.
    public var runningEventCount: Int

    /// Memberwise initializer.
    public init(datasetName: String, asOf: CalendarDate, status: DatabaseStatus, nextExpiry: ExpiryNotice?,
                subscriptionModel: SubscriptionModel, plan: CRMSuitePlan?, owners: [OwnerReport],
                restrictions: [RestrictionStatus], worstRestrictionLevel: RestrictionLevel?, metered: [MeteredLine],
                meteredTotals: [MonthTotal], events: [EventReport], runningEventCount: Int) {
        self.datasetName = datasetName
        self.asOf = asOf
        self.status = status
        self.nextExpiry = nextExpiry
        self.subscriptionModel = subscriptionModel
        self.plan = plan
        self.owners = owners
        self.restrictions = restrictions
        self.worstRestrictionLevel = worstRestrictionLevel
        self.metered = metered
        self.meteredTotals = meteredTotals
        self.events = events
        self.runningEventCount = runningEventCount
    }
}
