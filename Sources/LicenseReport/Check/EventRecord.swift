import Foundation

/// One system event as read from CSV or JSON (column name → text and position), and the value rules
/// that turn it into a `SystemEvent`.
struct EventRecord {
    /// A field's text and where it was read.
    struct Field {
        var text: String
        var location: SourceLocation
        /// A value of the wrong JSON type, already reported.
        var isInvalid = false
    }

    /// Fields by the column names of `EventLoader.columns`.
    var fields: [String: Field] = [:]
    /// The row (CSV: line and column 1) or the object's path (JSON).
    var location: SourceLocation
    /// A field had the wrong JSON type (already reported).
    var hasError = false

    /// Creates an empty record at `location`.
    init(location: SourceLocation) { self.location = location }

    /// The event, or `nil` after recording errors: `emptyValue` (eventname), `unknownValue` (scope, 1–4),
    /// `invalidDate` and `dateOutOfRange` (registered, eta). An event whose `eta` is before `registered` is a warning
    /// (`eventFinishedBeforeRegistered`), and is kept.
    func event(timeZone: TimeZone, log: inout DiagnosticLog) -> SystemEvent? {
        var valid = !hasError
        for name in fields.keys.sorted() {
            guard let field = fields[name], !field.isInvalid else { continue }
            if !TextRules.check(field.text, field: name, at: field.location, log: &log) { valid = false }
        }
        func text(_ name: String) -> String { fields[name]?.text ?? "" }
        let name = text("eventname").trimmingSpaces
        if name.isEmpty, let field = fields["eventname"], !field.isInvalid {
            log.error(.emptyValue(field: "eventname"), at: field.location)
            valid = false
        }
        var scope: EventScope?
        if let field = fields["scope"], !field.isInvalid {
            scope = Self.scope(field.text.trimmingSpaces)
            if scope == nil {
                log.error(.unknownValue(field: "scope", value: field.text, known: EventScope.allCases.map { "\($0.rawValue) (\($0.label))" }),
                          at: field.location)
                valid = false
            }
        }
        let registered = dateTime("registered", timeZone: timeZone, valid: &valid, log: &log)
        let finished = dateTime("eta", timeZone: timeZone, valid: &valid, log: &log)
        guard valid, let scope else { return nil }
        if let registered, let finished, finished < registered {
            log.warning(.eventFinishedBeforeRegistered(event: name), at: fields["eta"]?.location ?? location)
        }
        let assocName = text("registered_associate_id/assocName").trimmingSpaces
        let fullName = text("registered_associate_id/fullName").trimmingSpaces
        let portrait = text("registered_associate_id/portraitThumbnail").trimmingSpaces
        let associate = assocName.isEmpty && fullName.isEmpty && portrait.isEmpty
            ? nil : Associate(assocName: assocName, fullName: fullName, portraitThumbnail: portrait.isEmpty ? nil : portrait)
        return SystemEvent(eventName: name, status: text("status"), message: text("eventmess"), registered: registered,
                           registeredBy: associate, finished: finished, type: text("type"), scope: scope,
                           extraInfo: text("extraInfo"), location: location)
    }

    /// SuperOffice's names of the scopes (the `Scope` enum of its Web API), matched case-insensitively.
    static let scopeNames: [(String, EventScope)] = [("SystemWide", .systemWide), ("Database", .database), ("Group", .group), ("User", .user)]

    /// A scope written as its number (`2`) or as SuperOffice's name (`Database`); `nil` for anything else,
    /// `Undefined` (0) included.
    static func scope(_ text: String) -> EventScope? {
        if let number = Int(text) { return EventScope(rawValue: number) }
        return scopeNames.first { $0.0.caseInsensitiveEquals(text) }?.1
    }

    /// A date-time column: empty, and SuperOffice's "no date" (`0001-01-01…`), are `nil`; a date-time without
    /// an offset is read in `timeZone`.
    private func dateTime(_ name: String, timeZone: TimeZone, valid: inout Bool, log: inout DiagnosticLog) -> ZonedDateTime? {
        guard let field = fields[name], !field.isInvalid else { return nil }
        let text = field.text.trimmingSpaces
        if text.isEmpty || SuperOfficeDates.isNoDate(text) { return nil }
        guard let value = DateTimeParser.zonedDateTime(text, in: timeZone) else {
            log.error(.invalidDate(field: name, value: field.text), at: field.location)
            valid = false
            return nil
        }
        // The year as written, not as moved by an offset.
        if let date = DateTimeParser.parts(text)?.date,
           !DateRange.check(year: date.year, field: name, text: field.text, at: field.location, log: &log) {
            valid = false
            return nil
        }
        return value
    }
}
