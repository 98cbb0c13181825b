import Foundation
import TestSupport
@testable import LicenseReport

/// A dataset folder in the temporary directory, built from strings, removed when released.
final class TemporaryDataset {
    /// The folder's path (diagnostics use it as the file prefix).
    let folder: String

    /// Creates an empty folder with the given files (name → UTF-8 text).
    init(_ files: [String: String] = [:]) {
        folder = try! temporaryFolder("loader-tests").path
        for (name, text) in files { write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes a text file.
    func write(_ name: String, _ text: String) { write(name, bytes: Array(text.utf8)) }

    /// Writes raw bytes.
    func write(_ name: String, bytes: [UInt8]) {
        _ = FileManager.default.createFile(atPath: file(name), contents: Data(bytes))
    }

    /// The display path of a file, as diagnostics name it.
    func file(_ name: String) -> String { folder + "/" + name }

    /// A JSON location in `name`.
    func at(_ name: String, _ path: String) -> SourceLocation { SourceLocation(file: file(name), jsonPath: path) }

    /// A text location in `name`.
    func at(_ name: String, line: Int, column: Int) -> SourceLocation { SourceLocation(file: file(name), line: line, column: column) }

    /// The text location of a marked position (see `MarkedText`) in `name`.
    func at(_ name: String, _ position: MarkedText.Position) -> SourceLocation { at(name, line: position.line, column: position.column) }

    /// Loads the dataset.
    func load(strict: Bool = false, delimiter: Character? = nil) -> Result<CheckedDataset, DiagnosticError> {
        Result { () throws(DiagnosticError) in try DatasetLoader.load(folder: folder, options: LoadOptions(csvDelimiter: delimiter, strict: strict)) }
    }

    /// The diagnostics of a failed load (empty when it loaded).
    func diagnostics(strict: Bool = false) -> [Diagnostic] {
        switch load(strict: strict) {
        case .success(let checked): return checked.warnings
        case .failure(let error): return error.diagnostics
        }
    }
}

/// Small valid files to build datasets from.
enum Sample {
    /// A valid owner with one user plan and one system licence.
    static let owner = """
    {"OwnerName": "SUPEROFFICE", "OwnerDescription": "SuperOffice AS", "CompanyName": "Nordlys AS", "SerialNr": "1234567890",
     "ExpiryDate": "2027-01-31", "ModuleLicenses": [
       {"Name": "Sales-Premium", "Description": "Sales Premium", "LicenseType": "UserLicense", "Total": 10, "InUse": 7, "Free": 3,
        "Unrestricted": false, "IsHidden": false, "ExtraFlags": 1, "SortOrder": 1},
       {"Name": "SuperOffice.Server", "Description": "SuperOffice Server", "LicenseType": "SiteLicense", "Total": 1, "InUse": 1}
     ]}
    """

    /// `license.json` with one owner object.
    static let license = owner

    /// A licence owner with one licence whose members are `members` (JSON text, without braces).
    static func license(licence members: String) -> String {
        """
        {"OwnerName": "SUPEROFFICE", "CompanyName": "Nordlys AS", "SerialNr": "1", "ModuleLicenses": [
        {\(members)}]}
        """
    }

    /// `tariffs.json` pricing every metered service in NOK.
    static let tariffs = """
    {"Currency": "NOK", "Services": [
      {"Service": "StorageSpace", "Unit": "GB", "Aggregation": "max", "IncludedBase": 10, "IncludedPerUser": 1, "BlockSize": 10, "PricePerBlock": "125.00"},
      {"Service": "MailingsEmails", "Unit": "e-mails", "Aggregation": "sum", "IncludedBase": 1000, "IncludedPerUser": 100, "BlockSize": 1000, "PricePerBlock": "35.50"},
      {"Service": "CustomerCenterLogins", "Unit": "logins", "Aggregation": "sum", "IncludedBase": 500, "IncludedPerUser": 0, "BlockSize": 100, "PricePerBlock": "10"},
      {"Service": "ChatSessions", "Unit": "sessions", "Aggregation": "sum", "IncludedBase": 100, "IncludedPerUser": 0, "BlockSize": 50, "PricePerBlock": "20"},
      {"Service": "FormSubmissions", "Unit": "submissions", "Aggregation": "sum", "IncludedBase": 1000, "IncludedPerUser": 0, "BlockSize": 500, "PricePerBlock": "15"}
    ]}
    """
}
