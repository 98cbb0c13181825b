import Foundation
import Testing
@testable import LicenseReport

/// Files of a dataset folder: missing, conflicting, unreadable, not UTF-8.
@Suite struct LoaderFileTests {
    @Test func missingFolderIsDatasetNotFound() {
        let path = "/nonexistent/dataset-\(UUID().uuidString)"
        let result = Result { () throws(DiagnosticError) in try DatasetLoader.load(folder: path) }
        guard case .failure(let error) = result else { Issue.record("loaded"); return }
        #expect(error.diagnostics == [Diagnostic(.datasetNotFound(path: path))])
        #expect(error.description == "error: dataset folder '\(path)' does not exist")
    }

    @Test func missingLicenseFile() {
        let dataset = TemporaryDataset()
        #expect(dataset.diagnostics() == [Diagnostic(.missingFile(name: "license.json"), at: SourceLocation(file: dataset.folder))])
        #expect(dataset.diagnostics().map(\.description) == ["\(dataset.folder): error: missing license.json: every dataset needs one"])
    }

    @Test func trailingSlashIsNotDoubled() throws {
        let dataset = TemporaryDataset(["license.json": "[]x"])
        let error = try #require(Result { () throws(DiagnosticError) in try DatasetLoader.load(folder: dataset.folder + "/") }.failure)
        #expect(error.diagnostics.map(\.location?.file) == [dataset.file("license.json")])
    }

    @Test func bothUsageFilesConflict() {
        let dataset = TemporaryDataset(["license.json": Sample.license, "usage.csv": "Period,Service,Quantity\n", "usage.json": "[]"])
        #expect(dataset.diagnostics() == [Diagnostic(.conflictingFiles(first: "usage.csv", second: "usage.json"),
                                                     at: SourceLocation(file: dataset.folder))])
    }

    @Test func bothEventFilesConflict() {
        let dataset = TemporaryDataset(["license.json": Sample.license, "events.csv": "eventname,scope\n", "events.json": "[]"])
        #expect(dataset.diagnostics().map(\.description) == ["\(dataset.folder): error: both events.csv and events.json are present: keep one of them"])
    }

    @Test func usageWithoutTariffs() {
        let dataset = TemporaryDataset(["license.json": Sample.license,
                                        "usage.json": #"[{"Period": "2026-03", "Service": "MailingsEmails", "Quantity": 10}]"#])
        #expect(dataset.diagnostics() == [Diagnostic(.requiredWith(name: "tariffs.json", because: "the usage file has metered usage to price"),
                                                     at: SourceLocation(file: dataset.folder))])
    }

    @Test func activeUsersAloneNeedNoTariffs() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license,
                                        "usage.json": #"[{"Period": "2026-03", "Service": "ActiveUsers", "Quantity": 12}]"#])
        let checked = try dataset.load().get()
        #expect(checked.dataset.activeUsers == [YearMonth(year: 2026, month: 3)!: 12])
    }

    @Test func notUTF8NamesTheByteOffset() {
        let dataset = TemporaryDataset()
        dataset.write("license.json", bytes: Array(#"{"OwnerName": "Bj"#.utf8) + [0xF8] + Array(#"rn"}"#.utf8))
        #expect(dataset.diagnostics() == [Diagnostic(.notUTF8(byteOffset: 17), at: SourceLocation(file: dataset.file("license.json")))])
    }

    @Test func latin1IsNotUTF8() {
        let dataset = TemporaryDataset()
        // "Tromsø" in ISO 8859-1: ø is 0xF8 at offset 5 of the value.
        dataset.write("status.json", bytes: Array(#"{"PreparedFor": "Troms"#.utf8) + [0xF8] + Array(#""}"#.utf8))
        dataset.write("license.json", Sample.license)
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("status.json")): error: not UTF-8: invalid byte sequence at byte offset 22; save the file as UTF-8",
        ])
    }

    @Test func directoryInPlaceOfFileIsUnreadable() throws {
        let dataset = TemporaryDataset()
        try FileManager.default.createDirectory(atPath: dataset.file("license.json"), withIntermediateDirectories: false)
        #expect(dataset.diagnostics() == [Diagnostic(.notRegularFile(name: "license.json", kind: "a folder"),
                                                     at: SourceLocation(file: dataset.file("license.json")))])
    }

    @Test func errorsOfAllFilesComeTogether() {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: #""Name": "A", "LicenseType": "UserLicense", "Total": -1, "InUse": 0"#),
                                        "status.json": #"{"TimeZone": "Mars/Olympus"}"#])
        #expect(dataset.diagnostics().map(\.reason) == [
            .invalidCount(field: "Total", value: "-1"),
            .unknownTimeZone(value: "Mars/Olympus"),
        ])
    }
}

extension Result {
    /// The failure, `nil` on success.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
