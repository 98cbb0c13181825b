import Foundation
import Testing
@testable import LicenseReport

/// `TimeZone` in status.json: every IANA name (ICU's canonical list, aliases and legacy zones such as
/// `CET`) is accepted; abbreviations that are not zones, ICU's Java IDs and custom offsets are not.
@Suite struct LoaderTimeZoneTests {
    /// 2026-01-15 12:00 UTC and 2026-07-15 12:00 UTC: winter and summer time.
    static let winter = Date(timeIntervalSince1970: 1_768_478_400)
    static let summer = Date(timeIntervalSince1970: 1_784_116_800)

    /// Name, offset from UTC in winter and in summer (hours).
    @Test(arguments: [
        ("Europe/Oslo", 1, 2), ("CET", 1, 2), ("EET", 2, 3), ("WET", 0, 1), ("MET", 1, 2),
        ("Etc/GMT+1", -1, -1), ("Etc/GMT-14", 14, 14), ("Etc/UTC", 0, 0), ("UTC", 0, 0), ("GMT", 0, 0), ("GMT+0", 0, 0),
        ("EST", -5, -5), ("MST", -7, -7), ("HST", -10, -10), ("EST5EDT", -5, -4), ("CST6CDT", -6, -5), ("MST7MDT", -7, -6), ("PST8PDT", -8, -7), ("Asia/Kolkata", 5, 5), ("Asia/Calcutta", 5, 5), ("US/Pacific", -8, -7),
        ("Europe/Kyiv", 2, 3), ("America/Argentina/Buenos_Aires", -3, -3),
    ])
    func ianaNamesAreAccepted(_ name: String, _ winterHours: Int, _ summerHours: Int) throws {
        let zone = try #require(StatusFileLoader.timeZone(named: name))
        let halfHour = name.hasPrefix("Asia/") ? 1800 : 0
        #expect(zone.secondsFromGMT(for: Self.winter) == winterHours * 3600 + halfHour)
        #expect(zone.secondsFromGMT(for: Self.summer) == summerHours * 3600 + halfHour)

        let dataset = TemporaryDataset(["license.json": Sample.license, "status.json": #"{"TimeZone": "\#(name)"}"#])
        let checked = try dataset.load(strict: true).get()
        #expect(checked.warnings == [])
        #expect(checked.dataset.status.timeZoneIdentifier == name)
    }

    /// Abbreviations that are not IANA zones, ICU's Java IDs, custom offsets, wrong case and nonsense.
    @Test(arguments: ["CEST", "EEST", "BST", "PST", "IST", "JST", "CST", "GMT+1", "UTC+01:00", "GMT+0100", "+01:00", "CET+1",
                      "Oslo", "Europe/Oslo ", "europe/oslo", "Europe/Osl", "Etc/GMT+15", "Z", "nonsense"])
    func otherNamesAreRejected(_ name: String) {
        #expect(StatusFileLoader.timeZone(named: name) == nil)
        let dataset = TemporaryDataset(["license.json": Sample.license, "status.json": #"{"TimeZone": "\#(name)"}"#])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("status.json")): $.TimeZone: error: unknown time zone '\(name)': use an IANA name such as Europe/Oslo or UTC",
        ])
    }

    /// A time without an offset in events is read in the zone: 08:00 CET in winter is 07:00 UTC.
    @Test func cetReadsLocalTimes() throws {
        let dataset = TemporaryDataset([
            "license.json": Sample.license, "status.json": #"{"TimeZone": "CET"}"#,
            "events.csv": "eventname,scope,registered\nUpgrade,1,2026-01-15T08:00:00\n",
        ])
        let event = try #require(try dataset.load(strict: true).get().dataset.events.first)
        #expect(event.registered == ZonedDateTime(secondsSinceEpoch: 1_768_460_400, utcOffsetSeconds: 3600))
        #expect(event.registered?.displayText == "2026-01-15 08:00 +01:00")
    }
}
