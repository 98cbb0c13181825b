/// SuperOffice's "no date": .NET's `DateTime.MinValue`, which the Web API writes where a date is not set
/// (an expiry of "0 = forever", an open-ended event): `0001-01-01T00:00:00`, with or without fractional
/// seconds or an offset (`0001-01-01T00:00:00.000+01:00`, `0001-01-01T00:00:00-0500`).
enum SuperOfficeDates {
    /// Whether `text` is a date or date-time on 0001-01-01, whatever its time, fraction or offset: no day of
    /// that year is a real licence or event date, and a zone conversion of `DateTime.MinValue` may shift its time.
    static func isNoDate(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, String(decoding: bytes[0..<10], as: UTF8.self) == "0001-01-01" else { return false }
        guard bytes.count > 10 else { return true }
        // A time part of the characters a time, fraction and offset are written with: not a full parse, which the
        // range rules of real dates would refuse for year 1.
        guard [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[10]), bytes.count > 11 else { return false }
        return bytes[11...].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || Array(":.,+-Zz".utf8).contains($0) }
    }
}
