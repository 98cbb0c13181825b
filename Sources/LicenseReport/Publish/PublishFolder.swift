import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folder `.NAME.publish/` beside an output folder NAME: the lock file `lock` that serialises the
/// builds publishing to NAME, and one empty record file per staging folder that may exist
/// (`staging-XXXXXX` for the folder `.NAME.staging-XXXXXX` beside the output). It stays between builds,
/// so the lock file is never deleted while a build could hold it.
///
/// Every build holds the lock from before it records and creates its staging folder until its previous
/// site is removed, so a recorded staging folder found by a build that holds the lock belongs to a build
/// that died (`kill -9`, power loss): `removeStale` removes it. The records spare a look through the
/// whole parent folder (a fleet's holds thousands of sites), and a folder that was never recorded (of
/// another program, or of an older license-report, `.NAME.staging-PID`) is never touched. A record is
/// created before its folder and removed after it, and the journal of the file system keeps that order,
/// so no staging folder outlives its record, not even across a power loss.
///
/// `.NAME.publish/` gets the permissions of the output's parent folder when it is created.
///
/// The staging folder is beside the output, not inside `.NAME.publish/`, so that the swap renames within
/// one folder: moving a folder to another parent needs write permission on the folder itself, which a
/// build replacing a site of another owner does not have.
struct PublishFolder {
    /// The output folder (absolute, symbolic links resolved).
    let output: URL
    /// The output as the caller named it, for messages.
    let displayPath: String
    /// Open descriptors: the output's parent, this folder, and its lock file.
    let parent: Int32, folder: Int32, lock: Int32

    /// The output's name inside its parent.
    var outputName: String { output.lastPathComponent }
    /// This folder's path.
    var path: String { output.deletingLastPathComponent().appendingPathComponent(".\(outputName).publish").path }
    /// The lock file's path.
    var lockPath: String { path + "/lock" }

