import Foundation

/// Which `TimeZone` names a dataset may give: the names of the IANA time zone database.
///
/// Accepted: every identifier of `TimeZone.knownTimeZoneIdentifiers` (ICU's canonical list), and every
/// other name that `TimeZone(identifier:)` resolves, which adds IANA's aliases and legacy zones such as
/// `Asia/Kolkata`, `US/Pacific`, `UTC`, `Etc/UTC`, `Etc/GMT+1`, `CET`, `EET`, `WET`, `MET`, `EST` and
/// `EST5EDT` (all of them zones of IANA's `europe`, `northamerica`, `etcetera` and `backward` files).
///
/// Rejected although ICU resolves them, because they are not IANA names and mislead:
/// - ICU's three-letter Java IDs (`PST`, `BST`, `IST`, …): `BST` is Bangladesh there, not British
///   summer time, and `IST` is India, not Ireland or Israel;
/// - custom offsets (`GMT+1`, `UTC+01:00`): a fixed offset has no summer time, and `Etc/GMT+1` means
///   the opposite sign (POSIX), so the same text would give two different zones.
/// Abbreviations that are not zones at all (`CEST`, `EEST`) and names in the wrong case are not resolved.
enum TimeZoneNames {
    /// The time zone of an IANA name, `nil` when the name is not one (see the type's rules).
    static func zone(named name: String) -> TimeZone? {
        if knownIdentifiers.contains(name) { return TimeZone(identifier: name) }
        guard !javaLegacyIDs.contains(name), !isCustomOffset(name) else { return nil }
        return TimeZone(identifier: name)
    }

    /// ICU's canonical identifiers.
    private static let knownIdentifiers = Set(TimeZone.knownTimeZoneIdentifiers)

    /// The JDK's three-letter time zone IDs that ICU keeps as aliases (ICU `zoneinfo64`, "Java legacy"),
    /// none of which is an IANA zone. IANA's own three-letter zones (`CET`, `EET`, `WET`, `MET`, `EST`,
    /// `MST`, `HST`, `UTC`, `UCT`, `GMT`) are not in this list.
    static let javaLegacyIDs: Set<String> = [
        "ACT", "AET", "AGT", "ART", "AST", "BET", "BST", "CAT", "CNT", "CST", "CTT", "EAT", "ECT", "IET", "IST",
        "JST", "MIT", "NET", "NST", "PLT", "PNT", "PRT", "PST", "SST", "VST",
    ]

    /// `GMT+1`, `UTC-05:30`, `GMT+0100`: ICU's custom offset IDs. IANA's `GMT+0` and `GMT-0` are names.
    private static func isCustomOffset(_ name: String) -> Bool {
        guard name != "GMT+0", name != "GMT-0" else { return false }
        return (name.hasPrefix("GMT") || name.hasPrefix("UTC")) && name.dropFirst(3).first.map { $0 == "+" || $0 == "-" } == true
    }
}
