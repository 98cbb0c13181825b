import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The PDF stage (`--pdf`): prints each validated, self-contained usage report with headless Chromium
/// (`--print-to-pdf`, as Lago prints its invoices through Gotenberg), adds the document information,
/// and checks the result with poppler before anything is published.
///
/// Each page is printed in a private temporary folder (mode 0700) that also holds Chromium's throwaway
/// profile and home, and is deleted afterwards. Chromium gets no network: every host name resolves to
/// nothing and every connection, loopback included, goes to a proxy on the discard port that does not
/// answer; the page itself references nothing outside itself (validated before). Chromium, pdfinfo
/// and pdftotext each run under the time limit and are killed with their process group when they pass it.
public struct PDFPrinter: Sendable {
    /// The names `--pdf` looks for on PATH, in order, when `--chromium` is not given.
    public static let browserNames = ["chromium", "chromium-browser", "google-chrome"]

    /// This process's `PATH` (the programs are looked up as a shell would).
    public static var environmentSearchPath: String {
        ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    }

    /// The browser's path.
    public let chromium: String
    let pdfinfo: String
    let pdftotext: String
    let timeoutSeconds: Int
    /// PATH for the programs (the caller's).
    let searchPath: String

    /// Finds the browser and the checkers, before anything is loaded or written.
    /// - Parameters:
    ///   - options: `--chromium` and `--pdf-timeout`.
    ///   - searchPath: the `PATH` to search (`:`-separated).
    /// - Throws: `DiagnosticError` (stage `.pdf`, exit 69): `.browserNotFound` naming the package to install,
    ///   `.browserNotExecutable` for a `--chromium` that is not an executable file, `.pdfCheckerNotFound`.
    public init(options: PDFOptions, searchPath: String) throws(DiagnosticError) {
        if let given = options.chromium {
            guard let found = ExternalProcess.find([given], searchPath: searchPath) else {
                throw DiagnosticError([Diagnostic(.browserNotExecutable(path: given))])
            }
            chromium = found
        } else {
            guard let found = ExternalProcess.find(PDFPrinter.browserNames, searchPath: searchPath) else {
                throw DiagnosticError([Diagnostic(.browserNotFound(names: PDFPrinter.browserNames))])
            }
            chromium = found
        }
        var checkers: [String] = []
        for tool in ["pdfinfo", "pdftotext"] {
            guard let found = ExternalProcess.find([tool], searchPath: searchPath) else {
                throw DiagnosticError([Diagnostic(.pdfCheckerNotFound(tool: tool))])
            }
            checkers.append(found)
        }
        pdfinfo = checkers[0]
        pdftotext = checkers[1]
        timeoutSeconds = options.timeoutSeconds
        self.searchPath = searchPath
    }

    /// Prints every job, one Chromium run after the other, and checks each PDF.
    /// - Parameter date: the PDFs' CreationDate and ModDate (`PDFDocumentInfo.date`: the report date).
    /// - Returns: the PDFs, sorted by path.
    /// - Throws: `DiagnosticError` at the PDF's path: `.pdfToolFailed` / `.pdfToolTimedOut` (exit 69),
    ///   `.pdfCheckFailed` (exit 70).
    public func print(_ jobs: [PDFJob], date: String) throws(DiagnosticError) -> [RenderedFile] {
        var files: [RenderedFile] = []
        for job in jobs.sorted(by: { $0.path < $1.path }) {
            files.append(try print(job, date: date))
        }
        return files
    }

