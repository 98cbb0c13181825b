import BigInt
import Foundation
import Testing
@testable import LicenseReport

/// "Computed exactly" holds for every accepted input (issue 10, point 12): datasets with numbers on both
/// sides of the bounds of `NumberLimits` go through the check stage, and for each one it accepts, every
/// figure of the invoicing rule equals the same rule computed with unbounded integers (BigInt) on values
/// scaled by 10⁸. Before the bounds, a Quantity of 38 digits was accepted and its amount lost 10 digits.
@Suite struct ExactArithmeticPropertyTests {
    /// Every input in units of 10⁻⁸ (the generator writes at most 8 decimals).
    static let scale = 8
    static let unit = BigUInt(10).power(scale)

    /// One generated dataset: the texts as written in the files, and users.
    struct Case: CustomStringConvertible {
        var quantities: [String]
        var base: String
        var perUser: String
        var blockSize: String
        var price: String
        var users: String
        var currency: String

        var description: String {
            "quantities \(quantities), base \(base), perUser \(perUser), blockSize \(blockSize), price \(price), users \(users), \(currency)"
        }
    }

    @Test func everyAcceptedDatasetIsInvoicedExactly() throws {
        var random = SeededRandom(seed: 20_261_115)
        var accepted = 0
        var refused = 0
        for _ in 0..<160 {
            let example = Self.makeCase(&random)
            let dataset = TemporaryDataset(Self.files(example))
            guard case .success(let checked) = dataset.load() else {
                refused += 1
                continue
            }
            accepted += 1
            let month = try #require(MeteredBilling.months(for: checked.dataset).first)
            let line = try #require(month.lines.first { $0.service == .mailingsEmails })
            let expected = Self.reference(example)
            #expect(line.quantity == expected.quantity, "\(example)")
            #expect(line.threshold == expected.threshold, "\(example)")
            #expect(line.overage == expected.overage, "\(example)")
            #expect(line.blocks == expected.blocks, "\(example)")
            #expect(line.amount == expected.amount, "\(example): \(line.amount) ≠ \(expected.amount)")
            #expect(month.total == expected.amount, "\(example)")
        }
        // Both sides of the bounds were tried.
        #expect(accepted >= 60, "accepted \(accepted)")
        #expect(refused >= 20, "refused \(refused)")
    }

    /// The figures of the invoicing rule in exact integer arithmetic, from the texts of the case.
    static func reference(_ example: Case) -> (quantity: Decimal, threshold: Decimal, overage: Decimal, blocks: Decimal, amount: Decimal) {
        let quantity = example.quantities.map(units).reduce(0, +)
        let users = BigUInt(example.users)!
        let threshold = units(example.base) + units(example.perUser) * users
        let overage = quantity > threshold ? quantity - threshold : 0
        let blockSize = units(example.blockSize)
        let blocks = overage == 0 ? 0 : (overage + blockSize - 1) / blockSize
        let minorUnit = Currency(code: example.currency)!.minorUnit
        let divisor = BigUInt(10).power(scale - minorUnit)
        let raw = blocks * units(example.price)  // units of 10⁻⁸
        let amount = (raw + divisor / 2) / divisor  // half away from zero (all values are ≥ 0), units of 10^−minorUnit
        return (decimal(quantity, scale: scale), decimal(threshold, scale: scale), decimal(overage, scale: scale),
                decimal(blocks, scale: 0), decimal(amount, scale: minorUnit))
    }

    /// A decimal text (digits, optional point) in units of 10⁻⁸.
    static func units(_ text: String) -> BigUInt {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return BigUInt(String(parts[0]) + fraction + String(repeating: "0", count: scale - fraction.count))!
    }

    /// The exact Decimal of `value` × 10^−scale, built from its digits.
    static func decimal(_ value: BigUInt, scale: Int) -> Decimal {
        var digits = String(value)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))!
    }

    /// A case whose numbers are mostly within the bounds, with their extremes (the largest allowed
    /// quantity, the smallest block size, the most users), and sometimes beyond them.
    static func makeCase(_ random: inout SeededRandom) -> Case {
        func number(integerDigits: ClosedRange<Int>, decimals: ClosedRange<Int>, beyond: ClosedRange<Int>) -> String {
            switch random.below(10) {
            case 0: // beyond the bound: too many digits, or too many decimals
                return random.below(2) == 0 ? random.digits(random.in(beyond), decimals: random.in(decimals))
                    : random.digits(random.in(integerDigits), decimals: random.in(7...8))
            case 1: // the largest value within the bound
                return String(repeating: "9", count: integerDigits.upperBound) + "." + String(repeating: "9", count: decimals.upperBound)
            case 2: // the smallest positive value
                return "0." + String(repeating: "0", count: decimals.upperBound - 1) + "1"
            default:
                return random.digits(random.in(integerDigits), decimals: random.in(decimals))
            }
        }
        let rows = 1 + random.below(3)
        let users: String = switch random.below(6) {
        case 0: "2147483647"
        case 1: "2147483648"
        default: String(random.below(100_000))
        }
        return Case(
            quantities: (0..<rows).map { _ in number(integerDigits: 1...15, decimals: 0...6, beyond: 16...38) },
            base: number(integerDigits: 1...15, decimals: 0...6, beyond: 16...30),
            perUser: number(integerDigits: 1...15, decimals: 0...6, beyond: 16...30),
            blockSize: number(integerDigits: 1...15, decimals: 0...6, beyond: 16...30),
            price: number(integerDigits: 1...9, decimals: 0...6, beyond: 10...30),
            users: users,
            currency: ["NOK", "JPY", "KWD", "CLF"][random.below(4)])
    }

    /// The dataset of a case: one user plan, ActiveUsers and MailingsEmails rows for 2026-03, one tariff.
    static func files(_ example: Case) -> [String: String] {
        let rows = example.quantities.map { #"{"Period": "2026-03", "Service": "MailingsEmails", "Quantity": "\#($0)"}"# }
        let usage = "[" + (rows + [#"{"Period": "2026-03", "Service": "ActiveUsers", "Quantity": \#(example.users)}"#]).joined(separator: ",\n") + "]"
        let tariffs = #"""
            {"Currency": "\#(example.currency)", "Services": [{"Service": "MailingsEmails", "Unit": "e-mails", "Aggregation": "sum",
             "IncludedBase": "\#(example.base)", "IncludedPerUser": "\#(example.perUser)", "BlockSize": "\#(example.blockSize)",
             "PricePerBlock": "\#(example.price)"}]}
            """#
        return ["license.json": Sample.license, "usage.json": usage, "tariffs.json": tariffs]
    }
}

/// A small deterministic generator (SplitMix64), so that a failing case can be found again by its seed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A number in `range`.
    mutating func `in`(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// A decimal text with `integerDigits` digits (no leading zero unless it is `0`) and `decimals` decimals.
    mutating func digits(_ integerDigits: Int, decimals: Int) -> String {
        var text = integerDigits == 1 ? String(below(10)) : String(1 + below(9))
        for _ in 1..<max(1, integerDigits) { text += String(below(10)) }
        if decimals > 0 { text += "." + (0..<decimals).map { _ in String(below(10)) }.joined() }
        return text
    }
}
