import Testing
@testable import LicenseReport

/// Dates outside the years 1900–9998 are errors, for every date of the data (issue 10, point 13).
@Suite struct DateRangeTests {
    static func usage(_ period: String) -> TemporaryDataset {
        TemporaryDataset(["license.json": Sample.license, "tariffs.json": Sample.tariffs,
                          "usage.csv": "Period,Service,Quantity\n\(period),MailingsEmails,5000\n"])
    }

    @Test(arguments: ["9999-12", "9999-01-31", "1899-12", "1899-12-31", "0001-01"])
    func aPeriodOutsideTheYearsIsRefused(period: String) {
        let dataset = Self.usage(period)
        #expect(dataset.diagnostics() == [Diagnostic(.dateOutOfRange(field: "Period", value: period, first: 1900, last: 9998),
                                                     at: dataset.at("usage.csv", line: 2, column: 1))])
        #expect(dataset.diagnostics().first?.message == "Period '\(period)' is outside the years 1900–9998")
    }

    @Test func theLastMonthIsInvoicedInAFourDigitYear() throws {
        let checked = try Self.usage("9998-12").load().get()
        #expect(MeteredBilling.months(for: checked.dataset).first?.invoiceMonth.description == "9999-01")
        #expect(try Self.usage("1900-01-01").load().get().dataset.usage.count == 1)
    }

    @Test(arguments: ["9999-12-31", "1899-12-31T23:59:59", "1000-01-01"])
    func anExpiryDateOutsideTheYearsIsRefused(date: String) {
        let dataset = TemporaryDataset(["license.json": #"{"OwnerName": "SUPEROFFICE", "CompanyName": "N", "SerialNr": "1", "ExpiryDate": "\#(date)", "ModuleLicenses": []}"#])
        #expect(dataset.diagnostics() == [Diagnostic(.dateOutOfRange(field: "ExpiryDate", value: date, first: 1900, last: 9998),
                                                     at: dataset.at("license.json", "$.ExpiryDate"))])
    }

    @Test func superOfficesNoDateIsStillNoDate() throws {
        let dataset = TemporaryDataset(["license.json": #"{"OwnerName": "SUPEROFFICE", "CompanyName": "N", "SerialNr": "1", "ExpiryDate": "0001-01-01T00:00:00", "ModuleLicenses": []}"#])
        #expect(try dataset.load().get().dataset.owners.first?.expiryDate == nil)
    }

    /// The year as written counts, not the UTC year an offset moves it to.
    @Test(arguments: [("registered", "9999-01-01T01:00:00+02:00"), ("eta", "1850-06-01T10:00:00Z")])
    func anEventDateOutsideTheYearsIsRefused(column: String, value: String) {
        let dataset = TemporaryDataset(["license.json": Sample.license, "events.csv": "eventname,scope,\(column)\nMaintenance,1,\(value)\n"])
        #expect(dataset.diagnostics() == [Diagnostic(.dateOutOfRange(field: column, value: value, first: 1900, last: 9998),
                                                     at: dataset.at("events.csv", line: 2, column: 15))])
    }

    @Test func theInstantsAreThoseOfTheYearsInUTC() {
        #expect(DateRange.instants.lowerBound == -2_208_988_800)  // 1900-01-01T00:00:00Z
        #expect(DateRange.instants.upperBound == 253_370_764_799)  // 9998-12-31T23:59:59Z
    }
}
