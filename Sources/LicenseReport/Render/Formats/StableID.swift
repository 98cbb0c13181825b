/// Identifiers that stay the same for the same content in every build: a `urn:uuid:` (RFC 9562 version 8,
/// "custom") whose 122 free bits come from two 64-bit FNV-1a hashes of the content's fields. Used for the
/// Atom feed's ids (RFC 4287 §4.2.6: an id never changes), so an entry keeps its id in every later build.
///
/// Hand-written because Foundation on Linux has no name-based UUID and FNV-1a is a few lines; the ids only
/// need to be stable and distinct, not secret.
enum StableID {
    /// The UUID URN of `fields` (joined with U+001F, which no checked text contains).
    static func urn(_ fields: [String]) -> String {
        let bytes = Array(fields.joined(separator: "\u{1F}").utf8)
        let high = fnv1a(bytes, basis: 0xcbf2_9ce4_8422_2325)
        let low = fnv1a(bytes, basis: 0x6c62_272e_07bb_0142)
        // Version 8 in the high nibble of octet 6, variant 0b10 in the top bits of octet 8.
        let versioned = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_8000
        let varianted = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let hex = hex16(versioned) + hex16(varianted)
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return "urn:uuid:" + groups.joined(separator: "-")
    }

    private static func fnv1a(_ bytes: [UInt8], basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
