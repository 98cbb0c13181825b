import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// `usage.csv` / `usage.json`: dialects, value rules, consistency rules and the streamed aggregate.
@Suite struct LoaderUsageTests {
    /// A dataset with a licence, tariffs and `usage.csv`.
    static func csv(_ text: String) -> TemporaryDataset {
        TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs, "usage.csv": text])
    }

    /// One row after the header; 1️⃣ marks where the error points.
    static let rowCases: [DiagnosticCase] = [
        .init("month 13", "1️⃣2026-13,MailingsEmails,10", .invalidPeriod(value: "2026-13")),
        .init("30 February", "1️⃣2026-02-30,MailingsEmails,10", .invalidPeriod(value: "2026-02-30")),
        .init("period in another form", "1️⃣03/2026,MailingsEmails,10", .invalidPeriod(value: "03/2026")),
        .init("unknown service", "2026-03,1️⃣Faxes,10",
              .unknownValue(field: "Service", value: "Faxes", known: UsageRules.knownServices)),
        .init("not a number", "2026-03,MailingsEmails,1️⃣ten", .invalidDecimal(field: "Quantity", value: "ten")),
        .init("decimal comma with comma delimiter", "2026-03,StorageSpace,1️⃣\"41,2\"",
              .invalidDecimal(field: "Quantity", value: "41,2")),
        .init("grouped thousands", "2026-03,MailingsEmails,1️⃣\"1,234.5\"",
              .thousandsSeparator(field: "Quantity", value: "1,234.5")),
        .init("space-grouped thousands", "2026-03,MailingsEmails,1️⃣1 234",
              .thousandsSeparator(field: "Quantity", value: "1 234")),
        .init("NaN", "2026-03,MailingsEmails,1️⃣NaN", .notFinite(field: "Quantity", value: "NaN")),
        .init("infinity", "2026-03,MailingsEmails,1️⃣-Infinity", .notFinite(field: "Quantity", value: "-Infinity")),
        .init("negative", "2026-03,MailingsEmails,1️⃣-5", .negativeValue(field: "Quantity", value: "-5")),
        .init("empty quantity", "2026-03,MailingsEmails,1️⃣", .emptyValue(field: "Quantity")),
        .init("fractional ActiveUsers", "2026-03,ActiveUsers,1️⃣12.5", .invalidCount(field: "Quantity", value: "12.5")),
    ]

    @Test(arguments: rowCases) func csvValueRule(_ test: DiagnosticCase) {
        let header = "Period,Service,Quantity\n"
        let dataset = Self.csv(test.text(after: header) + "\n")
        #expect(dataset.diagnostics() == [Diagnostic(test.reason, at: test.location(in: dataset.file("usage.csv"), after: header))])
    }

    @Test func everyBadRowIsReportedInOneRun() {
        let usage = MarkedText("Period,Service,Quantity\n1️⃣2026-13,MailingsEmails,1\n2026-03,MailingsEmails,2\n2026-04,2️⃣Faxes,3️⃣x\n")
        let dataset = Self.csv(usage.text)
        #expect(dataset.diagnostics().map(\.description) == [
            "1️⃣ error: Period '2026-13' is not a real month (YYYY-MM) or day (YYYY-MM-DD)",
            "2️⃣ error: unknown Service 'Faxes'; known values: StorageSpace, MailingsEmails, CustomerCenterLogins, ChatSessions, FormSubmissions, ActiveUsers",
            "3️⃣ error: Quantity must be a decimal number such as 41.2, found 'x'",
        ].map { usage.expanding($0, file: dataset.file("usage.csv")) })
    }

    @Test func duplicateActiveUsers() {
        let dataset = Self.csv("Period,Service,Quantity\n2026-03,ActiveUsers,12\n2026-03-15,ActiveUsers,13\n")
        #expect(dataset.diagnostics() == [Diagnostic(.duplicateActiveUsers(month: "2026-03", first: "\(dataset.file("usage.csv")):2:1"),
                                                     at: dataset.at("usage.csv", line: 3, column: 1))])
    }

    @Test func usageForAServiceWithoutTariffIsReportedOnce() {
        let dataset = TemporaryDataset(["license.json": Sample.license, "usage.csv": "Period,Service,Quantity\n2026-03,ChatSessions,1\n2026-04,ChatSessions,2\n",
                                        "tariffs.json": #"{"Currency": "EUR", "Services": []}"#])
        #expect(dataset.diagnostics() == [Diagnostic(.missingTariff(service: "ChatSessions"), at: dataset.at("usage.csv", line: 2, column: 9))])
    }

    @Test func maxServiceWithMonthlyAndDailyRows() {
        let dataset = Self.csv("Period,Service,Quantity\n2026-03-01,StorageSpace,40\n2026-03,StorageSpace,41\n2026-03-02,StorageSpace,42\n2026-03,MailingsEmails,1\n2026-03-01,MailingsEmails,1\n")
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("usage.csv")):3:1: error: StorageSpace has both monthly and daily rows for 2026-03: give one kind",
        ])
    }

    @Test func missingColumnAndUnknownColumn() {
        let usage = MarkedText("1️⃣Period,Service,2️⃣Amount,3️⃣Note\n2026-03,MailingsEmails,1,x\n")
        let dataset = Self.csv(usage.text)
        #expect(dataset.diagnostics() == [
            Diagnostic(.missingColumn(name: "Quantity"), at: dataset.at("usage.csv", usage["1️⃣"])),
            Diagnostic(.unknownField(name: "Amount"), at: dataset.at("usage.csv", usage["2️⃣"]), severity: .warning),
            Diagnostic(.unknownField(name: "Note"), at: dataset.at("usage.csv", usage["3️⃣"]), severity: .warning),
        ])
    }

    @Test func csvSyntaxErrorsComeFromTheReader() {
        let usage = MarkedText("Period,Service,Quantity\n1️⃣2026-03,MailingsEmails\n2026-03,Mailings2️⃣\"Emails,1\n2026-04,3️⃣\"MailingsEmails,1\n")
        let dataset = Self.csv(usage.text)
        #expect(dataset.diagnostics() == [
            Diagnostic(.fieldCount(expected: 3, found: 2), at: dataset.at("usage.csv", usage["1️⃣"])),
            Diagnostic(.quoteInUnquotedField, at: dataset.at("usage.csv", usage["2️⃣"])),
            Diagnostic(.unterminatedQuote, at: dataset.at("usage.csv", usage["3️⃣"])),
        ])
    }

    /// The same numbers in the dialects of issue 3 load to the same dataset.
    @Test(arguments: [
        ("comma, LF", [UInt8](), "Period,Service,Quantity\n2026-03-01,StorageSpace,41.2\n2026-03,MailingsEmails,1200\n2026-03,ActiveUsers,12\n"),
        ("semicolon, BOM, CRLF, decimal comma", [0xEF, 0xBB, 0xBF],
         "period ; SERVICE ; Quantity\r\n2026-03-01;StorageSpace;41,2\r\n2026-03;MailingsEmails;1200\r\n2026-03;ActiveUsers;12\r\n\r\n"),
        ("tab, no final newline", [], "Period\tService\tQuantity\n2026-03-01\tStorageSpace\t 41.20 \n2026-03\tMailingsEmails\t1200\r\n2026-03\tActiveUsers\t12"),
    ])
    func dialectsLoadTheSameNumbers(_ name: String, _ prefix: [UInt8], _ text: String) throws {
        let dataset = Self.csv("")
        dataset.write("usage.csv", bytes: prefix + Array(text.utf8))
        let loaded = try dataset.load().get().dataset
        #expect(loaded.usage.map(\.period) == [.day(CalendarDate(year: 2026, month: 3, day: 1)!), .month(YearMonth(year: 2026, month: 3)!)])
        #expect(loaded.usage.map(\.service) == [.storageSpace, .mailingsEmails])
        #expect(loaded.usage.map(\.quantity) == [Decimal(string: "41.2")!, 1200])
        #expect(loaded.activeUsers == [YearMonth(year: 2026, month: 3)!: 12])
    }

    @Test func forcedDelimiter() throws {
        let dataset = Self.csv("Period;Service;Quantity\n2026-03;MailingsEmails;1,5\n")
        let loaded = try dataset.load(delimiter: ";").get().dataset
        #expect(loaded.usage.map(\.quantity) == [Decimal(string: "1.5")!])
    }

    @Test func rowsAreAggregatedPerPeriodAndService() throws {
        let dataset = Self.csv("""
        Period,Service,Quantity
        2026-03-01,StorageSpace,40
        2026-03-01,MailingsEmails,100
        2026-03-01,StorageSpace,42.5
        2026-03-01,MailingsEmails,250.5
        2026-03-02,StorageSpace,41
        2026-04,MailingsEmails,7

        """)
        let usage = try dataset.load().get().dataset.usage
        #expect(usage == [
            UsageRecord(period: .day(CalendarDate(year: 2026, month: 3, day: 1)!), service: .storageSpace, quantity: Decimal(string: "42.5")!,
                        location: dataset.at("usage.csv", line: 2, column: 1)),
            UsageRecord(period: .day(CalendarDate(year: 2026, month: 3, day: 1)!), service: .mailingsEmails, quantity: Decimal(string: "350.5")!,
                        location: dataset.at("usage.csv", line: 3, column: 1)),
            UsageRecord(period: .day(CalendarDate(year: 2026, month: 3, day: 2)!), service: .storageSpace, quantity: 41,
                        location: dataset.at("usage.csv", line: 6, column: 1)),
            UsageRecord(period: .month(YearMonth(year: 2026, month: 4)!), service: .mailingsEmails, quantity: 7,
                        location: dataset.at("usage.csv", line: 7, column: 1)),
        ])
    }

    @Test func jsonUsageLoadsNumbersAndStrings() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs, "usage.json": """
        [{"Period": "2026-03", "Service": "StorageSpace", "Quantity": 41.25},
         {"Period": "2026-03", "Service": "MailingsEmails", "Quantity": "1200"},
         {"Period": "2026-03", "Service": "ActiveUsers", "Quantity": 1.2e1}]
        """])
        let loaded = try dataset.load().get().dataset
        #expect(loaded.usage.map(\.quantity) == [Decimal(string: "41.25")!, 1200])
        #expect(loaded.usage.map(\.location) == [dataset.at("usage.json", "$[0]"), dataset.at("usage.json", "$[1]")])
        #expect(loaded.activeUsers == [YearMonth(year: 2026, month: 3)!: 12])
    }

    @Test func jsonUsageErrorsHaveFieldPaths() {
        let dataset = TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs, "usage.json": """
        [{"Period": "2026-02-29", "Service": "StorageSpace", "Quantity": 1},
         {"Service": "StorageSpace", "Quantity": true, "Note": 1},
         {"Period": "2026-03", "Service": "StorageSpace", "Quantity": "1,5"}]
        """])
        #expect(dataset.diagnostics() == [
            Diagnostic(.invalidPeriod(value: "2026-02-29"), at: dataset.at("usage.json", "$[0].Period")),
            Diagnostic(.missingKey(key: "Period"), at: dataset.at("usage.json", "$[1]")),
            Diagnostic(.unknownField(name: "Note"), at: dataset.at("usage.json", "$[1].Note"), severity: .warning),
            Diagnostic(.wrongType(expected: "a string or number", found: "true/false"), at: dataset.at("usage.json", "$[1].Quantity")),
            Diagnostic(.invalidDecimal(field: "Quantity", value: "1,5"), at: dataset.at("usage.json", "$[2].Quantity")),
        ])
    }

    @Test func jsonUsageMustBeAnArray() {
        let dataset = TemporaryDataset(["license.json": Sample.license, "usage.json": #"{"Period": "2026-03"}"#])
        #expect(dataset.diagnostics() == [Diagnostic(.wrongType(expected: "an array of usage rows", found: "an object"),
                                                     at: dataset.at("usage.json", "$"))])
    }
}

