import Foundation
import Testing
@testable import LicenseReport

/// `events.json` as SuperOffice's own responses: the OData list of the SystemEvents archive, pages of it,
/// and SystemEvent entities.
@Suite struct LoaderEventAPITests {
    static func row(_ key: Int, scope: String, eta: String = "\"0001-01-01T00:00:00\"", registered: String = "2026-11-14T19:30:00") -> String {
        """
        {"PrimaryKey": "\(key)", "EntityName": "systemevent", "SystemEvent_id": \(key), "eventname": "Event \(key)", "status": "Running",
         "eventmess": "Message \(key)", "registered": "\(registered)", "eta": \(eta), "type": "Maintenance", "scope": \(scope),
         "owner": 0, "eventkey": "maintenance", "updatedCount": 1, "extrainfo": "More \(key)",
         "registered_associate_id/assocName": "TORE", "registered_associate_id/fullName": "Tore Haugland",
         "registered_associate_id/portraitThumbnail": "", "_Links": {}, "TableRight": null, "FieldProperties": {}}
        """
    }

    static func list(_ rows: [String]) -> String {
        #"{"odata.metadata": "https://crm.example.com/api/v1/archive/$metadata", "odata.nextLink": null, "value": ["#
            + rows.joined(separator: ",") + "]}"
    }

    static func dataset(_ text: String) -> TemporaryDataset {
        TemporaryDataset(["license.json": Sample.license, "status.json": #"{"TimeZone": "Europe/Oslo"}"#, "events.json": text])
    }

    @Test func odataListWithScopeNamesUnderStrict() throws {
        let dataset = Self.dataset(Self.list([Self.row(17, scope: "\"SystemWide\""), Self.row(18, scope: "2"), Self.row(19, scope: "\"group\""),
                                              Self.row(20, scope: "\"User\"")]))
        let events = try dataset.load(strict: true).get().dataset.events
        #expect(events.map(\.scope) == [.systemWide, .database, .group, .user])
        #expect(events.map(\.location) == (0..<4).map { dataset.at("events.json", "$.value[\($0)]") })
        let first = try #require(events.first)
        #expect(first == SystemEvent(eventName: "Event 17", status: "Running", message: "Message 17",
                                     registered: ZonedDateTime(secondsSinceEpoch: 1_794_681_000, utcOffsetSeconds: 3600),
                                     registeredBy: Associate(assocName: "TORE", fullName: "Tore Haugland"), finished: nil,
                                     type: "Maintenance", scope: .systemWide, extraInfo: "More 17", location: dataset.at("events.json", "$.value[0]")))
    }

    /// `fetch` writes several pages as an array of the unmodified pages.
    @Test func pagesOfOneList() throws {
        let dataset = Self.dataset("[" + Self.list([Self.row(1, scope: "1"), Self.row(2, scope: "1")]) + "," + Self.list([Self.row(3, scope: "1")]) + "]")
        let events = try dataset.load(strict: true).get().dataset.events
        #expect(events.map(\.eventName) == ["Event 1", "Event 2", "Event 3"])
        #expect(events.last?.location == dataset.at("events.json", "$[1].value[0]"))
    }

    static let entity = """
    {"SystemEventId": 31, "Scope": "Database", "Eta": "2026-11-02T11:45:00-0500", "Registered": "2026-11-02T08:15:00-0500",
     "Eventkey": "Mail relay upgrade", "Eventmess": "Mailings are queued.", "ExtraInfo": 0, "Owner": 0, "UpdatedCount": 2,
     "ActivatedBy": {"AssociateId": 12, "Name": "TORE", "FullName": "Tore Haugland", "PersonId": 40, "Type": "Employee"},
     "TableRight": null, "FieldProperties": {}, "_Links": {"Self": "https://crm.example.com/api/v1/SystemEvent/31"}}
    """

    @Test func entityAndArrayOfEntities() throws {
        for text in [Self.entity, "[" + Self.entity + "]"] {
            let events = try Self.dataset(text).load(strict: true).get().dataset.events
            #expect(events.map(\.eventName) == ["Mail relay upgrade"])
            #expect(events.map(\.message) == ["Mailings are queued."])
            #expect(events.map(\.scope) == [.database])
            #expect(events.map(\.extraInfo) == [""])
            #expect(events.map(\.registeredBy) == [Associate(assocName: "TORE", fullName: "Tore Haugland")])
            // -0500 without a colon: 13:15 UTC, shown in Oslo's winter time.
            #expect(events.map { $0.registered?.description } == ["2026-11-02T14:15:00+01:00"])
            #expect(events.map { $0.finished?.description } == ["2026-11-02T17:45:00+01:00"])
        }
    }

    struct NoDateCase: CustomTestStringConvertible, Sendable {
        var eta: String
        var testDescription: String { eta }
    }

    /// "0001-01-01T00:00:00" in any spelling is no date: the event is open-ended, so running.
    static let noDates: [NoDateCase] = ["0001-01-01T00:00:00", "0001-01-01T00:00:00.000", "0001-01-01T00:00:00+01:00",
                                        "0001-01-01T00:00:00-0500", "0001-01-01", "0001-01-01T01:00:00+01:00"].map(NoDateCase.init)

    @Test(arguments: noDates)
    func minimumDateIsNoDate(_ testCase: NoDateCase) throws {
        let events = try Self.dataset(Self.list([Self.row(1, scope: "1", eta: "\"\(testCase.eta)\"")])).load(strict: true).get().dataset.events
        #expect(events.map(\.finished) == [nil])
    }

    @Test func errorsAtTheirListPaths() {
        let dataset = Self.dataset(Self.list([Self.row(1, scope: "\"Undefined\""), Self.row(2, scope: "1", eta: "\"0001-13-01T00:00:00\"")]))
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("events.json")): $.value[0].scope: error: unknown scope 'Undefined'; known values: 1 (System-wide), 2 (Database), 3 (Group), 4 (User)",
            "\(dataset.file("events.json")): $.value[1].eta: error: eta '0001-13-01T00:00:00' is not an ISO 8601 date (YYYY-MM-DD) or date-time of a real day",
        ])
    }

    @Test func listShapeErrors() {
        let noValue = Self.dataset(#"{"odata.metadata": "x", "Value2": []}"#)
        #expect(noValue.diagnostics().map(\.description) == [
            "\(noValue.file("events.json")): $: error: missing required key 'value'",
            "\(noValue.file("events.json")): $.Value2: warning: unknown field 'Value2' is ignored",
        ])
        let notArray = Self.dataset(#"{"value": {"eventname": "x"}}"#)
        #expect(notArray.diagnostics().map(\.description) == [
            "\(notArray.file("events.json")): $.value: error: expected an array of system events, found an object",
        ])
        let entityWithoutScope = Self.dataset(#"{"SystemEventId": 1, "Eventkey": "x"}"#)
        #expect(entityWithoutScope.diagnostics().map(\.description) == [
            "\(entityWithoutScope.file("events.json")): $: error: missing required key 'Scope'",
        ])
    }
}
