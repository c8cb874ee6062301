import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs external tools side by side, each given the same bytes on standard input, and collects
/// what each prints: the one place this package starts processes. `posix_spawnp` rather than
/// `Foundation.Process`, whose `waitUntilExit` was seen to hang when several threads spawn at once.
///
/// Standard input is one end of a socket pair, not a pipe, so that a tool which exits before
/// reading everything costs a write error (`MSG_NOSIGNAL`), never a SIGPIPE that would end this
/// process. One loop feeds every tool and drains every output together, so no tool can block on
/// a full pipe while another is being served.
struct ToolRun {
    /// How one run ended: exit status (128 + n for signal n), standard output and standard error.
    struct Outcome {
        var status: Int32
        var output: [UInt8]
        var errors: [UInt8]
    }

    /// Why a run could not be made.
    enum Failure: Error {
        /// The tool is not on `PATH`.
        case missing
        /// The time limit ran out; the tools were killed.
        case timedOut
        /// A system call failed, with its message.
        case system(String)
    }

    /// One started tool and the descriptors this process keeps for it.
    private struct Child {
        let pid: pid_t
        var input: Int32
        var output: Int32
        var errors: Int32
        var written = 0
        var outcome = Outcome(status: 0, output: [], errors: [])
    }

    /// Runs each of `commands` (the first word found on `PATH`) at once with `input` on standard
    /// input, and returns their outcomes in the same order once all have ended. Gives up after
    /// `timeLimit` seconds (a hostile file can make a tool loop), killing whatever still runs.
    static func run(_ commands: [[String]], input: [UInt8], timeLimit: TimeInterval) throws(Failure) -> [Outcome] {
        var children: [Child] = []
        defer {
            for child in children {
                for descriptor in [child.input, child.output, child.errors] where descriptor >= 0 { close(descriptor) }
            }
        }
        for command in commands {
            do {
                children.append(try spawn(command))
            } catch {
                for child in children { reap(child.pid, killing: true) }
                throw error
            }
        }
        let finished = pump(&children, input: input, deadline: Date().addingTimeInterval(timeLimit))
        var outcomes: [Outcome] = []
        for child in children {
            var outcome = child.outcome
            outcome.status = reap(child.pid, killing: !finished)
            outcomes.append(outcome)
        }
        guard finished else { throw .timedOut }
        return outcomes
    }

    /// Starts `command` with its standard input and both outputs on sockets (which close on exec, so the
    /// tool keeps only its 0, 1 and 2).
    private static func spawn(_ command: [String]) throws(Failure) -> Child {
        // Sockets rather than pipes for the outputs too, because they can be made close-on-exec
        // atomically: a tool started later must not inherit this process's ends of an earlier
        // tool's descriptors, or the earlier tool would wait for the end of its input until the
        // later one exits. (The copies made as the tool's 0, 1 and 2 are not close-on-exec.)
        var inputPair: [Int32] = [-1, -1]
        var outputPair: [Int32] = [-1, -1]
        var errorPair: [Int32] = [-1, -1]
        let type = Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &inputPair) == 0, socketpair(AF_UNIX, type, 0, &outputPair) == 0,
            socketpair(AF_UNIX, type, 0, &errorPair) == 0
        else {
            for descriptor in inputPair + outputPair + errorPair where descriptor >= 0 { close(descriptor) }
            throw .system("cannot create a socket")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, outputPair[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPair[1], 2)
        let argv = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, argv, environ)
        close(inputPair[1])
        close(outputPair[1])
        close(errorPair[1])
        guard spawned == 0 else {
            close(inputPair[0])
            close(outputPair[0])
            close(errorPair[0])
            throw spawned == ENOENT ? .missing : .system(String(cString: strerror(spawned)))
        }
        // Writing must never block the loop: a tool reads its input at its own pace.
        _ = fcntl(inputPair[0], F_SETFL, fcntl(inputPair[0], F_GETFL) | O_NONBLOCK)
        return Child(pid: pid, input: inputPair[0], output: outputPair[0], errors: errorPair[0])
    }

    /// Feeds and drains every child until all outputs are closed; false when the deadline came
    /// first.
    private static func pump(_ children: inout [Child], input: [UInt8], deadline: Date) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            // Each polled descriptor beside the index of the child it belongs to.
            var descriptors: [pollfd] = []
            var owners: [Int] = []
            for (index, child) in children.enumerated() {
                for (descriptor, events) in [(child.input, POLLOUT), (child.output, POLLIN), (child.errors, POLLIN)]
                where descriptor >= 0 {
                    descriptors.append(pollfd(fd: descriptor, events: Int16(events), revents: 0))
                    owners.append(index)
                }
            }
            if descriptors.isEmpty { return true }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return false }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining, 1) * 1000))
            if ready < 0 {
                if errno == EINTR { continue }
                return false
            }
            for (polled, index) in zip(descriptors, owners) where polled.revents != 0 {
                if polled.fd == children[index].input {
                    feed(&children[index], input: input)
                } else {
                    drain(polled.fd, of: &children[index], chunk: &chunk)
                }
            }
        }
    }

    /// Writes what the socket takes of the rest of `input`; closes it once all is written or the
    /// tool stopped reading.
    private static func feed(_ child: inout Child, input: [UInt8]) {
        let sent = input.withUnsafeBytes { bytes in
            send(
                child.input, bytes.baseAddress.map { $0 + child.written }, bytes.count - child.written,
                Int32(MSG_NOSIGNAL))
        }
        if sent > 0 { child.written += sent }
        if child.written >= input.count || (sent < 0 && errno != EAGAIN && errno != EINTR) {
            close(child.input)
            child.input = -1
        }
    }

    /// Reads what is there on one of the child's outputs; closes it at its end.
    private static func drain(_ descriptor: Int32, of child: inout Child, chunk: inout [UInt8]) {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            if descriptor == child.output {
                child.outcome.output.append(contentsOf: chunk[0..<count])
            } else {
                child.outcome.errors.append(contentsOf: chunk[0..<count])
            }
        } else if count == 0 || errno != EINTR {
            close(descriptor)
            if descriptor == child.output { child.output = -1 } else { child.errors = -1 }
        }
    }

    /// Waits for the child to end (killing it first if asked) and returns its exit status.
    @discardableResult
    private static func reap(_ pid: pid_t, killing: Bool) -> Int32 {
        if killing { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros Swift does not import.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