    private func print(_ job: PDFJob, date: String) throws(DiagnosticError) -> RenderedFile {
        let at = SourceLocation(file: job.path)
        func failure(_ reason: Reason) -> DiagnosticError { DiagnosticError([Diagnostic(reason, at: at)]) }
        var template = Array((FileManager.default.temporaryDirectory.path + "/license-report-pdf.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw failure(.pdfToolFailed(tool: "Chromium", detail: "cannot create a temporary folder: \(String(cString: strerror(errno)))"))
        }
        let folder = URL(fileURLWithPath: String(cString: made))
        defer { try? FileManager.default.removeItem(at: folder) }
        let stem = URL(fileURLWithPath: job.path).deletingPathExtension().lastPathComponent
        let html = folder.appendingPathComponent(stem + ".html")
        let pdf = folder.appendingPathComponent(stem + ".pdf")
        do {
            try Data(job.page.contents).write(to: html)
        } catch {
            throw failure(.pdfToolFailed(tool: "Chromium", detail: "cannot write the page to \(folder.path)"))
        }
        let output = try run("Chromium", chromium, chromiumArguments(page: html, pdf: pdf, profile: folder.appendingPathComponent("profile")),
                             in: folder, at: at)
        guard let printed = FileManager.default.contents(atPath: pdf.path), !printed.isEmpty else {
            throw failure(.pdfToolFailed(tool: "Chromium", detail: "it wrote no PDF" + PDFPrinter.excerpt(output.standardError)))
        }
        let bytes: [UInt8]
        do {
            bytes = try job.info.applied(to: [UInt8](printed), date: date)
        } catch {
            throw failure(.pdfCheckFailed(detail: "license-report cannot add its document information: \(error.detail)"))
        }
        do {
            try Data(bytes).write(to: pdf)
        } catch {
            throw failure(.pdfToolFailed(tool: "Chromium", detail: "cannot write the PDF to \(folder.path)"))
        }
        let info = try run("pdfinfo", pdfinfo, ["-enc", "UTF-8", "-f", "1", "-l", "100000", pdf.path], in: folder, at: at)
        let text = try run("pdftotext", pdftotext, ["-enc", "UTF-8", pdf.path, "-"], in: folder, at: at)
        let problems = PDFCheck.problems(pdfinfo: String(decoding: info.standardOutput, as: UTF8.self),
                                         text: String(decoding: text.standardOutput, as: UTF8.self), job: job)
        if !problems.isEmpty {
            throw DiagnosticError(problems.map { Diagnostic(.pdfCheckFailed(detail: $0), at: at) })
        }
        return RenderedFile(path: job.path, bytes: bytes)
    }

    /// Chromium's command line: headless, a throwaway profile, no network, no extensions, no first-run
    /// work, A4 from the page's `@page` rule without Chromium's own header and footer.
    func chromiumArguments(page: URL, pdf: URL, profile: URL) -> [String] {
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-breakpad", "--mute-audio",
            "--user-data-dir=\(profile.path)",
            // No network: no name resolves, and every connection (loopback too) goes to a proxy that is not there.
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
        ]
        // Chromium refuses to start as root with its sandbox (CI containers run as root). The sandbox guards
        // against hostile web content; this page is our own validated HTML with no script and no network.
        // As any other user the sandbox stays on.
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 1) }
        return arguments + [page.absoluteString]
    }

    /// Runs one program in `folder` with a minimal environment (its home, caches and temporary files in
    /// `folder`, UTC, UTF-8), so nothing of the user's profile is read or left behind.
    private func run(_ tool: String, _ executable: String, _ arguments: [String], in folder: URL,
                     at location: SourceLocation) throws(DiagnosticError) -> (standardOutput: [UInt8], standardError: String) {
        let home = folder.appendingPathComponent("home").path
        let environment = [
            "PATH": searchPath, "HOME": home, "XDG_CONFIG_HOME": home + "/.config", "XDG_CACHE_HOME": home + "/.cache",
            "XDG_DATA_HOME": home + "/.local/share", "TMPDIR": folder.path, "TZ": "UTC", "LANG": "C.UTF-8",
        ]
        let process = ExternalProcess(executable: executable, arguments: arguments, environment: environment,
                                      directory: folder, timeoutSeconds: timeoutSeconds)
        switch process.run() {
        case .cannotStart(let reason):
            throw DiagnosticError([Diagnostic(.pdfToolFailed(tool: tool, detail: "cannot start \(executable): \(reason)"), at: location)])
        case .timedOut:
            throw DiagnosticError([Diagnostic(.pdfToolTimedOut(tool: tool, seconds: timeoutSeconds), at: location)])
        case let .exited(status, output, errors):
            guard status == 0 else {
                throw DiagnosticError([Diagnostic(
                    .pdfToolFailed(tool: tool, detail: "\(executable) exited with status \(status)" + PDFPrinter.excerpt(errors)),
                    at: location)])
            }
            return (output, errors)
        }
    }

    /// The last line of a program's error output worth reading, as ": line" (at most 300 characters), or "".
    /// Chromium without a desktop session logs many D-Bus complaints; they never explain a failure.
    static func excerpt(_ errors: String) -> String {
        let lines = errors.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.lowercased().contains("dbus") }
        guard let last = lines.last else { return "" }
        return ": " + String(last.prefix(300))
    }
}
