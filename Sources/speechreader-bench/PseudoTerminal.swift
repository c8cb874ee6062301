#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Not imported into Swift from glibc's <stdlib.h> (they need _XOPEN_SOURCE); plain C functions
// with integer and pointer arguments, so declaring them here is safe.
@_silgen_name("posix_openpt") private func cPosixOpenpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func cGrantpt(_ descriptor: Int32) -> Int32
@_silgen_name("unlockpt") private func cUnlockpt(_ descriptor: Int32) -> Int32
@_silgen_name("ptsname_r") private func cPtsnameR(
    _ descriptor: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ length: Int
) -> Int32

/// A program running on a pseudo-terminal of a fixed size, with a model of its screen.
///
/// The size is set on the terminal (TIOCSWINSZ) and in `LINES`/`COLUMNS`, which ncurses and
/// `less` also honour. Times are taken when bytes are read from the master side: what a
/// terminal emulator would receive.
final class PseudoTerminalSession {
    private let master: Int32
    let pid: pid_t
    /// When `posix_spawn` was called.
    let started: Double
    private(set) var screen: ScreenModel
    /// When the last byte arrived.
    private(set) var lastOutput: Double
    private var exited = false

    init(_ executable: String, _ arguments: [String], environment: [String: String], rows: Int, columns: Int) throws {
        let master = cPosixOpenpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw BenchmarkError.system("posix_openpt", errno) }
        var name = [CChar](repeating: 0, count: 128)
        guard cGrantpt(master) == 0, cUnlockpt(master) == 0, cPtsnameR(master, &name, name.count) == 0 else {
            close(master)
            throw BenchmarkError.system("grantpt/unlockpt/ptsname", errno)
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        var environment = environment
        environment["LINES"] = String(rows)
        environment["COLUMNS"] = String(columns)
        self.master = master
        screen = ScreenModel(rows: rows, columns: columns)
        started = Clock.now()
        lastOutput = started
        do {
            pid = try ChildProcess.spawn(
                executable, arguments, environment: environment,
                streams: .terminal(path: name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }))
        } catch {
            close(master)
            throw error
        }
    }

    deinit {
        if !exited {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Writes `keys` to the program; returns when they were written.
    @discardableResult
    func send(_ keys: String) throws -> Double {
        var bytes = Array(keys.utf8)
        let written = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw BenchmarkError.system("write to the pseudo-terminal", errno) }
        return Clock.now()
    }

    /// Reads output until `text` is on screen; returns when the bytes that put it there arrived.
    func waitFor(_ text: String, timeout: Double = 30) throws -> Double {
        let deadline = Clock.now() + timeout
        while !screen.shows(text) {
            guard Clock.now() < deadline else {
                throw BenchmarkError(
                    "\"\(text)\" did not appear within \(Int(timeout)) s; the screen showed:\n"
                        + screen.lines.map { "  |" + $0 }.joined(separator: "\n"))
            }
            guard try readOnce(waitMilliseconds: 100) else {
                throw BenchmarkError("the program exited before \"\(text)\" appeared")
            }
        }
        return lastOutput
    }

    /// Reads until no output came for `idle` seconds; returns when the last byte arrived (nil
    /// when nothing came at all).
    @discardableResult
    func drain(idle: Double = 0.05) throws -> Double? {
        let before = lastOutput
        while try readOnce(waitMilliseconds: Int32(idle * 1000)), Clock.now() - lastOutput < idle {}
        return lastOutput > before ? lastOutput : nil
    }

    /// Sends `keys` (e.g. `q`), then waits for the program to exit; its peak memory in bytes
    /// up to the moment the keys were sent (`VmHWM`; see `PeakMemory` for why not `ru_maxrss`).
    func finish(quitKeys: String, timeout: Double = 30) throws -> Int {
        let peak = try PeakMemory.highWaterMark(of: pid)
        try send(quitKeys)
        let deadline = Clock.now() + timeout
        while try readOnce(waitMilliseconds: 100), Clock.now() < deadline {}
        _ = try ChildProcess.wait(pid, timeout: max(deadline - Clock.now(), 1))
        exited = true
        return peak
    }

    /// Waits up to `waitMilliseconds` for output and feeds what came to the screen model; false
    /// once the program has closed the terminal.
    private func readOnce(waitMilliseconds: Int32) throws -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, waitMilliseconds)
        if ready < 0 {
            if errno == EINTR { return true }
            throw BenchmarkError.system("poll", errno)
        }
        guard ready > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            lastOutput = Clock.now()
            screen.feed(buffer[0..<count])
            return true
        }
        if count < 0, errno == EINTR || errno == EAGAIN { return true }
        return false  // EIO: the slave side was closed by the exiting program
    }
}
