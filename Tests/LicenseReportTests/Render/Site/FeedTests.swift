import Foundation
import Testing
import XMLValidation
@testable import LicenseReport

/// feed.xml (issue 12): valid for the sample (its golden file is in `GlanceGoldenTests`), entry ids stable from build to build, RFC 4287 checked with
/// libxml2, the badge.
@Suite struct FeedTests {
    @Test func sampleFeedIsValidAtom() throws {
        let feed = AtomFeed.render(SampleReport.moduleBased())
        #expect(RelaxNGValidator.validate(Array(feed.utf8), schema: Array(AtomSchema.relaxNG.utf8)) == [])
    }

    /// Entry ids and titles of a feed, in order.
    static func entries(_ feed: String) -> [(id: String, title: String)] {
        feed.components(separatedBy: "<entry>").dropFirst().map { entry in
            func text(_ tag: String) -> String {
                entry.components(separatedBy: "<\(tag)>")[1].components(separatedBy: "</\(tag)>")[0]
            }
            return (text("id"), text("title"))
        }
    }

    @Test func theSameChangeKeepsItsIdInLaterBuilds() throws {
        // Build 3 (2026-03-15) of the sample, then build 4 a day later with one more change.
        let third = SampleReport.moduleBased()
        var figures = SampleReport.moduleBasedFigures()
        figures.asOf = SampleReport.date("2026-03-16")
        figures.restrictions[0].activeCount = 2
        let fourth = ReportBuilder.addingGlance(to: figures, warnDays: 30, previousHistory: third.history)
        let before = Self.entries(AtomFeed.render(third))
        let after = Self.entries(AtomFeed.render(fourth))
        #expect(before.count == 9)  // 6 changes on 03-15, 3 on 03-14
        #expect(after.count == before.count + 1)
        #expect(after.first?.title == "Active projects 1 → 2 of 100")
        #expect(Array(after.dropFirst()).map(\.id) == before.map(\.id))
        #expect(Set(after.map(\.id)).count == after.count)
        // The same build rendered again gives the same feed.
        #expect(AtomFeed.render(fourth) == AtomFeed.render(ReportBuilder.addingGlance(to: figures, warnDays: 30, previousHistory: third.history)))
    }

    @Test func idsAreVersion8UUIDsOfTheFields() {
        let id = StableID.urn(["a", "b"])
        #expect(id.count == "urn:uuid:".count + 36)
        let hex = Array(id.dropFirst("urn:uuid:".count))
        #expect(hex[14] == "8")
        #expect(["8", "9", "a", "b"].contains(hex[19]))
        #expect(StableID.urn(["a", "b"]) == id)
        #expect(StableID.urn(["ab"]) != id)
        #expect(StableID.urn(["a", "c"]) != id)
    }

    @Test(arguments: [
        ("<id>urn:uuid:2fa9ffd6</id>\n", ""),
        ("<updated>", "<updated>yesterday"),
        ("<title>", "<subtitle>x</subtitle><title>"),
    ])
    func aFeedThatBreaksRFC4287FailsValidation(old: String, new: String) throws {
        let feed = AtomFeed.render(SampleReport.moduleBased())
        let broken: String
        if old.hasPrefix("<id>") {
            // Remove the feed's own id (the first one).
            let start = try #require(feed.range(of: "<id>"))
            let end = try #require(feed.range(of: "</id>\n", range: start.upperBound..<feed.endIndex))
            broken = String(feed[..<start.lowerBound]) + String(feed[end.upperBound...])
        } else {
            broken = feed.replacingOccurrences(of: old, with: new)
        }
        let findings = RelaxNGValidator.validate(Array(broken.utf8), schema: Array(AtomSchema.relaxNG.utf8))
        #expect(!findings.isEmpty)
        let problems = SiteValidator.validate([RenderedFile(path: "feed.xml", text: broken)])
        #expect(problems.contains { $0.message.hasPrefix("feed is not valid Atom (RFC 4287)") }, "\(problems)")
    }

    @Test func feedTimesAreLocalMidnightWithTheOffsetOfThatDay() {
        #expect(AtomFeed.timestamp(CalendarDate(iso: "2026-01-15")!, timeZone: "Europe/Oslo") == "2026-01-15T00:00:00+01:00")
        #expect(AtomFeed.timestamp(CalendarDate(iso: "2026-07-15")!, timeZone: "Europe/Oslo") == "2026-07-15T00:00:00+02:00")
        #expect(AtomFeed.timestamp(CalendarDate(iso: "2026-07-15")!, timeZone: "America/New_York") == "2026-07-15T00:00:00-04:00")
        #expect(AtomFeed.timestamp(CalendarDate(iso: "2026-03-29")!, timeZone: "Europe/Oslo") == "2026-03-29T00:00:00+01:00")
    }

    @Test(arguments: [(StatusLevel.normal, "#2e7d32"), (.warning, "#ffc107"), (.error, "#c62828")])
    func badgeShowsTheWorstState(level: StatusLevel, colour: String) {
        let headline = StatusHeadline(level: level)
        #expect(BadgeSVG.render(headline).contains("fill=\"\(colour)\""))
    }
}
