/// The language and regional formats of the pages (`--locale`, status.json `Locale`): a BCP 47 language
/// code whose words come from `templates/languages/<code>.json` and whose numbers and dates come from
/// CLDR (docs/templates.md, "Languages"). A setting, not text: Model and Compute never read it.
public enum LocaleCode: String, CaseIterable, Hashable, Sendable, Comparable {
    /// English (the default); numbers `1,234.50 NOK`, dates `2026-11-29`, as before issue 13.
    case en
    /// Norwegian Bokmål: `1 234,50 NOK` (U+00A0 groups), `29. november 2026`.
    case nb
    /// Swedish: `1 234,50 NOK`, `29 november 2026`.
    case sv
    /// Danish: `1.234,50 NOK`, `29. november 2026`.
    case da
    /// German: `1.234,50 NOK`, `29. November 2026`.
    case de
    /// Dutch: `NOK 1.234,50`, `29 november 2026`.
    case nl

    /// The locale of a build: the command line's `--locale`, else status.json's `Locale`, else English.
    public static func resolve(commandLine: LocaleCode?, status: LocaleCode?) -> LocaleCode {
        commandLine ?? status ?? .en
    }

    /// In the order of `allCases` (English first), so lists of codes read the same everywhere.
    public static func < (lhs: LocaleCode, rhs: LocaleCode) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
