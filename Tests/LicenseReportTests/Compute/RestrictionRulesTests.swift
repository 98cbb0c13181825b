import Testing
import PropertyBased
@testable import LicenseReport

@Suite struct RestrictionRulesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let activeCount: Int
        let maximum: Int?
        let level: RestrictionLevel
        let percent: Int?
        var testDescription: String { "\(activeCount) of \(maximum.map(String.init) ?? "unlimited")" }
    }

    @Test(arguments: [
        Case(activeCount: 84, maximum: 100, level: .normal, percent: 84),
        Case(activeCount: 85, maximum: 100, level: .approaching, percent: 85),
        Case(activeCount: 99, maximum: 100, level: .approaching, percent: 99),
        Case(activeCount: 100, maximum: 100, level: .reached, percent: 100),
        Case(activeCount: 101, maximum: 100, level: .reached, percent: 101),
        Case(activeCount: 849, maximum: 1000, level: .normal, percent: 84),       // 84.9 % shows 84
        Case(activeCount: 1999, maximum: 2000, level: .approaching, percent: 99),  // 99.95 % shows 99, never 100
        Case(activeCount: 6, maximum: 7, level: .approaching, percent: 85),        // 85.7 %
        Case(activeCount: 11, maximum: 13, level: .normal, percent: 84),           // 84.6 %
        Case(activeCount: 17, maximum: 20, level: .approaching, percent: 85),
        Case(activeCount: 16, maximum: 20, level: .normal, percent: 80),
        Case(activeCount: 1, maximum: 100, level: .normal, percent: 1),
        Case(activeCount: 0, maximum: 100, level: .normal, percent: 0),
        Case(activeCount: 0, maximum: 1, level: .normal, percent: 0),
        Case(activeCount: 1, maximum: 1, level: .reached, percent: 100),
        Case(activeCount: 0, maximum: 0, level: .reached, percent: nil),           // not in the plan
        Case(activeCount: 3, maximum: 0, level: .reached, percent: nil),
        Case(activeCount: 5, maximum: nil, level: .unlimited, percent: nil),
        Case(activeCount: 0, maximum: nil, level: .unlimited, percent: nil),
    ])
    func levelAndPercent(_ c: Case) {
        #expect(RestrictionRules.level(activeCount: c.activeCount, maximum: c.maximum) == c.level)
        #expect(RestrictionRules.percent(activeCount: c.activeCount, maximum: c.maximum) == c.percent)
        let status = RestrictionRules.status(of: Restriction(name: "Active projects", activeCount: c.activeCount, maximum: c.maximum))
        #expect(status == RestrictionStatus(name: "Active projects", activeCount: c.activeCount, maximum: c.maximum,
                                            percent: c.percent, level: c.level))
    }

    @Test func belowMaximumNeverShowsHundredAndLevelAgreesWithPercent() async {
        await propertyCheck(input: Gen.int(in: 1...100_000), Gen.int(in: 0...100_000)) { maximum, seed in
            let activeCount = seed % maximum // always below maximum
            let percent = RestrictionRules.percent(activeCount: activeCount, maximum: maximum)!
            #expect(percent < 100)
            let level = RestrictionRules.level(activeCount: activeCount, maximum: maximum)
            #expect((level == .approaching) == (percent >= 85))
            #expect(level != .reached)
        }
    }

    @Test(arguments: [
        ([RestrictionLevel](), nil as RestrictionLevel?),
        ([.unlimited], .unlimited),
        ([.normal, .unlimited], .normal),
        ([.normal, .approaching, .unlimited], .approaching),
        ([.approaching, .reached, .normal], .reached),
    ])
    func worstLevel(levels: [RestrictionLevel], expected: RestrictionLevel?) {
        let statuses = levels.map { RestrictionStatus(name: "x", activeCount: 0, maximum: nil, percent: nil, level: $0) }
        #expect(RestrictionRules.worstLevel(of: statuses) == expected)
    }
}
