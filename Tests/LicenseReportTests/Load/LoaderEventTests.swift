import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// `events.csv` / `events.json`: SuperOffice's SystemEvents archive columns, time zones, rules.
@Suite struct LoaderEventTests {
    static let header = "eventname,status,eventmess,registered,registered_associate_id/assocName,registered_associate_id/fullName,registered_associate_id/portraitThumbnail,eta,type,scope,extraInfo\n"

    static func dataset(events name: String, _ text: String, timeZone: String = "Europe/Oslo") -> TemporaryDataset {
        TemporaryDataset(["license.json": Sample.license, "status.json": #"{"TimeZone": ""# + timeZone + #""}"#, name: text])
    }

    @Test func csvRoundTripInTheDatasetTimeZone() throws {
        let dataset = Self.dataset(events: "events.csv", Self.header + """
        Maintenance,Running,"Upgrade tonight, 22:00",2026-03-04T14:05:09,KN,Kari Nordmann,,2026-03-04 23:00,Maintenance,1,"Line one
        line two"
        Read-only,Finished,Archive locked,2026-07-01T08:00:00Z,,,,2026-07-01T09:30:00.123+02:00,Info,4,

        """)
        let events = try dataset.load().get().dataset.events
        #expect(events == [
            SystemEvent(eventName: "Maintenance", status: "Running", message: "Upgrade tonight, 22:00",
                        registered: ZonedDateTime(secondsSinceEpoch: 1_772_629_509, utcOffsetSeconds: 3600),
                        registeredBy: Associate(assocName: "KN", fullName: "Kari Nordmann"),
                        finished: ZonedDateTime(secondsSinceEpoch: 1_772_661_600, utcOffsetSeconds: 3600),
                        type: "Maintenance", scope: .systemWide, extraInfo: "Line one\nline two", location: dataset.at("events.csv", line: 2, column: 1)),
            SystemEvent(eventName: "Read-only", status: "Finished", message: "Archive locked",
                        registered: ZonedDateTime(secondsSinceEpoch: 1_782_892_800, utcOffsetSeconds: 7200), registeredBy: nil,
                        finished: ZonedDateTime(secondsSinceEpoch: 1_782_891_000, utcOffsetSeconds: 7200),
                        type: "Info", scope: .user, extraInfo: "", location: dataset.at("events.csv", line: 4, column: 1)),
        ])
        #expect(events.map { $0.registered?.description } == ["2026-03-04T14:05:09+01:00", "2026-07-01T10:00:00+02:00"])
    }

    @Test func jsonEventsWithNullsAndNumbers() throws {
        let dataset = Self.dataset(events: "events.json", """
        [{"eventname": "Maintenance", "status": "Running", "eventmess": "Tonight", "registered": "2026-03-04T14:05:09.5+01:00",
          "registered_associate_id/assocName": "KN", "registered_associate_id/fullName": "Kari Nordmann",
          "registered_associate_id/portraitThumbnail": "data:image/png;base64,AAAA", "eta": null, "type": "Maintenance", "scope": 2, "extraInfo": null}]
        """, timeZone: "UTC")
        let event = try #require(try dataset.load().get().dataset.events.first)
        #expect(event == SystemEvent(eventName: "Maintenance", status: "Running", message: "Tonight",
                                     registered: ZonedDateTime(secondsSinceEpoch: 1_772_629_509, utcOffsetSeconds: 0),
                                     registeredBy: Associate(assocName: "KN", fullName: "Kari Nordmann", portraitThumbnail: "data:image/png;base64,AAAA"),
                                     finished: nil, type: "Maintenance", scope: .database, extraInfo: "", location: dataset.at("events.json", "$[0]")))
    }

    /// One row after the header; 1️⃣ marks where the error points.
    static let errorCases: [DiagnosticCase] = [
        .init("scope 5", "Maintenance,,,,,,,,,1️⃣5,",
              .unknownValue(field: "scope", value: "5", known: ["1 (System-wide)", "2 (Database)", "3 (Group)", "4 (User)"])),
        .init("registered not a date-time", "Maintenance,,,1️⃣04.03.2026 14:05,,,,,,1,",
              .invalidDate(field: "registered", value: "04.03.2026 14:05")),
        .init("eta hour 24", "Maintenance,,,,,,,1️⃣2026-03-04T24:00:00,,1,",
              .invalidDate(field: "eta", value: "2026-03-04T24:00:00")),
        .init("empty event name", "1️⃣,,,,,,,,,1,", .emptyValue(field: "eventname")),
    ]

    @Test(arguments: errorCases) func eventError(_ test: DiagnosticCase) {
        let dataset = Self.dataset(events: "events.csv", test.text(after: Self.header) + "\n")
        #expect(dataset.diagnostics() == [Diagnostic(test.reason, at: test.location(in: dataset.file("events.csv"), after: Self.header))])
    }

    @Test func finishedBeforeRegisteredIsAWarning() throws {
        let dataset = Self.dataset(events: "events.csv", Self.header + "Maintenance,,,2026-03-04T14:00,,,,2026-03-04T13:00,,1,\n")
        let checked = try dataset.load().get()
        #expect(checked.warnings == [Diagnostic(.eventFinishedBeforeRegistered(event: "Maintenance"), at: dataset.at("events.csv", line: 2, column: 35), severity: .warning)])
        #expect(checked.dataset.events.count == 1)
        #expect(checked.warnings.map(\.description) == ["\(dataset.file("events.csv")):2:35: warning: event 'Maintenance' finished (eta) before it was registered"])
    }

    @Test func missingScopeColumnAndKey() {
        let csv = Self.dataset(events: "events.csv", "eventname,status\nMaintenance,Running\n")
        #expect(csv.diagnostics() == [Diagnostic(.missingColumn(name: "scope"), at: csv.at("events.csv", line: 1, column: 1))])
        let json = Self.dataset(events: "events.json", #"[{"eventname": "Maintenance", "status": ["Running"]}]"#)
        #expect(json.diagnostics() == [
            Diagnostic(.missingKey(key: "scope"), at: json.at("events.json", "$[0]")),
            Diagnostic(.wrongType(expected: "a string", found: "an array"), at: json.at("events.json", "$[0].status")),
        ])
    }

    @Test func localTimesFollowDaylightSavingTime() throws {
        let dataset = Self.dataset(events: "events.csv", Self.header + """
        Winter,,,2026-01-15T12:00,,,,,,1,
        Summer,,,2026-07-15T12:00,,,,,,1,
        Overlap,,,2026-10-25T02:30,,,,,,1,
        Gap,,,2026-03-29T02:30,,,,,,1,

        """)
        let times = try dataset.load().get().dataset.events.map { $0.registered?.description }
        #expect(times == ["2026-01-15T12:00:00+01:00", "2026-07-15T12:00:00+02:00", "2026-10-25T02:30:00+02:00", "2026-03-29T03:30:00+02:00"])
    }
}
