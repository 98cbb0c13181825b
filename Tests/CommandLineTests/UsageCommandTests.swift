import Foundation
import Testing
import TestSupport

/// End-to-end: `license-report usage` and the usage reports of `build`, on the bundled module-based fixture.
@Suite(.serialized) struct UsageCommandTests {
    static let fixture = "fixtures/nordlys-module-based"

    @Test func writesOneMonthInFourFormatsWithTheStylesheetInline() throws {
        let output = try temporaryFolder().appendingPathComponent("usage-2026-10")
        let result = try LicenseReportBinary.run(["usage", Self.fixture, "--month", "2026-10", "--output", output.path, "--as-of", "2026-11-02"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try snapshot(of: output)
        #expect(files.keys.sorted() == [".license-report", "usage/2026-10.csv", "usage/2026-10.html", "usage/2026-10.json", "usage/2026-10.md"])
        let html = String(decoding: files["usage/2026-10.html"] ?? Data(), as: UTF8.self)
        #expect(html.contains("Usage report for October 2026"))
        #expect(html.contains("<dt>Invoice month</dt><dd>November 2026</dd>"))
        #expect(!html.contains("class=\"headline\""), "a single month has no site, so no status headline")
        #expect(!html.contains("application/atom+xml"), "nor a feed")
        #expect(!html.contains("../index.html"), "a single month has no link to a site that is not there")
        #expect(html.contains("body.usage-report"), "the stylesheet is inline")
        #expect(html.contains("size: A4"))
    }

    /// Parses a CSV file with Python's csv module; returns the rows.
    static func pythonRows(_ path: String, delimiter: String) throws -> [[String]] {
        let script = """
        import csv, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
            print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2], strict=True))))
        """
        let result = try runPython(script, [path, delimiter])
        #expect(result.status == 0)
        let data = Data(result.stdout.utf8)
        return try JSONSerialization.jsonObject(with: data) as? [[String]] ?? []
    }

    @Test(arguments: [("default", ","), ("excel-nordic", ";")])
    func csvReadByPythonHasTheFiguresOfReportJSON(dialect: String, delimiter: String) throws {
        let root = try temporaryFolder()
        let site = root.appendingPathComponent("site")
        let usage = root.appendingPathComponent("usage")
        let built = try LicenseReportBinary.run(["build", Self.fixture, "--output", site.path, "--as-of", "2026-11-15"])
        #expect(built.status == 0, "\(built.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("report.json"))) as! [String: Any]
        let metered = report["metered"] as! [[String: Any]]
        let totals = report["meteredTotals"] as! [[String: Any]]
        let months = Set(metered.compactMap { $0["month"] as? String }).sorted()
        #expect(months.count >= 12)
        for month in months {
            let result = try LicenseReportBinary.run(["usage", Self.fixture, "--month", month, "--output", usage.path,
                                                "--as-of", "2026-11-15", "--csv-dialect", dialect])
            #expect(result.status == 0, "\(result.stderr)")
            let csvPath = usage.appendingPathComponent("usage/\(month).csv").path
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: csvPath)))
            #expect((Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF]) == (dialect == "excel-nordic"))
            let rows = try Self.pythonRows(csvPath, delimiter: delimiter)
            let header = rows[0]
            func cell(_ row: [String], _ column: String) -> String {
                let value = row[header.firstIndex(of: column)!]
                return dialect == "excel-nordic" ? value.replacingOccurrences(of: ",", with: ".") : value
            }
            let lines = metered.filter { $0["month"] as? String == month }
            #expect(rows.count == lines.count + 2, "\(month): header, one row per service, total")
            for line in lines {
                let row = try #require(rows.first { cell($0, "Service") == line["service"] as? String }, "\(month) \(line["service"]!)")
                for (column, key) in [("Quantity", "quantity"), ("Threshold", "threshold"), ("Overage", "overage"),
                                      ("Blocks", "blocks"), ("Amount", "amount"), ("Currency", "currency"),
                                      ("InvoiceMonth", "invoiceMonth"), ("UsersSource", "usersSource")] {
                    #expect(cell(row, column) == line[key] as? String, "\(month) \(column)")
                }
                #expect(cell(row, "Users") == "\(line["users"]!)")
            }
            let total = try #require(totals.first { $0["month"] as? String == month })
            let totalRow = try #require(rows.last)
            #expect(cell(totalRow, "RowType") == "total")
            #expect(cell(totalRow, "Amount") == total["amount"] as? String, "\(month) total")
            // The site's copy of the month is the same CSV (same dialect, same figures).
            if dialect == "default" {
                let siteCSV = try Data(contentsOf: site.appendingPathComponent("usage/\(month).csv"))
                #expect(siteCSV == Data(bytes), "\(month): usage command and build write the same CSV")
            }
        }
    }

    @Test func aMonthWithoutUsageFailsWith64AndLeavesTheOutput() throws {
        let output = try temporaryFolder().appendingPathComponent("usage")
        let first = try LicenseReportBinary.run(["usage", Self.fixture, "--month", "2026-10", "--output", output.path, "--as-of", "2026-11-02"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try snapshot(of: output)
        let result = try LicenseReportBinary.run(["usage", Self.fixture, "--month", "2030-01", "--output", output.path, "--as-of", "2026-11-02"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no usage for 2030-01; months with usage: 2025-11,"))
        #expect(try snapshot(of: output) == before)
    }

    @Test(arguments: ["2026-13", "2026-1", "October", "2026-10-01"])
    func aMalformedMonthIsAUsageError(month: String) throws {
        let result = try LicenseReportBinary.run(["usage", Self.fixture, "--month", month, "--output", "/nonexistent/never"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--month '\(month)' is not a month in the form YYYY-MM"))
    }

    @Test func anUnknownDialectIsAUsageError() throws {
        let result = try LicenseReportBinary.run(["build", Self.fixture, "--output", "/nonexistent/never", "--csv-dialect", "excel"])
        #expect(result.status == 64)
    }
}
