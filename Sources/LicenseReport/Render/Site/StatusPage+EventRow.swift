extension StatusPage {
    /// One row of the System notifications table, from an `EventReport`.
    struct EventRow: Sendable {
        /// Who activated the event: full name, and the portrait thumbnail or the initials.
        struct ActivatedBy: Sendable {
            let fullName: String
            /// A safe image source (http(s) or `data:image/…`), else `nil`.
            let portrait: String?
            /// "Portrait of Kari Nordmann".
            let portraitAlt: String
            /// Shown when there is no portrait: "KN".
            let initials: String
            let hasInitials: Bool
        }

        let eventName: String
        let eventStatus: String
        let eventMessage: String
        /// "2026-03-04 14:05 +01:00", or "—".
        let activated: String
        let activatedBy: ActivatedBy?
        /// "2026-03-04 15:00 +01:00", or "—" while open-ended.
        let finished: String
        /// "System-wide", "Database", "Group", "User".
        let eventType: String
        /// The exported `type` ("Upgrade", "Maintenance"), or `nil` when the export has none.
        let eventKind: String?
        /// `extraInfo`, when given.
        let eventDescription: String?
        let isRunning: Bool

        /// Formats one event.
        init(_ event: EventReport) {
            eventName = event.event
            eventStatus = event.status
            eventMessage = event.message
            activated = event.activated.map(DisplayText.dateTime) ?? DisplayText.none
            activatedBy = event.activatedBy.map { associate in
                let name = associate.fullName.trimmingSpaces.isEmpty ? associate.assocName : associate.fullName
                let portrait = DisplayText.imageSource(associate.portraitThumbnail)
                let initials = portrait == nil ? associate.initials : ""
                return ActivatedBy(fullName: name, portrait: portrait, portraitAlt: DisplayText.words("portrait_alt", ["name": name]),
                                   initials: initials, hasInitials: !initials.isEmpty)
            }
            finished = event.finished.map(DisplayText.dateTime) ?? DisplayText.none
            eventType = DisplayText.eventScope(event.scope, fallback: event.scopeLabel)
            eventKind = event.type.trimmingSpaces.isEmpty ? nil : event.type
            eventDescription = event.description.trimmingSpaces.isEmpty ? nil : event.description
            isRunning = event.isRunning
        }
    }
}

extension StatusPage.EventRow: MustacheViewModel {
    /// The stored properties of `StatusPage.EventRow`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "eventName": .init(\.eventName) { $0.eventName }, "eventStatus": .init(\.eventStatus) { $0.eventStatus }, "eventMessage": .init(\.eventMessage) { $0.eventMessage },
        "activated": .init(\.activated) { $0.activated }, "activatedBy": .init(\.activatedBy) { $0.activatedBy }, "finished": .init(\.finished) { $0.finished }, "eventType": .init(\.eventType) { $0.eventType },
        "eventKind": .init(\.eventKind) { $0.eventKind }, "eventDescription": .init(\.eventDescription) { $0.eventDescription }, "isRunning": .init(\.isRunning) { $0.isRunning },
    ]
}

extension StatusPage.EventRow.ActivatedBy: MustacheViewModel {
    /// The stored properties of `StatusPage.EventRow.ActivatedBy`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "fullName": .init(\.fullName) { $0.fullName }, "portrait": .init(\.portrait) { $0.portrait }, "portraitAlt": .init(\.portraitAlt) { $0.portraitAlt }, "initials": .init(\.initials) { $0.initials },
        "hasInitials": .init(\.hasInitials) { $0.hasInitials },
    ]
}
