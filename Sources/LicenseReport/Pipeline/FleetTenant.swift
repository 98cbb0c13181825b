import Foundation

/// The rule for a tenant's folder name in `build-all`: the name becomes one URL path segment of the
/// published fleet (`OUTPUT/<name>/index.html`) and a folder name beside the overview, so it must need no
/// percent-encoding, never be a hidden or special name, and never collide with the overview's own files.
///
/// Safe: 1 to 255 bytes of `A-Z a-z 0-9 . _ -` (RFC 3986's unreserved characters without `~`, which
/// some servers treat as a home folder), not starting with `.` (hidden files, `.` and `..`, and the
/// `.NAME.publish`/`.shards` folders of the fleet itself), and none of `index.html`, `index.md`,
/// `index.json` (the overview). Case is kept: two names that differ in case are two tenants.
public enum FleetTenantName {
    /// The overview's files in the output folder, which no tenant may be named.
    public static let reserved: Set<String> = ["index.html", "index.md", "index.json"]

    /// The longest name: most file systems' limit for one path component (NAME_MAX).
    public static let maximumBytes = 255

    /// True when `name` follows the rule (see the type's comment).
    public static func isSafe(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= maximumBytes, bytes[0] != UInt8(ascii: "."), !reserved.contains(name) else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"): true
            default: false
            }
        }
    }
}

/// One tenant of a fleet: a dataset folder directly inside ROOT, one that holds `license.json` or any other
/// dataset file.
public struct FleetTenant: Hashable, Sendable {
    /// The folder's name, the tenant's identity (its site is `OUTPUT/<name>/`, its shard is decided by it).
    public var name: String
    /// The dataset folder's path (ROOT/name).
    public var folder: String

    /// A tenant.
    public init(name: String, folder: String) {
        self.name = name
        self.folder = folder
    }

    /// The names that make a folder a dataset: every dataset file, `license.json` first, and the `FencingInfo` folder.
    static let datasetEntries = ["license.json"] + InputLimits.fileNames.filter { $0 != "license.json" } + [FencingLoader.folder]

    /// The tenants of `root`, sorted by name (byte order of the UTF-8 names): every entry that is a folder
    /// (a link to one counts) holding `license.json`, or holding another dataset file (`status.json`,
    /// `usage.csv`, `fencing/`, …) without it. Other folders are not tenants and are skipped (a shared ROOT
    /// may hold other things); unsafe names are tenants too, refused later one by one.
    ///
    /// Why the other files count: a customer's export that lost its `license.json` is a broken dataset, not
    /// a customer that left, and must fail (keeping its previous site) rather than have its site removed.
    /// - Throws: `DiagnosticError` `.folderNotFound` when ROOT is not a folder, `.unreadableFolder` when it cannot be listed.
    public static func discover(in root: String) throws(DiagnosticError) -> [FleetTenant] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError([Diagnostic(.folderNotFound(path: root))])
        }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: root)
        } catch {
            throw DiagnosticError([Diagnostic(.unreadableFolder(path: root, detail: SystemError.text(SystemError.code(of: error))))])
        }
        let base = root.hasSuffix("/") ? root : root + "/"
        return names.compactMap { name -> FleetTenant? in
            let folder = base + name
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
                  datasetEntries.contains(where: { fm.fileExists(atPath: folder + "/" + $0) }) else { return nil }
            return FleetTenant(name: name, folder: folder)
        }.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
    }
}
