import Foundation
import Testing
@testable import LicenseReport

@Suite struct ReportJSONTests {
    typealias F = ComputeFixtures

    @Test(arguments: [
        ("plain", "\"plain\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("C:\\dir", "\"C:\\\\dir\""),
        ("a\nb\r\tc", "\"a\\nb\\r\\tc\""), ("\u{0}\u{1}\u{1F}", "\"\\u0000\\u0001\\u001f\""), ("\u{8}\u{C}", "\"\\b\\f\""),
        ("</script>", "\"</script>\""), ("Ærøskøbing – 東京 🎉", "\"Ærøskøbing – 東京 🎉\""), ("\u{2028}", "\"\\u2028\""),
        ("\u{7F}", "\"\u{7F}\""),
    ])
    func stringsAreEscaped(input: String, expected: String) throws {
        let quoted = JSONOutput.quoted(input)
        #expect(quoted == expected)
        // And any JSON parser reads the original string back.
        let decoded = try JSONDecoder().decode(String.self, from: Data(quoted.utf8))
        #expect(decoded == input)
    }

    @Test func emptyContainersAndNesting() {
        let value = JSONOutput.object([("a", .array([])), ("b", .object([])), ("c", .array([.int(1), .null, .bool(false)]))])
        #expect(value.text == "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    null,\n    false\n  ]\n}")
    }

    static let dataset = Dataset(
        name: "nordlys",
        owners: [
            LicenseOwner(ownerName: "ADDON", companyName: "Nordlys \"Nord\" AS", serialNr: "4401",
                         expiryDate: F.day("2026-07-01"), moduleLicenses: [F.license("Sync", user: false, total: 5, inUse: 2)]),
            LicenseOwner(ownerName: "SUPEROFFICE", companyName: "Nordlys AS", serialNr: "1001", moduleLicenses: [
                F.license("Sales-Premium", user: true, total: 10, inUse: 4, sortOrder: 2),
                F.license("Hidden", user: true, total: 10, inUse: 3, hidden: true),
                ModuleLicense(name: "Server", description: "SuperOffice Server", licenseType: .siteLicense, total: 0,
                              inUse: 0, unrestricted: true, sortOrder: 1, expiryDate: F.day("2026-06-30")),
            ]),
        ],
        status: DatabaseStatus(restrictions: [
            Restriction(name: "Active projects", activeCount: 85, maximum: 100),
            Restriction(name: "Dashboards", activeCount: 2, maximum: nil),
            Restriction(name: "Custom objects", activeCount: 0, maximum: 0),
        ]),
        usage: [F.record("2026-05-02", .storageSpace, "15.5"), F.record("2026-05-09", .storageSpace, "12"),
                F.record("2026-05", .formSubmissions, "100.10")],
        activeUsers: [F.month("2026-05"): 3],
        tariffs: TariffTable(currency: F.currency("NOK"), tariffs: [
            F.tariff(.formSubmissions, base: "100", perUser: "0", blockSize: "100", price: "1.005"),
            F.tariff(.storageSpace, aggregation: .max, base: "10", perUser: "1", blockSize: "1", price: "20"),
        ]),
        events: [SystemEvent(eventName: "Upgrade", status: "Running", message: "Back at 10\n\"soon\"",
                             registered: F.zoned("2026-06-01", 8, 30), registeredBy: Associate(assocName: "KN", fullName: "Kari Nordmann"),
                             finished: nil, type: "x", scope: .systemWide, extraInfo: "a\\b",
                             location: SourceLocation(file: "events.csv", line: 2))])

    @Test func wholeReportJSON() {
        let report = ReportBuilder.build(Self.dataset, asOf: F.day("2026-06-15"))
        #expect(ReportJSON.render(report) == Self.expected)
    }

    static let expected = #"""
{
  "asOf": "2026-06-15",
  "nextExpiryDate": "2026-06-30",
  "subscriptionModel": "ModuleBased",
  "plan": null,
  "owners": [
    {
      "ownerName": "SUPEROFFICE",
      "companyName": "Nordlys AS",
      "serialNr": "1001",
      "expiryDate": null,
      "licenses": [
        {
          "name": "Server",
          "description": "SuperOffice Server",
          "kind": "system",
          "total": 0,
          "inUse": 0,
          "free": null,
          "unrestricted": true
        },
        {
          "name": "Sales-Premium",
          "description": "Sales-Premium licence",
          "kind": "user",
          "total": 10,
          "inUse": 4,
          "free": 6,
          "unrestricted": false
        }
      ]
    },
    {
      "ownerName": "ADDON",
      "companyName": "Nordlys \"Nord\" AS",
      "serialNr": "4401",
      "expiryDate": "2026-07-01",
      "licenses": [
        {
          "name": "Sync",
          "description": "Sync licence",
          "kind": "system",
          "total": 5,
          "inUse": 2,
          "free": 3,
          "unrestricted": false
        }
      ]
    }
  ],
  "restrictions": [
    {
      "name": "Active projects",
      "activeCount": 85,
      "maximum": 100,
      "percent": 85,
      "level": "approaching"
    },
    {
      "name": "Dashboards",
      "activeCount": 2,
      "maximum": null,
      "percent": null,
      "level": "unlimited"
    },
    {
      "name": "Custom objects",
      "activeCount": 0,
      "maximum": 0,
      "percent": null,
      "level": "reached"
    }
  ],
  "metered": [
    {
      "month": "2026-05",
      "service": "StorageSpace",
      "unit": "GB",
      "quantity": "15.5",
      "users": 3,
      "usersSource": "usage",
      "threshold": "13",
      "overage": "2.5",
      "blocks": "3",
      "amount": "60.00",
      "currency": "NOK",
      "invoiceMonth": "2026-06"
    },
    {
      "month": "2026-05",
      "service": "FormSubmissions",
      "unit": "units",
      "quantity": "100.1",
      "users": 3,
      "usersSource": "usage",
      "threshold": "100",
      "overage": "0.1",
      "blocks": "1",
      "amount": "1.01",
      "currency": "NOK",
      "invoiceMonth": "2026-06"
    }
  ],
  "meteredTotals": [
    {
      "month": "2026-05",
      "amount": "61.01",
      "currency": "NOK"
    }
  ],
  "events": [
    {
      "event": "Upgrade",
      "status": "Running",
      "message": "Back at 10\n\"soon\"",
      "activated": "2026-06-01T08:30:00+01:00",
      "activatedBy": "Kari Nordmann",
      "finished": null,
      "type": "System-wide",
      "scope": 1,
      "description": "a\\b"
    }
  ]
}

"""#

    @Test func buildIsDeterministicAndParses() throws {
        let first = ReportJSON.render(ReportBuilder.build(Self.dataset, asOf: F.day("2026-06-15")))
        let second = ReportJSON.render(ReportBuilder.build(Self.dataset, asOf: F.day("2026-06-15")))
        #expect(first == second)
        #expect(first.hasSuffix("}\n"))
        let parsed = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        #expect(parsed?.keys.sorted() == ["asOf", "events", "meteredTotals", "metered", "nextExpiryDate", "owners",
                                          "plan", "restrictions", "subscriptionModel"].sorted())
    }
}
