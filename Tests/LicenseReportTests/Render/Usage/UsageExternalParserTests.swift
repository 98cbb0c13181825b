import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// Reads the rendered files with independent parsers (Python's csv module and xml.dom.minidom), so the
/// files are proven readable by something that is not this program.
@Suite struct UsageExternalParserTests {
    /// Runs `python3 -c script args…` and returns its standard output.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let result = try runPython(script, arguments)
        #expect(result.status == 0, "python3 failed: \(result.stderr)")
        return result.stdout
    }

    static func write(_ file: RenderedFile) throws -> String {
        let url = try temporaryFolder("usage").appendingPathComponent(file.path.replacingOccurrences(of: "/", with: "_"))
        try Data(file.contents).write(to: url)
        return url.path
    }

    /// Parses the CSV with Python's csv module (dialect from the arguments) and prints the rows as JSON.
    static let csvScript = """
    import csv, json, sys
    path, delimiter = sys.argv[1], sys.argv[2]
    with open(path, newline='', encoding='utf-8') as f:
        text = f.read()
    bom = text.startswith('\\ufeff')
    rows = list(csv.reader(text.lstrip('\\ufeff').splitlines(True), delimiter=delimiter, strict=True))
    print(json.dumps({'bom': bom, 'rows': rows}))
    """

    @Test(arguments: CSVDialect.allCases)
    func csvReadByPythonGivesTheJSONFigures(dialect: CSVDialect) throws {
        let files = try UsageReportRenderer.render(UsageFixture.report(company: "Fjell; \"Sjø\", & Co"),
                                                   templates: UsageFixture.templates(), stylesheet: UsageFixture.stylesheet(), dialect: dialect)
        for month in ["2026-02", "2026-03"] {
            let csv = try #require(files.first { $0.path == "usage/\(month).csv" })
            let json = try #require(files.first { $0.path == "usage/\(month).json" })
            let parsed = try JSONSerialization.jsonObject(with: Data(Self.python(Self.csvScript, [Self.write(csv), String(dialect.delimiter)]).utf8)) as! [String: Any]
            #expect(parsed["bom"] as? Bool == dialect.writesByteOrderMark)
            let rows = parsed["rows"] as! [[String]]
            let header = rows[0]
            #expect(header == UsageCSVReport.columns)
            let report = try JSONSerialization.jsonObject(with: Data(json.contents)) as! [String: Any]
            let lines = report["lines"] as! [[String: Any]]
            #expect(rows.count == lines.count + 2)
            func cell(_ row: [String], _ column: String) -> String {
                let value = row[header.firstIndex(of: column)!]
                return dialect == .excelNordic ? value.replacingOccurrences(of: ",", with: ".") : value
            }
            for (row, line) in zip(rows.dropFirst(), lines) {
                #expect(row[header.firstIndex(of: "RowType")!] == "service")
                #expect(row[header.firstIndex(of: "CompanyName")!] == "Fjell; \"Sjø\", & Co")
                #expect(row[header.firstIndex(of: "Service")!] == line["service"] as? String)
                for (column, key) in [("Quantity", "quantity"), ("Threshold", "threshold"), ("Overage", "overage"),
                                      ("Blocks", "blocks"), ("PricePerBlock", "pricePerBlock"), ("Amount", "amount")] {
                    #expect(cell(row, column) == line[key] as? String, "\(month) \(column)")
                }
            }
            let total = try #require(rows.last)
            #expect(total[0] == "total")
            let totalAmount = cell(total, "Amount")
            #expect(totalAmount == (report["total"] as! [String: Any])["amount"] as? String)
            let sum = rows.dropFirst().dropLast().reduce(Decimal(0)) { $0 + UsageFixture.d(cell($1, "Amount")) }
            #expect(sum == UsageFixture.d(totalAmount), "the total row equals the sum of the service rows")
        }
    }

    /// Parses XHTML with a strict XML parser; prints duplicate ids, tables without thead/th, and hrefs.
    static let xhtmlScript = """
    import sys, json
    from xml.dom import minidom
    doc = minidom.parse(sys.argv[1])
    root = doc.documentElement
    ids = [e.getAttribute('id') for e in doc.getElementsByTagName('*') if e.hasAttribute('id')]
    tables = doc.getElementsByTagName('table')
    bad = [i for i, t in enumerate(tables) if not t.getElementsByTagName('thead') or not t.getElementsByTagName('thead')[0].getElementsByTagName('th')]
    hrefs = sorted(set(e.getAttribute('href') for e in doc.getElementsByTagName('*') if e.hasAttribute('href')))
    print(json.dumps({'ns': root.getAttribute('xmlns'), 'lang': root.getAttribute('lang'), 'dupes': sorted(set(i for i in ids if ids.count(i) > 1)), 'badTables': bad, 'hrefs': hrefs, 'doctype': doc.doctype.name if doc.doctype else None}))
    """

    @Test(arguments: ["usage/2026-03.html", "usage/index.html"])
    func htmlIsWellFormedXHTMLWithUniqueIDsAndResolvingLinks(path: String) throws {
        let files = try UsageReportRenderer.render(UsageFixture.report(company: "<Evil & \"Co\">"), templates: UsageFixture.templates(), stylesheet: UsageFixture.stylesheet(), dialect: .standard)
        let page = try #require(files.first { $0.path == path })
        #expect(page.text.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
        let result = try JSONSerialization.jsonObject(with: Data(Self.python(Self.xhtmlScript, [Self.write(page)]).utf8)) as! [String: Any]
        #expect(result["ns"] as? String == "http://www.w3.org/1999/xhtml")
        #expect(result["doctype"] as? String == "html")
        #expect((result["dupes"] as? [String])?.isEmpty == true)
        #expect((result["badTables"] as? [Int])?.isEmpty == true)
        // Written by the site renderer; the usage pages carry the site's navigation.
        let sitePages: Set<String> = ["index.html", "licenses.html", "status.html", "assets/style.css", "feed.xml"]
        let written = Set(files.map(\.path)).union(sitePages)
        #expect((result["hrefs"] as? [String] ?? []).contains("../status.html"), "\(path) has no site navigation")
        for href in result["hrefs"] as? [String] ?? [] where !href.hasPrefix("#") {
            let resolved = href.hasPrefix("../") ? String(href.dropFirst(3)) : "usage/" + href
            #expect(written.contains(resolved), "\(path) links to \(href), which is not written")
        }
    }
}
