import Foundation
import LicenseReport
#if canImport(Glibc)
import Glibc
#endif

/// A `--credentials FILE`: the keys of the environment variables as `KEY=VALUE` lines, in a file that only
/// its owner may read (as ssh insists for a private key).
///
/// Format (docs/command-line.md "Credentials"): one `KEY=VALUE` a line, `KEY` one of `SUPEROFFICE_USERNAME`,
/// `SUPEROFFICE_PASSWORD`, `SUPEROFFICE_TICKET`, `SUPEROFFICE_APP_TOKEN`; the value is the rest of the line as
/// it is (no quotes are removed, so any character may be in a password); blank lines and lines starting
/// with `#` are skipped; a line end may be CRLF. Hand-written: a dotenv library would bring quoting rules
/// that change passwords.
public enum CredentialsFile {
    /// The largest file read: credentials are a few hundred bytes.
    static let maximumBytes = 64 * 1024

    /// Reads the file's variables.
    /// - Throws: `DiagnosticError` with `invalidCredentialsFile` (cannot be read, not a regular file, too large,
    ///   a line that is not `KEY=VALUE` with a known key: at `path:line`, never quoting it) or
    ///   `unsafeCredentialsFile` (group or other permission bits set), before any value is used.
    public static func read(_ path: String) throws(DiagnosticError) -> [String: String] {
        func fail(_ detail: String, line: Int? = nil) -> DiagnosticError {
            DiagnosticError([Diagnostic(.invalidCredentialsFile(detail: detail), at: SourceLocation(file: path, line: line))])
        }
        // The permissions are those of the opened file (fstat), so a file swapped after the check is not read.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw fail(String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw fail("it is not a regular file") }
        let mode = info.st_mode & 0o777
        guard mode & 0o077 == 0 else {
            throw DiagnosticError([Diagnostic(.unsafeCredentialsFile(path: path, mode: "0" + String(mode, radix: 8)))])
        }
        guard info.st_size <= maximumBytes else { throw fail("it is larger than \(maximumBytes) bytes") }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count >= 0 else { throw fail(String(cString: strerror(errno))) }
        guard let text = String(validating: bytes[0..<count], as: UTF8.self) else { throw fail("it is not UTF-8 text") }
        return try parse(text, path: path)
    }

    /// The variables of a file's text.
    static func parse(_ text: String, path: String) throws(DiagnosticError) -> [String: String] {
        var variables: [String: String] = [:]
        // "\r\n" is one Character in Swift: split on both line ends.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let location = SourceLocation(file: path, line: index + 1)
            guard let equals = line.firstIndex(of: "=") else {
                throw DiagnosticError([Diagnostic(.invalidCredentialsFile(detail: "expected KEY=VALUE"), at: location)])
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            guard Credentials.keys.contains(key) else {
                // The key is shown only when it looks like one: a line without a key may be a pasted password.
                let shown = key.allSatisfy({ $0.isASCII && ($0.isUppercase || $0 == "_") }) && !key.isEmpty ? "unknown key \(key)" : "unknown key"
                throw DiagnosticError([Diagnostic(.invalidCredentialsFile(detail: "\(shown); expected one of \(Credentials.keys.joined(separator: ", "))"),
                                                  at: location)])
            }
            guard variables[key] == nil else {
                throw DiagnosticError([Diagnostic(.invalidCredentialsFile(detail: "\(key) is given twice"), at: location)])
            }
            variables[key] = String(line[line.index(after: equals)...])
        }
        return variables
    }
}
