/// A checked dataset: the output of the check stage. Everything in it obeys the rules of
/// docs/dataset-format.md, so the compute stage never meets bad data.
public struct Dataset: Hashable, Sendable {
    /// A display name: the dataset folder's last path component.
    public var name: String
    /// `license.json`: owners sorted SUPEROFFICE first, then by `OwnerName`.
    public var owners: [LicenseOwner]
    /// `status.json` (defaults when the file is absent).
    public var status: DatabaseStatus
    /// Metered-service rows of `usage.csv`/`usage.json`, excluding `ActiveUsers`, in input order.
    public var usage: [UsageRecord]
    /// `ActiveUsers` per month: the number of users that thresholds scale with (at most one value a month).
    public var activeUsers: [YearMonth: Int]
    /// `tariffs.json`; present whenever `usage` is not empty.
    public var tariffs: TariffTable?
    /// System events, in input order.
    public var events: [SystemEvent]

    /// Memberwise initializer.
    public init(name: String, owners: [LicenseOwner], status: DatabaseStatus = DatabaseStatus(), usage: [UsageRecord] = [],
                activeUsers: [YearMonth: Int] = [:], tariffs: TariffTable? = nil, events: [SystemEvent] = []) {
        self.name = name
        self.owners = owners
        self.status = status
        self.usage = usage
        self.activeUsers = activeUsers
        self.tariffs = tariffs
        self.events = events
    }
}
