/// A checked dataset: the output of the check stage. Everything in it obeys the rules of
/// docs/dataset-format.md, so the compute stage never meets bad data.
public struct Dataset: Hashable, Sendable {
    /// A display name: the dataset folder's last path component.
    public var name: String
    /// `license.json`: the owners in file order (the compute stage orders them, `OwnerRules.precedes`).
    public var owners: [LicenseOwner]
    /// `status.json` (defaults when the file is absent).
    public var status: DatabaseStatus = DatabaseStatus()
    /// Metered-service usage of `usage.csv`/`usage.json`, excluding `ActiveUsers`: one record per (period, service),
    /// in order of first appearance, its rows combined by the tariff's aggregation while the file streamed (sum, or
    /// max for levels such as storage), located at its first row. Month sums, month maxima and peak days are the
    /// same as over the raw rows, and memory is bounded by days × services, not by the file's size.
    public var usage: [UsageRecord] = []
    /// `ActiveUsers` per month: the number of users that thresholds scale with (at most one value a month).
    public var activeUsers: [YearMonth: Int] = [:]
    /// `tariffs.json`; present whenever `usage` is not empty.
    public var tariffs: TariffTable?
    /// System events, in input order.
    public var events: [SystemEvent] = []

}