/// A file full of bad rows keeps a bounded list of diagnostics and says how many more there were.
@Suite struct LoaderDiagnosticLimitTests {
    @Test func problemsBeyondTheLimitAreCounted() {
        let rows = (1...1005).map { _ in "2026-13,MailingsEmails,1" }.joined(separator: "\n")
        let dataset = LoaderUsageTests.csv("Period,Service,Quantity\n" + rows + "\n")
        let diagnostics = dataset.diagnostics()
        #expect(diagnostics.count == 1001)
        #expect(diagnostics.last == Diagnostic(.moreProblems(errors: 5, warnings: 0), at: SourceLocation(file: dataset.file("usage.csv"))))
        #expect(diagnostics.last?.description == "\(dataset.file("usage.csv")): error: 5 more problems in this file are not listed (5 errors, 0 warnings): fix the ones above (often one cause) and run again")
        #expect(diagnostics.dropLast().last == Diagnostic(.invalidPeriod(value: "2026-13"), at: dataset.at("usage.csv", line: 1001, column: 1)))
    }

    @Test func warningsBeyondTheLimitStayAWarning() throws {
        let rows = (1...1002).map { _ in #"{"Period": "2026-03", "Service": "MailingsEmails", "Quantity": 1, "Note": "x"}"# }.joined(separator: ",")
        let dataset = TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs, "usage.json": "[" + rows + "]"])
        let checked = try dataset.load().get()
        #expect(checked.warnings.count == 1001)
        #expect(checked.warnings.last == Diagnostic(.moreProblems(errors: 0, warnings: 2), at: SourceLocation(file: dataset.file("usage.json")), severity: .warning))
        #expect(checked.dataset.usage.map(\.quantity) == [1002])
    }
}

