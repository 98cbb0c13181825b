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
    /// The scope's label: "System-wide", "Database", "Group", "User" (`type` of report.json).
    public var scopeLabel: String
    /// `scope`: 1 system-wide, 2 database, 3 group, 4 user.
    public var scope: Int
    /// The exported `type` column as given ("Upgrade", "Maintenance"); "" when the export has none.
    /// Shown on the status page; not in report.json, whose `type` is the scope label.
    public var type: String = ""
    /// `extraInfo`.
    public var description: String
    /// True when the event was activated by the end of the report date (or has no activation time) and
    /// `finished` is absent or lies after the end of the report date (see `EventRules.isRunning`).
    public var isRunning: Bool
}
