import Foundation
import Testing
@testable import LicenseReport

/// The fleet's rules as tables: the folder-name rule, the shard partition (fixed FNV-1a vectors, so a
/// change of hash that would move every customer to another shard fails here), the shard options of each
/// scheduler, and the overview's order.
@Suite struct FleetRulesTests {
    @Test(arguments: [
        ("tenant-00001", true), ("Nordlys_Energi.prod", true), ("a", true), ("A-Z.0_9", true), ("x.y", true),
        (String(repeating: "a", count: 255), true), (String(repeating: "a", count: 256), false),
        ("", false), (".hidden", false), (".", false), ("..", false), (".shards", false),
        ("with space", false), ("a/b", false), ("a%20b", false), ("nordlys~1", false), ("a?b", false), ("a#b", false),
        ("Sønner", false), ("a\u{1B}b", false), ("a\nb", false),
        ("index.html", false), ("index.md", false), ("index.json", false), ("index", true), ("Index.html", true),
    ])
    func folderNameRule(name: String, safe: Bool) {
        #expect(FleetTenantName.isSafe(name) == safe, "\(name.debugDescription)")
    }

    @Test(arguments: [
        ("", UInt64(0xcbf2_9ce4_8422_2325)), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8),
        ("tenant-00001", 0x0f0b_b8e3_d6ca_d40b), ("tenant-00002", 0x0f0b_b9e3_d6ca_d5be),
    ] as [(String, UInt64)])
    func fnv1a64Vectors(text: String, hash: UInt64) {
        #expect(FleetShard.fnv1a64(Array(text.utf8)) == hash)
    }

    /// The 0-based shard of each name for 2, 3, 4 and 7 shards (computed independently with Python).
    @Test(arguments: [
        ("", [1, 2, 1, 2]), ("a", [0, 1, 0, 5]), ("foobar", [0, 0, 0, 6]),
        ("tenant-00001", [1, 2, 3, 3]), ("tenant-00002", [0, 0, 2, 6]), ("Nordlys_Energi.prod", [0, 1, 0, 2]),
    ])
    func partitionIsStable(name: String, indexes: [Int]) {
        #expect([2, 3, 4, 7].map { FleetShard.index(of: name, count: $0) } == indexes)
        for (count, index) in zip([2, 3, 4, 7], indexes) {
            #expect(FleetShard(number: index + 1, count: count)!.contains(name))
            #expect(!FleetShard(number: (index + 1) % count + 1, count: count)!.contains(name))
        }
        #expect(FleetShard.all.contains(name))
    }

    @Test func everyTenantIsInExactlyOneShard() {
        let names = (1...200).map { String(format: "tenant-%05d", $0) }
        for count in 1...6 {
            let shards = (1...count).map { FleetShard(number: $0, count: count)! }
            for name in names { #expect(shards.filter { $0.contains(name) }.count == 1) }
        }
    }

    @Test(arguments: [
        ("1/1", "1-of-1"), ("2/3", "2-of-3"), ("3/3", "3-of-3"), ("10/12", "10-of-12"),
        ("0/3", nil), ("4/3", nil), ("1/0", nil), ("-1/3", nil), ("+1/3", nil), ("1/3/4", nil), ("1", nil), ("a/b", nil), (" 1/3", nil), ("1/", nil),
    ] as [(String, String?)])
    func shardOption(text: String, partName: String?) {
        #expect(FleetShard(parsing: text)?.partName == partName)
    }

    /// `--shard`, `--shard-index`, `--shard-count` and the schedulers' variables: the shard, or a part of the message.
    @Test(arguments: [
        (nil, nil, nil, [:], "1/1"),
        ("2/4", nil, nil, [:], "2/4"),
        ("2/4", "1", nil, [:], "cannot be combined"),
        ("5/4", nil, nil, [:], "is not K/N"),
        (nil, "0", "3", [:], "1/3"),                                     // GitHub Actions: strategy.job-index 0
        (nil, "2", "3", [:], "3/3"),
        (nil, "3", "3", [:], "from 0 to 2"),
        (nil, "1", nil, [:], "needs --shard-count"),
        (nil, nil, "0", [:], "at least 1"),
        (nil, nil, "3", ["JOB_COMPLETION_INDEX": "2"], "3/3"),         // Kubernetes Indexed Job
        (nil, nil, "3", ["JOB_COMPLETION_INDEX": "3"], "JOB_COMPLETION_INDEX '3' is not a whole number from 0 to 2"),
        (nil, nil, "3", ["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "3", "SLURM_ARRAY_TASK_MIN": "0"], "1/3"),
        (nil, nil, "3", ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "3", "SLURM_ARRAY_TASK_MIN": "1"], "--array=0-2"),
        (nil, nil, "4", ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "3"], "differs from SLURM_ARRAY_TASK_COUNT"),
        (nil, nil, "3", [:], "neither is set"),
        (nil, nil, nil, ["JOB_COMPLETION_INDEX": "1"], "1/1"),           // never read without --shard-count
    ] as [(String?, String?, String?, [String: String], String)])
    func schedulers(shard: String?, index: String?, count: String?, environment: [String: String], expected: String) {
        switch FleetShard.resolve(shard: shard, index: index, count: count, environment: environment) {
        case .success(let resolved): #expect(resolved.description == expected)
        case .failure(let error): #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    static func row(_ tenant: String, _ name: String?, level: RestrictionLevel? = nil, expiry: String? = nil, failed: Bool = false) -> FleetOverviewRow {
        FleetOverviewRow(tenant: tenant, status: failed ? .failed : .built, companyName: name, serialNr: nil, worstLevel: level,
                         nextExpiryDate: expiry, nextExpiryDaysLeft: nil, latestMeteredTotal: nil, runningEvents: nil,
                         errorCount: failed ? 1 : 0, firstError: nil)
    }

    /// Reached, then approaching, then soonest expiry, then the rest; ties by customer name, then folder.
    @Test(arguments: [
        ([row("a", "Zeta", level: .normal, expiry: "2027-03-01"), row("b", "Alpha", level: .reached)], ["b", "a"]),
        ([row("a", "Beta", level: .approaching), row("b", "Alpha", level: .reached, expiry: "2030-01-01")], ["b", "a"]),
        ([row("a", "A", level: .normal, expiry: "2027-03-01"), row("b", "B", level: .normal, expiry: "2026-12-31")], ["b", "a"]),
        ([row("a", "A", level: .unlimited), row("b", "B", expiry: "2099-01-01")], ["b", "a"]),
        ([row("a", "Same", level: .reached), row("b", "Same", level: .reached)], ["a", "b"]),
        ([row("b", "Bravo", level: .reached), row("a", "Charlie", level: .reached), row("c", "Alpha", level: .reached)], ["c", "b", "a"]),
        ([row("x", "X", expiry: "2027-01-01"), row("y", "Y", expiry: "2027-01-01")], ["x", "y"]),
        ([row("zz", nil, failed: true), row("m", "Mid"), row("aa", nil, failed: true)], ["m", "aa", "zz"]), // byte order: "Mid" < "aa"
        ([row("t1", "", level: .normal), row("t0", "b")], ["t0", "t1"]), // an empty name sorts as its folder name
        ([row("r", "R", level: .normal), row("q", "Q", level: .approaching, expiry: "2026-12-01"),
          row("p", "P", level: .reached, expiry: "2028-01-01"), row("o", "O", expiry: "2026-12-02"), row("n", "N", failed: true)],
         ["p", "q", "o", "n", "r"]),
    ] as [([FleetOverviewRow], [String])])
    func overviewOrder(rows: [FleetOverviewRow], expected: [String]) {
        #expect(FleetOverviewOrder.ordered(rows).map(\.tenant) == expected)
        #expect(FleetOverviewOrder.ordered(rows.reversed()).map(\.tenant) == expected)
    }

    @Test func partRoundTrips() throws {
        let rows = [
            FleetOverviewRow(tenant: "b", status: .built, companyName: "Hägglund \"Havbruk\" & Sønner AS", serialNr: "7882735208",
                             worstLevel: .approaching, nextExpiryDate: "2027-08-11", nextExpiryDaysLeft: 255,
                             latestMeteredTotal: .init(month: "2026-10", amount: "1234.50", currency: "NOK"), runningEvents: 2,
                             errorCount: 0, firstError: nil),
            FleetOverviewRow(tenant: "a", status: .failed, companyName: nil, serialNr: nil, worstLevel: nil, nextExpiryDate: nil,
                             nextExpiryDaysLeft: nil, latestMeteredTotal: nil, runningEvents: nil, errorCount: 3,
                             firstError: "license.json:4:7: error: \u{1B}x"),
        ]
        let text = FleetOverviewJSON.part(shard: FleetShard(number: 2, count: 3)!, asOf: "2026-11-29", rows: rows)
        let part = try FleetOverviewJSON.readPart(Array(text.utf8), path: "p")
        #expect(part.shard == "2-of-3")
        #expect(part.asOf == "2026-11-29")
        #expect(part.rows == [rows[1], rows[0]])
        #expect(throws: DiagnosticError.self) { try FleetOverviewJSON.readPart(Array("{\"shard\": 1}".utf8), path: "p") }
        #expect(throws: DiagnosticError.self) { try FleetOverviewJSON.readPart(Array("[".utf8), path: "p") }
    }

    /// A Maximum of 0 ("not in plan") is `reached` by the restriction rule, but the overview ranks a tenant as
    /// its status page and `--fail-on reached` do: by the limits that can fill up.
    @Test(arguments: [
        ([("Dashboards", 2, 3), ("Custom objects", 0, 0)], RestrictionLevel?.some(.normal)),
        ([("Custom objects", 0, 0)], nil),
        ([("Custom objects", 0, 0), ("Projects", 9, 10)], .approaching),
        ([("Custom objects", 0, 0), ("Projects", 10, 10), ("Users", 3, nil)], .reached),
        ([("Users", 3, nil)], .unlimited),
    ] as [([(String, Int, Int?)], RestrictionLevel?)])
    func worstLevelIgnoresNotInPlan(restrictions: [(String, Int, Int?)], expected: RestrictionLevel?) {
        var report = SampleReport.moduleBasedFigures()
        report.restrictions = restrictions.map { RestrictionRules.status(of: Restriction(name: $0.0, activeCount: $0.1, maximum: $0.2)) }
        let row = FleetOverviewRow(tenant: "t", report: ReportBuilder.addingGlance(to: report, warnDays: 30, previousHistory: nil))
        #expect(row.worstLevel == expected)
    }

    @Test func indexJSONHasExactlyTheIssuesKeys() {
        let row = FleetOverviewRow(tenant: "t", status: .built, companyName: "C", serialNr: "1", worstLevel: .normal,
                                   nextExpiryDate: "2027-01-01", nextExpiryDaysLeft: 33, latestMeteredTotal: nil, runningEvents: 0,
                                   errorCount: 0, firstError: nil)
        #expect(FleetOverviewJSON.index(asOf: "2026-11-29", rows: [row]) == """
            {
              "asOf": "2026-11-29",
              "tenants": [
                {
                  "tenant": "t",
                  "status": "built",
                  "companyName": "C",
                  "serialNr": "1",
                  "worstLevel": "normal",
                  "nextExpiryDate": "2027-01-01",
                  "latestMeteredTotal": null,
                  "runningEvents": 0,
                  "errors": null
                }
              ]
            }

            """)
    }

    @Test(arguments: [(1, 1, 0, "Built 1 of 1 customer."),
                      (9_998, 10_000, 2, "Built 9,998 of 10,000 customers; 2 failed."), (0, 1, 1, "Built 0 of 1 customer; 1 failed."),
                      (2, 3, 1, "Built 2 of 3 customers; 1 failed."), (0, 0, 0, "Built 0 of 0 customers.")])
    func summaryLine(built: Int, total: Int, failed: Int, expected: String) {
        #expect(FleetText.summary(built: built, total: total, failed: failed) == expected)
    }
}