    /// Creates (when absent) the output's parent and `.NAME.publish/`, and opens its lock file, unlocked.
    /// - Throws: `DiagnosticError` `.cannotWrite`; nothing is left open.
    static func open(beside output: URL, as displayPath: String) throws(DiagnosticError) -> PublishFolder {
        let parentURL = output.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parentURL, withIntermediateDirectories: true)
        } catch {
            throw cannotWrite(displayPath, SystemError.text(SystemError.code(of: error)))
        }
        let name = ".\(output.lastPathComponent).publish"
        let parent = Glibc.open(parentURL.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard parent >= 0 else { throw cannotWrite(displayPath, SystemError.text(errno)) }
        if mkdirat(parent, name, 0o700) == 0 {
            // The permissions of the folder it is in: whoever may publish into the parent (a shared,
            // group- or world-writable folder) may record staging folders here, and no one else.
            var status = stat()
            if fstat(parent, &status) == 0 { fchmodat(parent, name, status.st_mode & 0o7777, 0) }
        } else if errno != EEXIST {
            let code = errno
            Glibc.close(parent)
            throw cannotWrite(displayPath, SystemError.text(code))
        }
        let folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else {
            let code = errno
            Glibc.close(parent)
            throw cannotWrite(displayPath, "\(parentURL.appendingPathComponent(name).path) is not a folder (\(SystemError.text(code)))")
        }
        // Read-only suffices for flock(2), so users who may only read the lock file can still take it.
        let lock = openat(folder, "lock", O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o666)
        var status = stat()
        guard lock >= 0, fstat(lock, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            let code = lock >= 0 ? EINVAL : errno
            if lock >= 0 { Glibc.close(lock) }
            Glibc.close(folder)
            Glibc.close(parent)
            throw cannotWrite(displayPath, "\(parentURL.appendingPathComponent(name).path)/lock is not a regular file (\(SystemError.text(code)))")
        }
        return PublishFolder(output: output, displayPath: displayPath, parent: parent, folder: folder, lock: lock)
    }

    /// Takes the output's lock (`flock(2)`, exclusive; it belongs to this open file description, so two
    /// threads of one process exclude each other as two processes do). When another build holds it, calls
    /// `options.onWait` once and polls, because `flock` has no timeout and a blocked call cannot notice an
    /// interruption.
    /// - Throws: `.outputLocked` after `options.lockWait`, `.publishInterrupted`, `.cannotWrite`.
    func acquireLock(_ options: PublishOptions) throws(DiagnosticError) {
        if flock(lock, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK || errno == EINTR else { throw Self.cannotWrite(displayPath, "\(lockPath): \(SystemError.text(errno))") }
        let seconds = Int(options.lockWait.components.seconds)
        let deadline = ContinuousClock.now + options.lockWait
        if options.lockWait > .zero {
            options.onWait?(Diagnostic(.waitingForLock(path: displayPath, lockFile: lockPath, seconds: seconds), severity: .warning))
        }
        var pause = 10_000 as UInt32
        while true {
            if options.interruption?.isInterrupted == true {
                throw DiagnosticError([Diagnostic(.publishInterrupted(path: displayPath))])
            }
            let left = deadline - ContinuousClock.now
            if left <= .zero {
                throw DiagnosticError([Diagnostic(.outputLocked(path: displayPath, lockFile: lockPath, seconds: seconds))])
            }
            usleep(min(pause, UInt32(left.components.seconds * 1_000_000 + left.components.attoseconds / 1_000_000_000_000) + 1))
            pause = min(pause * 2, 200_000)
            if flock(lock, LOCK_EX | LOCK_NB) == 0 { return }
            guard errno == EWOULDBLOCK || errno == EINTR else { throw Self.cannotWrite(displayPath, "\(lockPath): \(SystemError.text(errno))") }
        }
    }

    /// The name beside the output of the folder a record stands for: `staging-X` → `.NAME.staging-X`.
    func folderName(record: String) -> String { ".\(outputName).\(record)" }

    /// The path of a folder beside the output.
    func pathBeside(_ name: String) -> String { output.deletingLastPathComponent().appendingPathComponent(name).path }

    /// Removes the recorded staging folders of builds that died; call it holding the lock. When the output
    /// is missing and a previous site waits in `.NAME.old-X` (a crash between the two renames of the
    /// fallback swap), that site is put back first.
    /// - Returns: a `.staleStagingLeftBehind` warning for each folder that could not be removed (its
    ///   record stays, so the next build tries again).
    func removeStale(using fileSystem: PublishFileSystem) -> [Diagnostic] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        let records = entries.filter { $0.hasPrefix("staging-") || $0.hasPrefix("old-") }.sorted()
        var status = stat()
        if fstatat(parent, outputName, &status, AT_SYMLINK_NOFOLLOW) != 0 && errno == ENOENT,
           let previous = records.first(where: { $0.hasPrefix("old-") }) {
            renameat(parent, folderName(record: previous), parent, outputName)
        }
        return records.compactMap { record in
            let name = folderName(record: record)
            if fstatat(parent, name, &status, AT_SYMLINK_NOFOLLOW) == 0 {
                let code = fileSystem.removeTree(pathBeside(name))
                if code != 0 {
                    return Diagnostic(.staleStagingLeftBehind(path: pathBeside(name), detail: SystemError.text(code)), severity: .warning)
                }
            }
            forget(record)
            return nil
        }
    }

    /// Records, then creates, an empty folder `.NAME.PREFIX-XXXXXX` beside the output with a name no other
    /// build has (six random letters and digits; `O_EXCL` and `mkdir` refuse a name that exists). Not
    /// `mkdtemp(3)`, whose folder is always mode 0700: the staging folder becomes the site, which the web
    /// server must read, so it gets the mode every other folder of the site gets (0777 less the umask).
    /// - Returns: the record's name, the folder's name beside the output, and an open descriptor of it.
    func makeFolder(prefix: String) throws(DiagnosticError) -> (record: String, name: String, descriptor: Int32) {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let record = prefix + "-" + String((0..<6).map { _ in alphabet.randomElement(using: &generator)! })
            let name = folderName(record: record)
            let file = openat(folder, record, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if file < 0 {
                if errno == EEXIST { continue }
                throw Self.cannotWrite(displayPath, "\(path)/\(record): \(SystemError.text(errno))")
            }
            Glibc.close(file)
            if mkdirat(parent, name, 0o777) != 0 {
                let code = errno
                forget(record)
                if code == EEXIST { continue } // someone else's folder: never used, never removed
                throw Self.cannotWrite(displayPath, "\(pathBeside(name)): \(SystemError.text(code))")
            }
            let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { throw Self.cannotWrite(displayPath, "\(pathBeside(name)): \(SystemError.text(errno))") }
            return (record, name, descriptor)
        }
        throw Self.cannotWrite(displayPath, "\(path): no unused staging folder name after 100 tries")
    }

    /// Removes a record, once its folder is gone.
    func forget(_ record: String) {
        unlinkat(folder, record, 0)
    }

    /// Closes the descriptors; closing the lock file releases the lock.
    func close() {
        Glibc.close(lock)
        Glibc.close(folder)
        Glibc.close(parent)
    }

    static func cannotWrite(_ path: String, _ detail: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.cannotWrite(path: path, detail: detail))])
    }
}
