import Foundation
@testable import LicenseReport

/// The sample report with a hostile string in every text field: markup, quotes, ampersands, table pipes,
/// Markdown emphasis and link characters, backticks and line breaks, each tagged with its field name
/// so a test can find every one of them on the pages.
enum HostileReport {
    /// The hostile text of a field: `<script>alert("FIELD")</script> "'& | *_[ ` + "`x`" + ` \n FIELD end`.
    static func text(_ field: String) -> String {
        "<script>alert(\"\(field)\")</script> \"'& | *_[ `x` \n \(field) end"
    }

    /// Every field tagged, for assertions.
    static let fields = [
        "datasetName", "subscription", "type", "preparedFor", "timeZone",
        "ownerName1", "ownerDescription1", "companyName1", "serialNr1", "licenseName1", "licenseDescription1",
        "ownerName2", "companyName2", "serialNr2", "licenseName2", "licenseDescription2",
        "restrictionName", "unit", "eventName", "eventStatus", "eventMessage", "fullName", "assocName", "eventType",
        "eventDescription",
    ]

    /// The hostile report (admin audience renders the Upgrade links too).
    static func report() -> Report {
        var report = SampleReport.moduleBased()
        report.datasetName = text("datasetName")
        report.status.subscription = text("subscription")
        report.status.type = text("type")
        report.status.preparedFor = text("preparedFor")
        report.status.timeZoneIdentifier = text("timeZone")
        report.status.upgradeURL = "javascript:alert('upgrade')"
        report.status.infoURL = "https://example.com/info?a=1&b=\"2\"<3>(4) `5`|6"
        for index in report.owners.indices {
            let n = index + 1
            report.owners[index].ownerName = text("ownerName\(n)")
            report.owners[index].ownerDescription = n == 1 ? text("ownerDescription1") : ""
            report.owners[index].companyName = text("companyName\(n)")
            report.owners[index].serialNr = text("serialNr\(n)")
            report.owners[index].licenses[0].name = text("licenseName\(n)")
            report.owners[index].licenses[0].description = text("licenseDescription\(n)")
        }
        report.customer = Customer(companyName: report.owners[0].companyName, serialNr: report.owners[0].serialNr)
        report.restrictions[1].name = text("restrictionName")
        for month in report.usageMonths.indices {
            for line in report.usageMonths[month].lines.indices { report.usageMonths[month].lines[line].unit = text("unit") }
        }
        report.events[0].event = text("eventName")
        report.events[0].status = text("eventStatus")
        report.events[0].message = text("eventMessage")
        report.events[0].scopeLabel = text("eventType")
        report.events[0].scope = 0  // a scope the catalogues have no word for: the page shows the label itself
        report.events[0].description = text("eventDescription")
        report.events[0].activatedBy = Associate(assocName: "x", fullName: text("fullName"),
                                                 portraitThumbnail: "javascript:alert('portrait')")
        report.events[1].activatedBy = Associate(assocName: text("assocName"), fullName: "",
                                                 portraitThumbnail: "data:image/svg+xml,<svg onload=alert(1)>")
        return report
    }
}
