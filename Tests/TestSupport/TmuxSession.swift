import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Drives a program in a detached tmux session, for end-to-end tests of the real binary.
///
/// Each session has its own server on a fresh socket (`tmux -S <unique path>`), so tests can run
/// in parallel and never touch a user's tmux. The pane is exactly `width × height` (the status
/// line is off) and keeps its last screen after the program exits (`remain-on-exit`), so the
/// exit status and final screen can still be read. Waiting is always by polling with a deadline,
/// never by fixed sleeps; a timeout throws with the last screen in the message.
///
/// ```swift
/// let session = try TmuxSession.speechreader(["outline"], width: 80, height: 24)
/// try session.waitFor("一、")
/// try session.sendKeys("q")
/// #expect(try session.waitForExit() == 0)
/// ```
public final class TmuxSession {
    /// A failed tmux command, a timeout, or a missing binary.
    public typealias Failure = HarnessFailure

    /// The tmux executable found on `PATH`, or `nil` when tmux is not installed.
    public static let tmuxPath: String? = findExecutable("tmux")

    /// Whether tmux is installed (for `.enabled(if:)`).
    public static var isAvailable: Bool { tmuxPath != nil }

    /// The server socket of this session.
    public let socketPath: String
    /// The configuration file the server was started with.
    private let configPath: String
    /// The target of every command: the one pane of the one window of the session.
    private let target = "e2e:0.0"
    /// Set once the server has been killed.
    private var killed = false

    /// Starts `arguments` (program and arguments, not interpreted by a shell) in a new pane of
    /// `width` × `height` cells with `LANG=C.UTF-8`, `TERM=xterm-256color` and `environment`.
    /// Variables in `unsetting` are removed from the pane's environment (the server otherwise
    /// inherits the test process's, e.g. `NO_COLOR`).
    public convenience init(
        arguments: [String], width: Int = 80, height: Int = 24,
        environment: [String: String] = [:], unsetting: [String] = []
    ) throws {
        let unset = unsetting.flatMap { ["-u", $0] }
        let words = unset.isEmpty ? arguments : ["env"] + unset + arguments
        try self.init(
            shellCommand: "exec " + words.map(Self.shellQuoted).joined(separator: " "),
            width: width, height: height, environment: environment)
    }

    /// Starts `shellCommand` (run by `sh -c`) in a new pane; see `init(arguments:...)`.
    public init(shellCommand: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard Self.tmuxPath != nil else {
            throw Failure(description: "tmux is not installed")
        }
        let unique = UUID().uuidString.prefix(12)
        // Unix socket paths are limited to ~107 bytes: prefer TMPDIR, fall back to /tmp.
        let temporary = NSTemporaryDirectory()
        let directory = temporary.utf8.count < 60 ? temporary : "/tmp/"
        socketPath = (directory as NSString).appendingPathComponent("speechreader-tmux-\(unique).sock")
        configPath = (directory as NSString).appendingPathComponent("speechreader-tmux-\(unique).conf")
        let config = """
            set -g remain-on-exit on
            set -s exit-empty off
            set -g status off
            set -s escape-time 0
            set -g history-limit 2000
            set -g set-clipboard on

            """
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        var command = ["-f", configPath, "new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)"]
        let variables = ["LANG": "C.UTF-8", "TERM": "xterm-256color"].merging(environment) { $1 }
        for (name, value) in variables.sorted(by: { $0.key < $1.key }) {
            command += ["-e", "\(name)=\(value)"]
        }
        command.append(shellCommand)
        do {
            try tmux(command)
        } catch {
            kill()
            throw error
        }
    }

    /// A session running the built `speechreader` binary (see `SpeechreaderBinary`).
    public static func speechreader(
        _ arguments: [String] = [], width: Int = 80, height: Int = 24,
        environment: [String: String] = [:], unsetting: [String] = []
    ) throws -> TmuxSession {
        try TmuxSession(
            arguments: [try SpeechreaderBinary.path()] + arguments, width: width, height: height,
            environment: environment, unsetting: unsetting)
    }

    deinit {
        kill()
    }

    // MARK: - input

    /// Sends tmux key names, one key per argument: `"q"`, `"Enter"`, `"Escape"`, `"C-o"`, `"Up"`,
    /// `"PageDown"`, `"BTab"`, `"F1"`, `"Space"`.
    public func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally (no key-name lookup); works for Chinese and other non-ASCII text,
    /// delivered the way an input method commits it.
    public func sendLiteral(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Sends raw bytes, e.g. mouse reports (`tmux send-keys -M` does not work from a script).
    public func sendHex(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", target, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// A left click (press, then release) at a 0-based cell, as an X10 mouse report. The
    /// program must have enabled the mouse. Rows and columns above 222 cannot be encoded.
    public func click(row: Int, col: Int) throws {
        try sendHex(Self.mouseReport(button: 0, row: row, col: col) + Self.mouseReport(button: 3, row: row, col: col))
    }

    /// One wheel step at a 0-based cell (`up`: away from the user).
    public func wheel(up: Bool, row: Int, col: Int) throws {
        try sendHex(Self.mouseReport(button: up ? 64 : 65, row: row, col: col))
    }

    /// The X10 report `ESC [ M <32+button> <33+col> <33+row>`.
    public static func mouseReport(button: Int, row: Int, col: Int) -> [UInt8] {
        [0x1B, 0x5B, 0x4D, UInt8(clamping: 32 + button), UInt8(clamping: 33 + col), UInt8(clamping: 33 + row)]
    }

    /// The newest paste buffer (what a program copied by OSC 52, with `set-clipboard on`), or ""
    /// when there is none.
    public func showBuffer() -> String {
        (try? tmux(["show-buffer"])) ?? ""
    }

    /// A format expanded for the pane, e.g. `#{mouse_sgr_flag}`.
    public func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the pane (the program receives SIGWINCH). Wait for the redrawn screen afterwards.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "e2e:0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the program in the pane (e.g. to send it a signal). Wait for its first
    /// screen before signalling it: right after `init` tmux may still be forking the pane, and a
    /// signal sent then is lost.
    public func pid() throws -> Int32 {
        let text = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "tmux did not report a pane pid: \(text)")
        }
        return pid
    }

