import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program on a pseudo-terminal of our own and records every byte it writes, so a test
/// can assert exactly what reaches a terminal (tmux would interpret the bytes first).
///
/// The size comes from `LINES`/`COLUMNS` (ncurses reads them; a Swift test cannot call the
/// variadic `ioctl(TIOCSWINSZ)`). The child runs in a new session with the pty as its controlling
/// terminal. Waiting is by polling the output with a deadline; the output is drained all the
/// time, so the program never blocks on a full pty buffer.
public final class PseudoTerminal {
    /// A pseudo-terminal that cannot be set up, a timeout, or an early exit.
    public typealias Failure = HarnessFailure

    /// The master side.
    private let master: Int32
    /// The program.
    private let pid: pid_t
    /// Everything the program wrote so far.
    public private(set) var output: [UInt8] = []
    /// The exit status once known (128 + n for signal n).
    public private(set) var exitStatus: Int32?

    /// Starts `arguments` (program first) on a new pseudo-terminal of `columns` × `rows` with
    /// exactly `environment` (plus `COLUMNS` and `LINES`).
    public init(_ arguments: [String], environment: [String: String], columns: Int = 80, rows: Int = 24) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else {
            throw Failure(description: "cannot open /dev/ptmx: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        // grantpt, unlockpt and ptsname_r are hidden behind _XOPEN_SOURCE in Swift's Glibc module.
        let library = dlopen(nil, RTLD_NOW)
        typealias Simple = @convention(c) (Int32) -> Int32
        typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
        guard let grantSymbol = dlsym(library, "grantpt"), let unlockSymbol = dlsym(library, "unlockpt"),
            let nameSymbol = dlsym(library, "ptsname_r")
        else {
            close(master)
            throw Failure(description: "grantpt/unlockpt/ptsname_r not found")
        }
        var name = [CChar](repeating: 0, count: 256)
        guard unsafeBitCast(grantSymbol, to: Simple.self)(master) == 0,
            unsafeBitCast(unlockSymbol, to: Simple.self)(master) == 0,
            unsafeBitCast(nameSymbol, to: Name.self)(master, &name, name.count) == 0
        else {
            close(master)
            throw Failure(description: "cannot set up the pseudo-terminal")
        }
        let slave = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // In the new session, the first terminal opened becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID (a GNU extension Swift does not import)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setsid))

        var variables = environment
        variables["COLUMNS"] = String(columns)
        variables["LINES"] = String(rows)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            close(master)
            throw Failure(description: "posix_spawn \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// The output as text (invalid UTF-8 repaired).
    public var text: String { String(decoding: output, as: UTF8.self) }

    /// Writes `bytes` to the program's terminal, as typed keys.
    public func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Failure(description: "write to the pty failed: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Writes `text` as UTF-8, as typed keys.
    public func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Reads what is available, waiting at most `milliseconds`. False once the pty is closed.
    @discardableResult
    private func pump(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        guard ready > 0 else { return true }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            output.append(contentsOf: chunk[0..<count])
            return true
        }
        return count < 0 && errno == EINTR
    }

    /// Polls until the output satisfies `predicate`; throws with the output's tail on timeout
    /// or when the program exits first.
    public func waitFor(_ description: String, timeout: Duration = .seconds(15), until predicate: (String) -> Bool)
        throws
    {
        let deadline = ContinuousClock.now + timeout
        while !predicate(text) {
            if reap() != nil {
                _ = pump(milliseconds: 50)
                if predicate(text) { return }
                throw Failure(description: "the program exited while waiting for \(description): \(tail)")
            }
            if ContinuousClock.now >= deadline {
                throw Failure(description: "timed out waiting for \(description): \(tail)")
            }
            pump(milliseconds: 20)
        }
    }

    /// Waits for output containing `needle`.
    public func waitFor(_ needle: String, timeout: Duration = .seconds(15)) throws {
        try waitFor("output containing \(needle.debugDescription)", timeout: timeout) { $0.contains(needle) }
    }

    /// Waits for the program to exit, reading its output to the end; returns the exit status.
    public func waitForExit(timeout: Duration = .seconds(15)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let status = reap() {
                // The program is gone: read what it left in the pty.
                while pump(milliseconds: 50), ContinuousClock.now < deadline {
                    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                    if poll(&descriptor, 1, 0) <= 0 { break }
                }
                return status
            }
            if ContinuousClock.now >= deadline {
                throw Failure(description: "timed out waiting for exit: \(tail)")
            }
            pump(milliseconds: 20)
        }
    }

    /// The exit status if the program has ended.
    private func reap() -> Int32? {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        let signal = status & 0x7F
        exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return exitStatus
    }

    private var tail: String { String(text.suffix(600)).debugDescription }
}
