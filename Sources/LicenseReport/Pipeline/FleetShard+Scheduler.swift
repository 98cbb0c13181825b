extension FleetShard {
    /// Kubernetes Indexed Jobs: the pod's completion index, 0-based.
    public static let kubernetesIndexVariable = "JOB_COMPLETION_INDEX"
    /// Slurm job arrays: the task's array index (whatever `--array` says; docs/fleet.md uses `--array=0-(N-1)`).
    public static let slurmIndexVariable = "SLURM_ARRAY_TASK_ID"
    /// Slurm job arrays: the number of tasks in the array.
    public static let slurmCountVariable = "SLURM_ARRAY_TASK_COUNT"
    /// Slurm job arrays: the lowest array index, which must be 0 for the index to be 0-based.
    public static let slurmMinimumVariable = "SLURM_ARRAY_TASK_MIN"

    /// The shard a run builds, from the command line and the scheduler's environment:
    /// - `--shard K/N` (1-based), alone;
    /// - `--shard-index I --shard-count N` (0-based, GitHub Actions' `strategy.job-index`/`job-total`);
    /// - `--shard-count N` alone: the index from `JOB_COMPLETION_INDEX` (Kubernetes), else
    ///   `SLURM_ARRAY_TASK_ID` (Slurm, whose `SLURM_ARRAY_TASK_MIN` must then be 0 and
    ///   `SLURM_ARRAY_TASK_COUNT`, when set, equal N);
    /// - none of them: the whole fleet. The environment is never read without `--shard-count`, so a
    ///   build-all that happens to run inside a job array is not split by surprise.
    /// - Returns: the shard, or the message saying what is wrong (exit 64).
    public static func resolve(shard: String?, index: String?, count: String?, environment: [String: String]) -> Result<FleetShard, ShardError> {
        if let shard {
            guard index == nil, count == nil else { return .failure(ShardError("--shard K/N cannot be combined with --shard-index or --shard-count")) }
            guard let parsed = FleetShard(parsing: shard) else {
                return .failure(ShardError("--shard '\(TerminalText.shown(shard))' is not K/N with whole numbers 1 ≤ K ≤ N (for example 2/4)"))
            }
            return .success(parsed)
        }
        guard let count else {
            return index == nil ? .success(.all) : .failure(ShardError("--shard-index needs --shard-count N"))
        }
        guard let total = wholeNumber(count), total >= 1 else {
            return .failure(ShardError("--shard-count '\(TerminalText.shown(count))' is not a whole number of at least 1"))
        }
        let source: String, text: String
        if let index {
            (source, text) = ("--shard-index", index)
        } else if let value = environment[kubernetesIndexVariable] {
            (source, text) = (kubernetesIndexVariable, value)
        } else if let value = environment[slurmIndexVariable] {
            if let minimum = environment[slurmMinimumVariable], wholeNumber(minimum) != 0 {
                return .failure(ShardError("\(slurmMinimumVariable) is \(TerminalText.shown(minimum)), but the shard index must start at 0: submit the array with --array=0-\(total - 1)"))
            }
            if let slurmCount = environment[slurmCountVariable], wholeNumber(slurmCount) != total {
                return .failure(ShardError("--shard-count \(total) differs from \(slurmCountVariable) \(TerminalText.shown(slurmCount)): pass --shard-count \"$\(slurmCountVariable)\""))
            }
            (source, text) = (slurmIndexVariable, value)
        } else {
            return .failure(ShardError("--shard-count without --shard-index reads the shard's index from \(kubernetesIndexVariable) (Kubernetes) or \(slurmIndexVariable) (Slurm), and neither is set"))
        }
        guard let value = wholeNumber(text), value < total else {
            return .failure(ShardError("\(source) '\(TerminalText.shown(text))' is not a whole number from 0 to \(total - 1) (0-based, with --shard-count \(total))"))
        }
        return .success(FleetShard(number: value + 1, count: total)!)
    }

    /// A non-negative decimal number without sign or spaces.
    private static func wholeNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}

/// Why the shard options cannot be used (`FleetShard.resolve`).
public struct ShardError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message, terminal-safe.
    public let description: String
    init(_ description: String) { self.description = description }
}
