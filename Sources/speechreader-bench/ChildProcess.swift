#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Child processes started with `posix_spawn` and reaped with `wait4`, timed from spawn to exit.
enum ChildProcess {
    /// How a finished child did.
    struct Outcome {
        /// Wall time from just before `posix_spawn` to the reaping `wait4`, in seconds.
        let seconds: Double
        /// The exit status, or 128 + the signal number.
        let status: Int32
    }

    /// Where the child's standard streams go.
    enum Streams {
        /// stdin and stdout from/to /dev/null, stderr to the given file (for error messages).
        case null(stderrPath: String)
        /// All three on the terminal device at this path, opened in the child after `setsid`,
        /// so it becomes the child's controlling terminal (`less` reads keys from /dev/tty).
        case terminal(path: String)
    }

    /// `POSIX_SPAWN_SETSID` (glibc ≥ 2.26), not imported into Swift.
    private static let spawnSetSID: Int32 = 0x80

    /// Starts `executable` with `arguments` and exactly `environment`; returns its pid.
    static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String],
        streams: Streams
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        var flags = Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)
        switch streams {
        case .null(let stderrPath):
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        case .terminal(let path):
            flags |= spawnSetSID
            posix_spawn_file_actions_addopen(&actions, 0, path, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        }
        posix_spawnattr_setflags(&attributes, Int16(truncatingIfNeeded: flags))
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw BenchmarkError.system("posix_spawn \(executable)", result) }
        return pid
    }

    /// Waits for `pid` (at most `timeout` seconds, then kills it and throws) and returns its
    /// status and resource usage, with the time it was reaped.
    static func wait(_ pid: pid_t, timeout: Double) throws -> (status: Int32, usage: rusage, reaped: Double) {
        let deadline = Clock.now() + timeout
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let result = wait4(pid, &status, WNOHANG, &usage)
            if result == pid { break }
            if result < 0, errno != EINTR { throw BenchmarkError.system("wait4", errno) }
            if Clock.now() > deadline {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                throw BenchmarkError("process \(pid) did not finish within \(Int(timeout)) s; killed")
            }
            usleep(100)
        }
        let reaped = Clock.now()
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return (code, usage, reaped)
    }

    /// Runs a command to completion with its output discarded; throws if it exits with a status
    /// other than those in `acceptedStatuses` (its stderr is quoted).
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String],
        scratch: String, timeout: Double = 300, acceptedStatuses: Set<Int32> = [0]
    ) throws -> Outcome {
        let stderrPath = scratch + "/stderr.txt"
        let start = Clock.now()
        let pid = try spawn(executable, arguments, environment: environment, streams: .null(stderrPath: stderrPath))
        let (status, _, reaped) = try wait(pid, timeout: timeout)
        guard acceptedStatuses.contains(status) else {
            let message = (try? FileSystem.readText(stderrPath)) ?? ""
            throw BenchmarkError(
                "\(executable) \(arguments.joined(separator: " ")) exited with \(status): "
                    + message.trimmingTrailingNewlines)
        }
        return Outcome(seconds: reaped - start, status: status)
    }
}

extension String {
    /// Without trailing line breaks.
    var trimmingTrailingNewlines: String {
        var result = self
        while result.last?.isNewline == true { result.removeLast() }
        return result
    }
}