    // MARK: - output

    /// The visible screen, one line per row joined by "\n" (trailing spaces trimmed by tmux). With
    /// `escapes`, attributes and colours are included as SGR sequences. With `includeHistory`,
    /// lines that scrolled off come first: needed after the program exits, because tmux scrolls
    /// a dead pane to show its "Pane is dead" line (and the reader's alternate screen is gone).
    public func capture(escapes: Bool = false, includeHistory: Bool = false) throws -> String {
        var arguments = ["capture-pane", "-p", "-t", target]
        if escapes { arguments.append("-e") }
        if includeHistory { arguments += ["-S", "-"] }
        let output = try tmux(arguments)
        // One line per row without a final newline, like the screens `waitFor` returns.
        return output.hasSuffix("\n") ? String(output.dropLast()) : output
    }

    /// Polls the screen every ~20 ms until it contains `text`; returns that screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitFor("screen containing \"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen every ~20 ms until `predicate` holds; returns that screen. Throws with the
    /// last screen when the deadline passes, or at once if the program exits first.
    @discardableResult
    public func waitFor(
        _ description: String, timeout: Duration = .seconds(10), escapes: Bool = false,
        until predicate: (String) -> Bool
    ) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var screen = ""
        while true {
            // Screen and liveness in one tmux call: the last line is the pane_dead flag.
            var arguments = ["capture-pane", "-p", "-t", target]
            if escapes { arguments.append("-e") }
            let output = try tmux(arguments + [";", "display-message", "-p", "-t", target, "#{pane_dead}"])
            var lines = output.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            let dead = lines.popLast() == "1"
            screen = lines.joined(separator: "\n")
            if predicate(screen) {
                // The capture may fall between the writes of one frame (the more likely the faster
                // the program): a second look one poll later is returned when it still holds, so
                // the rest of that frame is on it. A screen that has gone by then is returned as seen.
                usleep(20_000)
                let second = try capture(escapes: escapes)
                return predicate(second) ? second : screen
            }
            if dead {
                throw Failure(description: "the program exited while waiting for \(description); screen:\n\(screen)")
            }
            if ContinuousClock.now >= deadline {
                throw Failure(description: "timed out after \(timeout) waiting for \(description); screen:\n\(screen)")
            }
            usleep(20_000)
        }
    }

    /// Waits for the program to exit and returns its exit status (128 + n when killed by signal n).
    ///
    /// Output a program prints just before it exits can be lost by tmux; wait for it (`waitFor`)
    /// while the program is still running rather than after.
    public func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        var deadSince: ContinuousClock.Instant?
        while true {
            let state = try tmux([
                "display-message", "-p", "-t", target, "#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}|#{pid}"
            ])
            let fields = state.trimmingCharacters(in: .whitespacesAndNewlines)
                .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if fields.count == 4, fields[0] == "1" {
                if let status = Int32(fields[1]) {
                    return status
                }
                if let signal = Int32(fields[2]) {
                    return 128 + signal
                }
                // pane_dead is set when the pty closes, the status once tmux reaps the child.
                // tmux 3.3a sometimes misses the SIGCHLD (seen in ~1 of 10 runs) and the child
                // stays a zombie for good; another SIGCHLD to this session's own server makes it
                // reap.
                let now = ContinuousClock.now
                if let since = deadSince, now - since > .milliseconds(100), let server = Int32(fields[3]) {
                    _ = Foundation.kill(server, SIGCHLD)
                    deadSince = now
                } else if deadSince == nil {
                    deadSince = now
                }
            }
            if ContinuousClock.now >= deadline {
                let screen = (try? capture(includeHistory: true)) ?? ""
                throw Failure(description: "timed out after \(timeout) waiting for exit; screen:\n\(screen)")
            }
            usleep(20_000)
        }
    }

    /// Stops the session's server (its own socket only) and removes its files. Idempotent.
    public func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socketPath)
        try? FileManager.default.removeItem(atPath: configPath)
    }

    // MARK: - helpers

    /// Runs tmux on this session's socket and returns its standard output.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let tmuxPath = Self.tmuxPath else {
            throw Failure(description: "tmux is not installed")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // a tmux inside a tmux test run must not talk to the outer one
        environment["TMUX_PANE"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        // -u: capture-pane would replace non-ASCII with "_" for a client it thinks is not UTF-8.
        let result = try ChildProcess.run(tmuxPath, ["-u", "-S", socketPath] + arguments, environment: environment)
        guard result.status == 0 else {
            throw Failure(
                description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.errors)")
        }
        return result.output
    }

    /// `text` quoted for `sh`.
    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The first executable called `name` on `PATH`.
    private static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }
}
