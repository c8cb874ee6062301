import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a short-lived program and collects its output, with `posix_spawn` and `waitpid`.
///
/// Not `Foundation.Process`: on Linux, `waitUntilExit()` from several test threads at once was
/// seen to hang for good with the children left unreaped (swift-corelibs-foundation 6.3), and
/// Swift Testing runs tests in parallel. The pipes are close-on-exec, so a tmux server forked by
/// one test never holds another test's pipe open (which would block the reader forever).
enum ChildProcess {
    /// The exit status (128 + n for signal n) and the decoded standard output and error.
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    /// Serialises pipe creation and spawning (see `run`).
    private static let spawnLock = NSLock()

    /// Runs `path` with `arguments` and `environment`, stdin from /dev/null, and waits for it.
    static func run(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Result {
        // pipe2(O_CLOEXEC) is not visible from Swift; pipe + FD_CLOEXEC under a lock shared by
        // every spawn is equivalent, since no other spawn can happen between the two calls.
        spawnLock.lock()
        var locked = true
        defer { if locked { spawnLock.unlock() } }
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
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)

        // The child starts with no blocked signals and default dispositions, whatever the test
        // thread it was spawned from had.
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
        spawnLock.unlock()
        locked = false
        guard spawned == 0 else {
            close(outputPipe[0])
            close(errorPipe[0])
            throw failure("posix_spawn \(path)", code: spawned)
        }
        let (output, errors) = drain(outputPipe[0], errorPipe[0])
        close(outputPipe[0])
        close(errorPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw failure("waitpid") }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift does not import.
        let signal = status & 0x7F
        let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return Result(
            status: exitStatus,
            output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }

    /// Reads two pipes to their ends together, so a child that fills one cannot stall on it.
    private static func drain(_ first: Int32, _ second: Int32) -> ([UInt8], [UInt8]) {
        var buffers: [[UInt8]] = [[], []]
        var descriptors = [
            pollfd(fd: first, events: Int16(POLLIN), revents: 0),
            pollfd(fd: second, events: Int16(POLLIN), revents: 0)
        ]
        var chunk = [UInt8](repeating: 0, count: 65536)
        while descriptors.contains(where: { $0.fd >= 0 }) {
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
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
        return (buffers[0], buffers[1])
    }

    private static func failure(_ what: String, code: Int32? = nil) -> TmuxSession.Failure {
        TmuxSession.Failure(description: "\(what) failed: \(String(cString: strerror(code ?? errno)))")
    }
}
