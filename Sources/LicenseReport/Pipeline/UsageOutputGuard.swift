import Foundation

/// `license-report usage` never wipes a site: it replaces its output folder only when the folder is
/// empty, absent, or a previous `usage` output of the same customer (issue 14).
///
/// A previous `usage` output is recognised by its shape, so that outputs written before this rule are
/// recognised too: the `.license-report` marker, a `usage/` folder of `YYYY-MM.{html,md,csv,json,pdf}`
/// files (and, from older versions, `assets/style.css`), nothing else; and the same serial number in
/// every `usage/YYYY-MM.json`. A site (`index.html`, `status.html`, `report.json`, …) or any other file
/// is refused before anything is rendered, with `.refusedOutput` (exit 73), and the folder is not touched.
/// The publish stage's own checks (inputs, the marker's content) still follow.
enum UsageOutputGuard {
    /// Files that only a whole site has.
    static let siteFiles = ["index.html", "index.md", "licenses.html", "licenses.md", "status.html", "status.md",
                            "report.json", "usage/index.html", "usage/index.md"]
    /// The extensions of one month's report.
    static let reportExtensions: Set<String> = ["html", "md", "csv", "json", "pdf"]

    /// Refuses `output` unless replacing it loses nothing but an earlier usage report of `customer`.
    /// - Parameters:
    ///   - output: the `--output` folder as given (symbolic links are followed, as publishing does).
    ///   - month: the month being written, for the suggested default folder.
    ///   - customer: the customer of the dataset being reported.
    /// - Throws: `DiagnosticError` `.refusedOutput` (stage `.publish`) saying what the folder holds and what to do.
    static func check(_ output: String, month: YearMonth, customer: Customer) throws(DiagnosticError) {
        let fm = FileManager.default
        let folder = URL(fileURLWithPath: output).resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard !output.isEmpty, fm.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue,
              let entries = try? fm.contentsOfDirectory(atPath: folder.path), !entries.isEmpty else { return }
        let instead = "give `usage` a new --output folder (the default is usage-\(month))"
        func refuse(_ detail: String) -> DiagnosticError {
            DiagnosticError([Diagnostic(.refusedOutput(path: output, detail: detail))])
        }
        let site = siteFiles.filter { fm.fileExists(atPath: folder.appendingPathComponent($0).path) }
        if !site.isEmpty {
            throw refuse("it holds a whole site (\(site.prefix(3).joined(separator: ", "))), which `usage` would replace "
                         + "with one month: to add the month to the site run `license-report build`, or \(instead)")
        }
        if !entries.contains(Publisher.markerFileName) {
            throw refuse("it is not empty and was not written by `license-report usage` (it has no \(Publisher.markerFileName) file): \(instead)")
        }
        if let stranger = strangers(in: folder, entries: entries).first {
            throw refuse("it holds \(stranger), which is not part of a usage report written by `license-report usage`: \(instead)")
        }
        for name in (try? fm.contentsOfDirectory(atPath: folder.appendingPathComponent("usage").path))?.sorted() ?? []
        where name.hasSuffix(".json") {
            let data = fm.contents(atPath: folder.appendingPathComponent("usage/" + name).path) ?? Data()
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            guard let serial = object?["serialNr"] as? String else {
                throw refuse("its usage/\(name) is not a usage report of license-report: \(instead)")
            }
            if serial != customer.serialNr {
                let company = (object?["companyName"] as? String).map { " (\($0))" } ?? ""
                throw refuse("it holds the usage report of serial number \(serial)\(company), not of \(customer.serialNr): \(instead)")
            }
        }
    }

    /// The entries that a usage output does not have, as paths relative to `folder`, sorted: anything but
    /// the marker, `usage/YYYY-MM.{html,md,csv,json,pdf}` regular files and `assets/style.css`.
    static func strangers(in folder: URL, entries: [String]) -> [String] {
        let fm = FileManager.default
        func isFile(_ relative: String) -> Bool {
            let attributes = try? fm.attributesOfItem(atPath: folder.appendingPathComponent(relative).path)
            return attributes?[.type] as? FileAttributeType == .typeRegular
        }
        func isFolder(_ relative: String) -> Bool {
            let attributes = try? fm.attributesOfItem(atPath: folder.appendingPathComponent(relative).path)
            return attributes?[.type] as? FileAttributeType == .typeDirectory
        }
        var found: [String] = []
        for entry in entries.sorted() {
            switch entry {
            case Publisher.markerFileName where isFile(entry):
                continue
            case "usage" where isFolder(entry):
                let names = (try? fm.contentsOfDirectory(atPath: folder.appendingPathComponent(entry).path)) ?? []
                found += names.sorted().filter { !isReportFile($0) || !isFile("usage/" + $0) }.map { "usage/" + $0 }
            case "assets" where isFolder(entry):
                let names = (try? fm.contentsOfDirectory(atPath: folder.appendingPathComponent(entry).path)) ?? []
                found += names.sorted().filter { $0 != "style.css" || !isFile("assets/" + $0) }.map { "assets/" + $0 }
            default:
                found.append(entry)
            }
        }
        return found
    }

    /// "2026-10.pdf": a month's report file.
    static func isReportFile(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, reportExtensions.contains(String(parts[1])) else { return false }
        return YearMonth(iso: parts[0]) != nil
    }
}
