/// A CRM Suite plan restriction, shaped like SuperOffice's `FencingInfo` plus a name:
/// "N of M <limit>", e.g. 1 of 100 active projects.
public struct Restriction: Hashable, Sendable {
    /// `Name`, e.g. "Active projects".
    public var name: String
    /// `ActiveCount`: how many are in use, >= 0.
    public var activeCount: Int
    /// `Maximum`: the plan's limit, >= 0; `nil` = unlimited.
    public var maximum: Int?
    /// `IsNearingMaximum` as given by SuperOffice, if any (compared with the computed level; a mismatch warns).
    public var isNearingMaximum: Bool?
    /// `HasReachedMaximum` as given by SuperOffice, if any.
    public var hasReachedMaximum: Bool?

}
