import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs programs for tests with `posix_spawn` and `waitpid`, collecting their output: the one
/// process runner of the test targets.
///
/// Not `Foundation.Process`: on Linux, `waitUntilExit()` from several test threads at once was
/// seen to hang for good with the children left unreaped (swift-corelibs-foundation 6.3), and
/// Swift Testing runs tests in parallel. The pipes are close-on-exec, so a tmux server forked by
/// one test never holds another test's pipe open (which would block the reader forever). Both
/// pipes are drained together, so a large output never stalls the child.
public enum ChildProcess {
    /// The error thrown when a process cannot be started or waited for.
    public typealias Failure = HarnessFailure

    /// What the child reads on its standard input.
    public enum Input: Sendable {
        /// `/dev/null`.
        case null
        /// The file at this path.
        case file(String)
        /// These bytes (from a temporary file, so any size works).
        case bytes([UInt8])
    }

    /// How a finished child did.
    public struct Result: Sendable {
        /// The exit status, or 128 + n when killed by signal n.
        public let status: Int32
        /// Everything written to standard output.
        public let outputBytes: [UInt8]
        /// Everything written to standard error.
        public let errorBytes: [UInt8]
        /// Whether the child was killed because it ran past its timeout.
        public let timedOut: Bool

        /// Standard output decoded as UTF-8 (invalid sequences repaired).
        public var output: String { String(decoding: outputBytes, as: UTF8.self) }
        /// Standard error decoded as UTF-8 (invalid sequences repaired).
        public var errors: String { String(decoding: errorBytes, as: UTF8.self) }
    }

    /// A started child whose output is collected when it is waited for.
    public final class Running {
        /// The child's process id.
        public let pid: pid_t
        private let outputDescriptor: Int32
        private let errorDescriptor: Int32
        private var finished: Result?

        init(pid: pid_t, output: Int32, errors: Int32) {
            self.pid = pid
            outputDescriptor = output
            errorDescriptor = errors
        }

        deinit {
            if finished == nil {
                Foundation.kill(pid, SIGKILL)
                _ = try? wait()
            }
        }

        /// Sends `signal` to the child (a no-op once it has been waited for).
        public func kill(_ signal: Int32 = SIGKILL) {
            guard finished == nil else { return }
            _ = Foundation.kill(pid, signal)
        }

        /// Reads the output to its end and reaps the child. With a `timeout`, a child still
        /// running then is killed (SIGKILL) and the result says `timedOut`.
        @discardableResult
        public func wait(timeout: Duration? = nil) throws -> Result {
            if let finished { return finished }
            let deadline = timeout.map { ContinuousClock.now + $0 }
            let (output, errors, timedOut) = ChildProcess.drain(
                outputDescriptor, errorDescriptor, deadline: deadline, pid: pid)
            close(outputDescriptor)
            close(errorDescriptor)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 {
                guard errno == EINTR else { throw ChildProcess.failure("waitpid") }
            }
            // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift does not import.
            let signal = status & 0x7F
            let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            let result = Result(status: exitStatus, outputBytes: output, errorBytes: errors, timedOut: timedOut)
            finished = result
            return result
        }
    }

    /// Serialises pipe creation and spawning (see `start`).
    private static let spawnLock = NSLock()

    /// Runs `path` with `arguments` and exactly `environment`, and waits for it (killing it after
    /// `timeout`, if given).
    public static func run(
        _ path: String, _ arguments: [String], environment: [String: String], input: Input = .null,
        timeout: Duration? = nil
    ) throws -> Result {
        try start(path, arguments, environment: environment, input: input).wait(timeout: timeout)
    }

    /// Starts `path` with `arguments` and exactly `environment`; `wait()` collects the result.
    /// The child starts with no blocked signals and default signal dispositions, whatever the
    /// test thread it was spawned from had.
    public static func start(
        _ path: String, _ arguments: [String], environment: [String: String], input: Input = .null
    ) throws -> Running {
        var inputFile: String?
        switch input {
        case .null: break
        case .file(let file): inputFile = file
        case .bytes(let bytes):
            let file = NSTemporaryDirectory() + "/speechreader-child-input-\(UUID().uuidString)"
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            inputFile = file
        }
        defer { if case .bytes = input, let inputFile { unlink(inputFile) } }

        // pipe2(O_CLOEXEC) is not visible from Swift; pipe + FD_CLOEXEC under a lock shared by
        // every spawn is equivalent, since no other spawn can happen between the two calls.
        spawnLock.lock()
        defer { spawnLock.unlock() }
        var outputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        guard pipe(&outputPipe) == 0 else { throw failure("pipe") }
        guard pipe(&errorPipe) == 0 else {
            close(outputPipe[0])
            close(outputPipe[1])
            throw failure("pipe")
        }
        for descriptor in outputPipe + errorPipe {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputFile ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        close(outputPipe[1])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(outputPipe[0])
            close(errorPipe[0])
            throw failure("posix_spawn \(path)", code: spawned)
        }
        return Running(pid: pid, output: outputPipe[0], errors: errorPipe[0])
    }

    /// Reads two pipes to their ends together, so a child that fills one cannot stall on it.
    /// Past `deadline` the child is killed; its output is then read for at most two more seconds
    /// (a grandchild could hold the pipes open).
    static func drain(_ first: Int32, _ second: Int32, deadline: ContinuousClock.Instant?, pid: pid_t)
        -> ([UInt8], [UInt8], Bool)
    {
        var buffers: [[UInt8]] = [[], []]
        var descriptors = [
            pollfd(fd: first, events: Int16(POLLIN), revents: 0),
            pollfd(fd: second, events: Int16(POLLIN), revents: 0)
        ]
        var chunk = [UInt8](repeating: 0, count: 65536)
        var deadline = deadline
        var timedOut = false
        while descriptors.contains(where: { $0.fd >= 0 }) {
            var wait: Int32 = -1
            if let end = deadline {
                let left = end - ContinuousClock.now
                if left <= .zero {
                    if timedOut { break }
                    timedOut = true
                    kill(pid, SIGKILL)
                    deadline = ContinuousClock.now + .seconds(2)
                    continue
                }
                wait = Int32(
                    clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
            }
            let ready = poll(&descriptors, nfds_t(descriptors.count), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for index in descriptors.indices where descriptors[index].fd >= 0 && descriptors[index].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(descriptors[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    buffers[index].append(contentsOf: chunk[0..<count])
                } else if count == 0 || errno != EINTR {
                    descriptors[index].fd = -1  // poll ignores negative descriptors
                }
            }
        }
        return (buffers[0], buffers[1], timedOut)
    }

    static func failure(_ what: String, code: Int32? = nil) -> Failure {
        Failure(description: "\(what) failed: \(String(cString: strerror(code ?? errno)))")
    }
}
