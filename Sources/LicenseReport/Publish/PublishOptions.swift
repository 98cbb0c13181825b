/// How a publish waits for another build, makes the new site durable, and can be interrupted; the
/// defaults are what `license-report build` uses (docs/command-line.md, "Publishing").
public struct PublishOptions: Sendable {
    /// How long to wait for another build that is publishing to the same output (it holds the lock);
    /// `.zero` fails at once with `.outputLocked`.
    public var lockWait: Duration
    /// How the staged site is flushed to disk before it is swapped in.
    public var durability: PublishDurability
    /// A token that stops this publish (staging folder removed, output unchanged) when it is interrupted,
    /// so that a signal handler can clean up before the process ends; `nil`: not interruptible.
    public var interruption: PublishInterruption?
    /// Called once, on the publishing thread, when the publish starts waiting for the lock, with a
    /// `.waitingForLock` warning to show the user.
    public var onWait: (@Sendable (Diagnostic) -> Void)?
    /// The operations tests replace (an old site that cannot be removed, counted flushes).
    var fileSystem: PublishFileSystem = .live

    /// Written by hand because the command line builds options while `fileSystem` stays internal.
    public init(lockWait: Duration = .seconds(60), durability: PublishDurability = .syncFileSystem,
                interruption: PublishInterruption? = nil, onWait: (@Sendable (Diagnostic) -> Void)? = nil) {
        self.lockWait = lockWait
        self.durability = durability
        self.interruption = interruption
        self.onWait = onWait
    }
}

/// How the new site reaches stable storage before it replaces the old one. Either way, after a power
/// loss the output folder is the complete old site or the complete new one (never a mix, never an empty
/// file); they differ in cost only (docs/performance.md, "Publishing").
public enum PublishDurability: Hashable, Sendable {
    /// One `syncfs(2)` of the staging folder's file system: one call however many files, but it also
    /// flushes other programs' unwritten data on that file system. `Publisher.commit` shares one call
    /// between many sites.
    case syncFileSystem
    /// `fsync(2)` of every file and folder of the site: costs one flush per file, touches nothing else.
    case syncEachFile
}

/// What a successful publish reports.
public struct PublishResult: Hashable, Sendable {
    /// The folder that now holds the new site (symbolic links resolved).
    public var output: String
    /// Warnings (severity `.warning`, stage `.publish`): a previous site or a stale staging folder that
    /// could not be removed, a flush that failed after the swap. The build still succeeded; show them.
    public var warnings: [Diagnostic]
}
