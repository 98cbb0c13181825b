import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a helper program (Chromium, pdfinfo, pdftotext) to completion or to a time limit.
///
/// Foundation's `Process`, not swift-subprocess: the pipeline is synchronous (DESIGN.md: no concurrency
/// unless it buys measured speed), and swift-subprocess 1.0.2 is async-only, so it would need a bridge
/// from async to sync for no gain and one more package. On Linux `Process` starts the child in a process
/// group of its own (pgid = pid), so a time-out can stop the child *and* everything it started
/// (Chromium's zygote, renderer, GPU and crash-handler processes) with one `kill(-pid, SIGKILL)`.
/// Output goes to files in the caller's private folder, so a full pipe can never block the child.
struct ExternalProcess {
    /// How a run ended.
    enum Outcome: Equatable {
        /// The program exited (or was killed by a signal: status 128 + signal) on its own.
        case exited(status: Int32, standardOutput: [UInt8], standardError: String)
        /// It ran past the time limit; it and its process group were killed.
        case timedOut
        /// It could not be started (not executable, not found): the system's reason.
        case cannotStart(String)
    }

    /// The program's path.
    var executable: String
    /// Its arguments.
    var arguments: [String]
    /// Its whole environment (nothing is inherited that is not listed).
    var environment: [String: String]
    /// The folder it runs in; its standard output and error are written there too.
    var directory: URL
    /// The time limit in seconds.
    var timeoutSeconds: Int

    /// Starts the program and waits for it, at most `timeoutSeconds`.
    func run() -> Outcome {
        let name = URL(fileURLWithPath: executable).lastPathComponent
        let outURL = directory.appendingPathComponent(".\(name).stdout")
        let errURL = directory.appendingPathComponent(".\(name).stderr")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
              FileManager.default.createFile(atPath: errURL.path, contents: nil),
              let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL) else {
            return .cannotStart("cannot create its output files in \(directory.path)")
        }
        defer {
            try? out.close()
            try? err.close()
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .cannotStart((error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        let group = process.processIdentifier
        let timedOut = finished.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut
        // Also after a normal exit: a helper the program left behind (Chromium's crash handler) goes too.
        // The group id stays reserved while any member lives, so this reaches no one else.
        kill(-group, SIGKILL)
        if timedOut {
            finished.wait()
            return .timedOut
        }
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        let output = (try? Data(contentsOf: outURL)).map { [UInt8]($0) } ?? []
        let errors = (try? Data(contentsOf: errURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return .exited(status: status, standardOutput: output, standardError: errors)
    }

    /// The full path of the first of `names` that is an executable file in a folder of `searchPath`
    /// (`PATH`, `:`-separated), or `nil`. A name with a `/` is taken as a path.
    static func find(_ names: [String], searchPath: String) -> String? {
        for name in names {
            if name.contains("/") {
                if FileManager.default.isExecutableFile(atPath: name) { return name }
                continue
            }
            for folder in searchPath.split(separator: ":") where !folder.isEmpty {
                let candidate = "\(folder)/\(name)"
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate) {
                    return candidate
                }
            }
        }
        return nil
    }
}
