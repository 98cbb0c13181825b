import Foundation
import Testing
import TestSupport

/// `--pdf` end to end (issue 14): with Chromium, an A4 PDF whose text has the month's total and whose
/// document information names the customer, serial number and month, the same bytes on every run;
/// without a browser (or poppler), exit 69 before anything is published.
@Suite(.serialized) struct UsagePDFTests {
    static let fixture = "fixtures/nordlys-module-based"
    static let title = "Usage report 2026-10 – Nordlys Energi AS, serial number 4711209386"

    /// Runs `usage --month 2026-10 --pdf` into a new folder.
    static func usagePDF(_ extra: [String] = []) throws -> (output: URL, result: ProcessResult) {
        let output = try temporaryFolder().appendingPathComponent("usage-2026-10")
        let result = try LicenseReportBinary.run(["usage", fixture, "--month", "2026-10", "--output", output.path,
                                            "--as-of", "2026-11-15", "--pdf"] + extra)
        return (output, result)
    }

    /// The month's total as the pages show it ("397.94 NOK"), from the usage report's JSON.
    static func total(in folder: URL) throws -> String {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("usage/2026-10.json"))) as? [String: Any]
        let total = try #require(json?["total"] as? [String: String])
        return "\(try #require(total["amount"])) \(try #require(total["currency"]))"
    }

    @Test(.enabled(if: PDFTools.shouldRun)) func usagePDFIsA4WithTheTotalTheRoundingAndItsDocumentInformation() throws {
        let (output, result) = try Self.usagePDF()
        try #require(result.status == 0, "\(result.stderr)")
        #expect(try snapshot(of: output).keys.sorted() == [
            ".license-report", "usage/2026-10.csv", "usage/2026-10.html", "usage/2026-10.json", "usage/2026-10.md", "usage/2026-10.pdf"])
        let pdf = output.appendingPathComponent("usage/2026-10.pdf")
        let info = try PDFTools.info(pdf)
        let sizes = PDFTools.pageSizes(info)
        #expect((1...2).contains(sizes.count) && sizes.allSatisfy(PDFTools.isA4), "\(info)")
        let total = try Self.total(in: output)
        #expect(total == "397.94 NOK")
        #expect(PDFTools.field("Title", in: info) == Self.title)
        #expect(PDFTools.field("Subject", in: info) == "Metered services of Nordlys Energi AS (SuperOffice serial number 4711209386) used in October 2026, billed on the invoice for November 2026: \(total)")
        #expect(PDFTools.field("Keywords", in: info) == "usage report; 2026-10; invoice 2026-11; 4711209386; Nordlys Energi AS; NOK")
        #expect(PDFTools.field("Creator", in: info) == "license-report")
        #expect(PDFTools.field("CreationDate", in: info) == "2026-11-15T00:00:00+01", "the report date in Europe/Oslo, not the clock")
        let text = try PDFTools.text(pdf)
        #expect(text.contains("Total for October 2026, billed on the invoice for November 2026 \(total)"))
        #expect(text.contains("3 × 12.345 NOK = 37.035 NOK → 37.04 NOK"))
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.range(of: Data("/URI".utf8)) == nil, "the PDF links to nothing")
        // Reproducible: a second run, another folder, the same bytes.
        let (again, second) = try Self.usagePDF()
        try #require(second.status == 0, "\(second.stderr)")
        #expect(try Data(contentsOf: again.appendingPathComponent("usage/2026-10.pdf")) == bytes)
    }

    @Test(.enabled(if: PDFTools.shouldRun)) func buildWithPDFPrintsEachMonthAsItStandsAlone() throws {
        // One usage month (2026-10) keeps this to one Chromium run.
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        let usage = dataset.appendingPathComponent("usage.csv")
        let rows = try String(contentsOf: usage, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try (rows.prefix(1) + rows.filter { $0.hasPrefix("2026-10") } + [""]).joined(separator: "\n").write(to: usage, atomically: true, encoding: .utf8)
        let site = try temporaryFolder().appendingPathComponent("site")
        let result = try LicenseReportBinary.run(["build", dataset.path, "--output", site.path, "--as-of", "2026-11-15", "--pdf"])
        try #require(result.status == 0, "\(result.stderr)")
        let files = try snapshot(of: site).keys
        #expect(files.filter { $0.hasSuffix(".pdf") }.sorted() == ["usage/2026-10.pdf"])
        let pdf = site.appendingPathComponent("usage/2026-10.pdf")
        let info = try PDFTools.info(pdf)
        #expect(PDFTools.pageSizes(info).allSatisfy(PDFTools.isA4) && PDFTools.field("Title", in: info) == Self.title, "\(info)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("report.json"))) as? [String: Any]
        let totals = try #require(report?["meteredTotals"] as? [[String: Any]])
        let total = try #require(totals.first { $0["month"] as? String == "2026-10" })
        let text = try PDFTools.text(pdf)
        #expect(text.contains("\(total["amount"] as? String ?? "?") \(total["currency"] as? String ?? "?")"), "the figure of report.json")
        #expect(!text.contains("All usage reports"), "printed as it stands alone, without the site's links")
        #expect(try Data(contentsOf: pdf).range(of: Data("/URI".utf8)) == nil)
    }

    /// A folder holding an executable `chromium` script with `body`, to stand in for the browser.
    static func fakeBrowser(_ body: String) throws -> URL {
        let folder = try temporaryFolder("fake-browser")
        let script = folder.appendingPathComponent("chromium")
        try ("#!/bin/sh\n" + body + "\n").write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    /// Where to look for what a missing-program case leaves out of PATH.
    enum Missing: String, CaseIterable, CustomTestStringConvertible {
        case browserOnPath, chromiumOption, poppler
        var testDescription: String { rawValue }
    }

    @Test(arguments: Missing.allCases) func withoutAProgramPDFFailsWith69BeforeAnythingIsPublished(missing: Missing) throws {
        let root = try temporaryFolder()
        let previous = root.appendingPathComponent("previous")
        let first = try LicenseReportBinary.run(["usage", Self.fixture, "--month", "2026-10", "--output", previous.path, "--as-of", "2026-11-15"])
        try #require(first.status == 0, "\(first.stderr)")
        let before = try snapshot(of: previous)
        var environment = ["PATH": root.appendingPathComponent("empty-bin").path]
        var arguments = ["--pdf"]
        let expected: String
        switch missing {
        case .browserOnPath:
            expected = "error: --pdf needs Chromium to print the usage reports, and there is no chromium, chromium-browser or google-chrome on PATH: install Debian's package chromium (apt-get install chromium), or name the browser with --chromium PATH"
        case .chromiumOption:
            environment = [:]
            arguments += ["--chromium", "/nonexistent/chromium"]
            expected = "error: --chromium '/nonexistent/chromium' is not an executable file: give the path of a Chromium or Chrome browser, or install Debian's package chromium (apt-get install chromium)"
        case .poppler:
            environment["PATH"] = try Self.fakeBrowser("exit 0").deletingLastPathComponent().path
            expected = "error: --pdf checks every PDF with pdfinfo and pdftotext, and pdfinfo is not on PATH: install Debian's package poppler-utils (apt-get install poppler-utils)"
        }
        let fresh = root.appendingPathComponent("fresh")
        for (command, output) in [("usage", previous), ("usage", fresh), ("build", previous)] {
            let month = command == "usage" ? ["--month", "2026-10"] : []
            let result = try LicenseReportBinary.run([command, Self.fixture] + month + ["--output", output.path, "--as-of", "2026-11-15"] + arguments,
                                               environment: environment)
            #expect(result.status == 69, "\(command): \(result.stderr)")
            #expect(result.stderr == expected + "\n1 error, 0 warnings.\n", "\(command)")
        }
        #expect(try snapshot(of: previous) == before, "the earlier output is untouched")
        #expect(!FileManager.default.fileExists(atPath: fresh.path), "nothing is created")
    }

    @Test(arguments: [(["--chromium", "/usr/bin/chromium"], "--chromium is used only with --pdf"),
                      (["--pdf", "--pdf-timeout", "0"], "--pdf-timeout must be a whole number of seconds above 0")])
    func pdfOptionsThatMakeNoSenseAreUsageErrors(arguments: [String], message: String) throws {
        let result = try LicenseReportBinary.run(["usage", Self.fixture, "--month", "2026-10", "--output", "/nonexistent/never"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test(.enabled(if: ExternalTools.shouldRun(needing: "pdfinfo"))) func aBrowserThatHangsIsStoppedAtTheTimeLimitWithEverythingItStarted() throws {
        let pidFile = try temporaryFolder().appendingPathComponent("sleep.pid")
        let browser = try Self.fakeBrowser("sleep 300 &\necho $! > '\(pidFile.path)'\nwait")
        let started = Date()
        let (output, result) = try Self.usagePDF(["--chromium", browser.path, "--pdf-timeout", "1"])
        #expect(result.status == 69)
        #expect(result.stderr == "usage/2026-10.pdf: error: Chromium did not finish within 1 second and was stopped: run again, or allow more time with --pdf-timeout\n1 error, 0 warnings.\n")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing published")
        let pid = try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        // Gone, or a zombie waiting for init: the browser's own children are killed with it.
        let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.split(separator: " ").dropFirst(2).first
        #expect(state == nil || state == "Z", "the browser's child \(pid) is still running (state \(state.map(String.init) ?? "?"))")
    }

    @Test(.enabled(if: ExternalTools.shouldRun(needing: "pdfinfo"))) func aBrowserThatFailsIsAClearError() throws {
        let browser = try Self.fakeBrowser("echo '[1:1:ERROR:dbus/bus.cc:405] Failed to connect to the bus' >&2\necho 'cannot open display' >&2\nexit 3")
        let (output, result) = try Self.usagePDF(["--chromium", browser.path])
        #expect(result.status == 69)
        #expect(result.stderr == "usage/2026-10.pdf: error: Chromium failed: \(browser.path) exited with status 3: cannot open display\n1 error, 0 warnings.\n")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
