import ArgumentParser
import Foundation
import LicenseReport

/// `license-report index OUTPUT`: merges the shards' parts of a fleet into its overview (issue 9).
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Merge the parts every build-all shard wrote into the fleet overview OUTPUT/index.html, index.md, index.json.",
        discussion: "Run it once after every shard of build-all --shard K/N is done. Exit codes: 0 written (warnings name missing parts), 65 a part cannot be read, 66 OUTPUT not found, 70 templates or validation, 73 cannot write."
    )

    @Argument(help: "The fleet's output folder (build-all --output).")
    var output: String

    @OptionGroup var templates: TemplatesOptions

    @OptionGroup var publishing: PublishingOptions

    @Option(name: .customLong("locale"), help: ArgumentHelp(
        "The language of the overview: \(LocaleCode.allCases.map(\.rawValue).joined(separator: ", ")) (default en); pass build-all's --locale.",
        valueName: "code"))
    var locale: LocaleCode = .en

    func run() throws {
        do {
            let renderer = try SiteRenderer(templatesDirectory: templates.directory)
            let result = try FleetIndex.publish(output: output, renderer: renderer, locale: locale, options: publishing.publishOptions())
            Diagnostics.print(result.warnings)
            print("Wrote the overview of \(FleetText.customers(result.tenants)) to \(TerminalText.shown(output))/index.html, index.md and index.json from \(CountText.of(result.parts.count, "part")): \(result.parts.joined(separator: ", ")).")
        } catch {
            throw Diagnostics.exit(error)
        }
    }
}
