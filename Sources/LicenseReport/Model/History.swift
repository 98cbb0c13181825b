/// The snapshots of earlier builds and today's, oldest first, one per report date, at most
/// `HistoryRules.maximumSnapshots` (written as `history.json`).
public struct History: Hashable, Sendable {
    /// The customer's serial number the history belongs to; a history of another serial number is
    /// foreign and not continued.
    public var serialNr: String = ""
    /// Oldest first, strictly increasing dates.
    public var snapshots: [HistorySnapshot] = []
}
