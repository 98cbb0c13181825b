/// The largest file the loaders read of each dataset file, in bytes (docs/dataset-format.md, "Limits").
///
/// The JSON files are parsed whole, so their limit bounds memory: a licence export is a few kilobytes,
/// and 4 MiB leaves room for thousands of licences. The CSV files stream in bounded memory, so their
/// limit bounds time only: 16 GiB of usage reads in about 20 minutes. Events are all shown on one page;
/// a data URI portrait per event makes their files larger than the other small ones.
enum InputLimits {
    /// The limit of every file a dataset may hold, by name.
    static let maximumBytes: [String: Int] = [
        "license.json": 4 * mebibyte,
        "status.json": 4 * mebibyte,
        "tariffs.json": 4 * mebibyte,
        "events.json": 16 * mebibyte,
        "events.csv": 64 * mebibyte,
        "usage.json": 1024 * mebibyte,
        "usage.csv": 16 * 1024 * mebibyte,
    ]

    /// The dataset files, in the order they are looked for.
    static let fileNames = maximumBytes.keys.sorted()

    /// The limit for a file named like the last component of `path`; 4 MiB for a name not in the table
    /// (the `FencingInfo` responses in `fencing/`).
    static func maximumBytes(forPath path: String) -> Int {
        maximumBytes[String(path.split(separator: "/").last ?? "")] ?? 4 * mebibyte
    }

    private static let mebibyte = 1 << 20
}
