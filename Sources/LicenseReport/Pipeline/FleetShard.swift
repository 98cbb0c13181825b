/// One shard of a fleet build: shard `number` of `count` (1-based, as `--shard K/N` writes it, after
/// Playwright and Jest). A tenant belongs to shard `FleetShard.index(of:count:) + 1`.
///
/// The partition hashes the tenant's folder name alone (FNV-1a, 64 bits, over its UTF-8 bytes, modulo
/// `count`), so it is the same on every machine and in every run, and adding or removing a customer
/// moves no other customer to another shard. FNV-1a is written here (a few lines) because Swift's
/// `Hasher` is seeded per process and must not decide anything that outlives one.
public struct FleetShard: Hashable, Sendable, CustomStringConvertible {
    /// 1…count.
    public let number: Int
    /// ≥ 1.
    public let count: Int

    /// The whole fleet as one shard.
    public static let all = FleetShard(uncheckedNumber: 1, count: 1)

    /// Shard `number` of `count`.
    /// - Returns: `nil` unless 1 ≤ number ≤ count.
    public init?(number: Int, count: Int) {
        guard count >= 1, (1...count).contains(number) else { return nil }
        self.number = number
        self.count = count
    }

    private init(uncheckedNumber number: Int, count: Int) {
        self.number = number
        self.count = count
    }

    /// "K/N" as `--shard` takes it: two decimal numbers, 1 ≤ K ≤ N.
    /// - Returns: `nil` for any other text.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let number = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(number: number, count: count)
    }

    /// "K-of-N", the name of this shard's part of the overview (`OUTPUT/.shards/K-of-N.json`).
    public var partName: String { "\(number)-of-\(count)" }

    /// "K/N".
    public var description: String { "\(number)/\(count)" }

    /// True when `tenant` belongs to this shard.
    public func contains(_ tenant: String) -> Bool { FleetShard.index(of: tenant, count: count) == number - 1 }

    /// The 0-based shard of `tenant` among `count`: FNV-1a 64 of its UTF-8 bytes, modulo `count`.
    public static func index(of tenant: String, count: Int) -> Int {
        Int(fnv1a64(Array(tenant.utf8)) % UInt64(count))
    }

    /// FNV-1a, 64 bits (offset basis 0xcbf29ce484222325, prime 0x100000001b3), as specified by Fowler,
    /// Noll and Vo (draft-eastlake-fnv): for each byte, xor, then multiply modulo 2^64.
    public static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
