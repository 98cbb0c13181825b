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
}