/// CSV header and encoding problems, as the loader reports them (the reader finds them).
@Suite struct LoaderCSVHeaderTests {
    @Test func emptyHeaderName() {
        let usage = MarkedText("Period,Service,Quantity,1️⃣\n2026-03,MailingsEmails,1,\n")
        let dataset = LoaderUsageTests.csv(usage.text)
        #expect(dataset.diagnostics() == [Diagnostic(.emptyHeaderName(column: 4), at: dataset.at("usage.csv", usage["1️⃣"]))])
    }

    @Test func duplicatedHeader() {
        let usage = MarkedText("Period;Service;Quantity;1️⃣ period \n2026-03;MailingsEmails;1;x\n")
        let dataset = LoaderUsageTests.csv(usage.text)
        #expect(dataset.diagnostics().map(\.description) == [usage.expanding("1️⃣ error: duplicated header 'period'", file: dataset.file("usage.csv"))])
    }

    @Test func csvNotUTF8() {
        let dataset = LoaderUsageTests.csv("")
        // 1️⃣ marks the Latin-1 é.
        let usage = MarkedText("Period,Service,Quantity\n2026-03,Mailings1️⃣")
        dataset.write("usage.csv", bytes: usage.bytes + [0xE9] + Array("Emails,1\n".utf8))
        #expect(dataset.diagnostics() == [Diagnostic(.notUTF8(byteOffset: usage["1️⃣"].offset), at: dataset.at("usage.csv", usage["1️⃣"]))])
    }

    @Test func emptyUsageFile() {
        let dataset = LoaderUsageTests.csv("")
        #expect(dataset.diagnostics() == [Diagnostic(.emptyFile, at: dataset.at("usage.csv", line: 1, column: 1))])
    }
}
