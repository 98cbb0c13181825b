/// The longest text each field may hold, in characters (docs/dataset-format.md, "Limits").
///
/// Names are shown on every page, so a 1 MB `CompanyName` made a 93 MB site: names get 256 characters
/// (SuperOffice's own name fields are shorter), descriptions 1,000, URLs 2,048, messages and notes
/// 10,000. Any other text is bounded by the readers: 1 MiB per CSV field and per JSON string.
enum TextLimits {
    /// The limit of each limited field, by the name the loaders check it under (JSON key or CSV column).
    static let maximumCharacters: [String: Int] = {
        var limits: [String: Int] = [:]
        for name in ["OwnerName", "CompanyName", "SerialNr", "Name", "Unit", "Subscription", "Type", "PreparedFor",
                     "eventname", "status", "type", "registered_associate_id/assocName", "registered_associate_id/fullName"] {
            limits[name] = 256
        }
        for name in ["OwnerDescription", "Description"] { limits[name] = 1_000 }
        for name in ["UpgradeUrl", "InfoUrl"] { limits[name] = 2_048 }
        for name in ["Note", "eventmess"] { limits[name] = 10_000 }
        return limits
    }()

    /// The limit of `field`, `nil` when only the readers' 1 MiB applies.
    static func maximum(for field: String) -> Int? { maximumCharacters[field] }
}
