/// The associate who activated a system event (`registered_associate_id/...` columns).
public struct Associate: Hashable, Sendable {
    /// `registered_associate_id/assocName`: the login name.
    public var assocName: String
    /// `registered_associate_id/fullName`.
    public var fullName: String
    /// `registered_associate_id/portraitThumbnail`: an image URL or `data:` URI, if any.
    public var portraitThumbnail: String? = nil

    /// Up to two initials from `fullName` (else `assocName`), upper-cased: "Kari Nordmann" → "KN".
    public var initials: String {
        let source = fullName.isEmpty ? assocName : fullName
        let words = source.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." })
        let letters = words.prefix(1) + (words.count > 1 ? [words[words.count - 1]] : [])
        return letters.compactMap(\.first).map { String($0).uppercased() }.joined()
    }
}

/// The scope of a system event (`scope` column of SuperOffice's SystemEvents archive).
public enum EventScope: Int, CaseIterable, Hashable, Sendable {
    /// Scope 1: every database of the installation.
    case systemWide = 1
    /// Scope 2: this database.
    case database = 2
    /// Scope 3: a user group.
    case group = 3
    /// Scope 4: one user.
    case user = 4

    /// The "Type" column text: "System-wide", "Database", "Group", "User".
    public var label: String {
        switch self {
        case .systemWide: "System-wide"
        case .database: "Database"
        case .group: "Group"
        case .user: "User"
        }
    }
}

/// One row of SuperOffice's SystemEvents archive (`events.csv` / `events.json`).
public struct SystemEvent: Hashable, Sendable {
    /// `eventname`.
    public var eventName: String
    /// `status`, free text as exported (e.g. "Running", "Finished").
    public var status: String
    /// `eventmess`: the message shown to users.
    public var message: String
    /// `registered`: when the event was activated.
    public var registered: ZonedDateTime?
    /// Who activated it.
    public var registeredBy: Associate?
    /// `eta`: when it finished (or is expected to); `nil` while open-ended.
    public var finished: ZonedDateTime?
    /// `type`, free text as exported.
    public var type: String
    /// `scope`.
    public var scope: EventScope
    /// `extraInfo`: the longer description.
    public var extraInfo: String
    /// Where the row was read.
    public var location: SourceLocation

}
