import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The reader under terminal faults, in tmux: a missing or unknown `TERM`, a locale that is not
/// UTF-8, terminals of 1×1 and 5×3 cells, a storm of resizes, SIGTERM and SIGHUP, Ctrl-Z and `fg`,
/// and keys arriving faster than the screen is drawn. (`TERM=dumb` is in `ReaderEndToEndTests`.)
///
/// Where the shell around the reader matters (saving the terminal modes before and after, job
/// control), the pane runs a small `sh`/`bash` script that writes what it sees into files of a
/// scratch directory; the test polls for those files with a deadline.
@Suite("Terminal faults", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalFaultTests {
    /// A scratch directory with a private store.
    final class Scratch: Sendable {
        let path: String
        init() throws {
            path =
                FileManager.default.temporaryDirectory.appendingPathComponent(
                    "speechreader-faults-\(UUID().uuidString)"
                ).path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func file(_ name: String) -> String { path + "/" + name }
        var environment: [String: String] { ["SPEECHREADER_STORE": file("store"), "HOME": path] }

        /// The contents of `name` once it exists and ends with a newline (written completely).
        func waitForFile(_ name: String, timeout: Duration = .seconds(20)) throws -> String {
            let deadline = ContinuousClock.now + timeout
            while true {
                if let text = try? String(contentsOfFile: file(name), encoding: .utf8), text.hasSuffix("\n") {
                    return text
                }
                if ContinuousClock.now >= deadline {
                    throw TmuxSession.Failure(description: "timed out waiting for \(name) in \(path)")
                }
                usleep(20_000)
            }
        }
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The status line: the second-to-last row.
    static func statusLine(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count >= 2 ? String(rows[rows.count - 2]) : ""
    }

    /// The reader's first screen of the bundled speech is up.
    static func isFirstScreen(_ screen: String) -> Bool {
        screen.contains("今天,我们召开") && statusLine(screen).hasSuffix("%")
    }

    /// What the program left on the screen: the capture without tmux's "Pane is dead" line.
    static func programOutput(_ session: TmuxSession) throws -> String {
        try session.capture(includeHistory: true).split(separator: "\n").filter { !$0.hasPrefix("Pane is dead") }
            .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `stty -a` output without the size (a resize changes it; the modes are what must come back).
    static func modes(_ stty: String) -> String {
        stty.replacingOccurrences(of: "rows [0-9]+; columns [0-9]+;", with: "", options: .regularExpression)
    }

    /// A tmux format of the pane, e.g. `#{alternate_on}`.
    static func paneFormat(_ session: TmuxSession, _ format: String) throws -> String {
        try session.display(format)
    }

    // MARK: - TERM and locale

    @Test(
        "TERM unset or unknown: one error line on stderr, nothing drawn, non-zero exit",
        arguments: ["unset TERM", "export TERM=vt-no-such-terminal", "export TERM=''"])
    func unusableTerm(setting: String) throws {
        let scratch = try Scratch()
        let script =
            "\(setting); \(Self.quoted(try SpeechreaderBinary.path())) 2>\(Self.quoted(scratch.file("stderr")));"
            + " echo $? > \(Self.quoted(scratch.file("status")))"
        let session = try TmuxSession(shellCommand: script, environment: scratch.environment)
        let status = try scratch.waitForFile("status")
        #expect(status == "64\n")
        let errors = try String(contentsOfFile: scratch.file("stderr"), encoding: .utf8)
        #expect(
            errors.hasPrefix("speechreader: ") && errors.hasSuffix("\n") && !errors.dropLast().contains("\n"),
            "not one line: \(errors.debugDescription)")
        #expect(errors.contains("TERM"), "\(errors)")
        // ncurses never started: nothing (no "Error opening terminal") reached the screen.
        let screen = try Self.programOutput(session)
        #expect(screen.isEmpty, "\(screen)")
    }

    @Test(
        "a C/POSIX locale falls back to C.UTF-8: Chinese is drawn, not mojibake",
        arguments: [
            ["LANG": "C"], ["LANG": "POSIX"], ["LC_ALL": "C"], ["LC_ALL": "POSIX", "LANG": "C.UTF-8"],
            ["LC_CTYPE": "C", "LANG": "C"]
        ])
    func nonUTF8Locale(locale: [String: String]) throws {
        let scratch = try Scratch()
        // Locale variables this case does not set are removed (the tmux server inherits ours).
        let session = try TmuxSession.speechreader(
            [], width: 100, height: 30, environment: scratch.environment.merging(locale) { $1 },
            unsetting: ["LC_ALL", "LC_CTYPE", "LC_MESSAGES"].filter { locale[$0] == nil })
        let screen = try session.waitFor("the first screen in Chinese") { Self.isFirstScreen($0) }
        #expect(screen.contains("一、溯源固本"))
        #expect(!screen.contains("M-") && !screen.contains("\u{FFFD}"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("no UTF-8 locale to be found: Chinese drawn through a fallback, or one clear error line, never mojibake")
    func noUTF8LocaleAvailable() throws {
        let scratch = try Scratch()
        // LOCPATH at an empty directory hides the compiled locales (glibc may still have C.UTF-8
        // built in, as Debian 12's does: then the fallback works and the reader runs).
        let empty = scratch.file("no-locales")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let script =
            "export LANG=C LOCPATH=\(Self.quoted(empty)); unset LC_ALL;"
            + " \(Self.quoted(try SpeechreaderBinary.path())) 2>\(Self.quoted(scratch.file("stderr")));"
            + " echo $? > \(Self.quoted(scratch.file("status")))"
        let session = try TmuxSession(shellCommand: script, width: 100, height: 30, environment: scratch.environment)
        let screen = try session.waitFor("the reader's first screen or an exit") { screen in
            Self.isFirstScreen(screen) || FileManager.default.fileExists(atPath: scratch.file("status"))
        }
        if Self.isFirstScreen(screen) {
            #expect(screen.contains("一、溯源固本"))
            try session.sendKeys("q")
            #expect(try scratch.waitForFile("status") == "0\n")
            return
        }
        let errors = try String(contentsOfFile: scratch.file("stderr"), encoding: .utf8)
        #expect(try scratch.waitForFile("status") == "64\n")
        #expect(errors.hasPrefix("speechreader: ") && !errors.dropLast().contains("\n"), "\(errors.debugDescription)")
        #expect(errors.contains("UTF-8"), "\(errors)")
        #expect(try Self.programOutput(session).isEmpty)
    }

    // MARK: - Sizes

    @Test(
        "1×1 and 5×3 terminals: no crash, keys still work, and it recovers when enlarged",
        arguments: [(1, 1), (5, 3)])
    func tinyTerminals(width: Int, height: Int) throws {
        let scratch = try Scratch()
        let session = try TmuxSession.speechreader([], width: width, height: height, environment: scratch.environment)
        if width >= 5 {
            try session.waitFor("the too-small notice") { $0.lowercased().contains("small") }
        }
        // Keys that move, open overlays and prompts, at a size where nothing fits.
        try session.sendKeys("j", "G", "]", "?", "Escape", "/", "x", "Enter", "Tab", "Tab")
        try session.resize(width: 2, height: 2)
        try session.resize(width: width, height: height)
        try session.resize(width: 100, height: 30)
        try session.waitFor("the reader at full size") { Self.statusLine($0).hasSuffix("%") && $0.contains("│") }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("a storm of 100 resizes: afterwards the screen is exactly a fresh reader's at that size")
    func resizeStorm() throws {
        let scratch = try Scratch()
        let session = try TmuxSession.speechreader([], width: 100, height: 30, environment: scratch.environment)
        try session.waitFor("the first screen") { Self.isFirstScreen($0) }
        var random = SystemRandomNumberGenerator()
        let sizes = [(1, 1), (5, 3), (12, 3), (30, 8), (200, 60), (81, 25), (40, 100)]
        for step in 0..<100 {
            let (width, height) =
                step % 3 == 0
                ? sizes[step / 3 % sizes.count]
                : (Int.random(in: 1...220, using: &random), Int.random(in: 1...70, using: &random))
            try session.resize(width: width, height: height)
        }
        try session.resize(width: 100, height: 30)
        let fresh = try TmuxSession.speechreader([], width: 100, height: 30, environment: Scratch().environment)
        try fresh.waitFor("the fresh reader's first screen") { Self.isFirstScreen($0) }
        // Both screens are captured again on every poll: a capture can catch a frame half drawn,
        // so they are compared until both have settled (and fail only if they never agree).
        let first = try session.waitFor("the screen after the storm to match a fresh reader's") { screen in
            Self.isFirstScreen(screen) && screen == (try? fresh.capture())
        }
        try session.sendKeys("j")
        try fresh.sendKeys("j")
        try session.waitFor("both moved alike") { screen in screen != first && screen == (try? fresh.capture()) }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    // MARK: - Signals

    /// Runs the reader from a shell script that saves the terminal modes before and after it,
    /// records its pid and exit status.
    private func readerInShell(_ scratch: Scratch) throws -> TmuxSession {
        let reader = Self.quoted(try SpeechreaderBinary.path())
        let before = Self.quoted(scratch.file("modes-before"))
        let after = Self.quoted(scratch.file("modes-after"))
        let pid = Self.quoted(scratch.file("pid"))
        let status = Self.quoted(scratch.file("status"))
        // The inner sh writes its pid and then becomes the reader (exec), so the pid is the reader's.
        let script =
            "stty -a > \(before); sh -c 'echo $$ > \"$1\"; exec \"$2\"' sh \(pid) \(reader);"
            + " echo $? > \(status); stty -a > \(after); exec sleep 120"
        return try TmuxSession(shellCommand: script, width: 100, height: 30, environment: scratch.environment)
    }

    @Test("SIGTERM and SIGHUP: the reader exits and the terminal is restored exactly", arguments: [SIGTERM, SIGHUP])
    func terminationSignals(signal: Int32) throws {
        let scratch = try Scratch()
        let session = try readerInShell(scratch)
        try session.waitFor("the first screen") { Self.isFirstScreen($0) }
        #expect(try Self.paneFormat(session, "#{alternate_on}") == "1")
        let pid = try #require(Int32(try scratch.waitForFile("pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, signal) == 0)
        let status = try scratch.waitForFile("status")
        let before = try scratch.waitForFile("modes-before")
        let after = try scratch.waitForFile("modes-after")
        #expect(
            Self.modes(after) == Self.modes(before), "terminal modes not restored:\nbefore: \(before)\nafter: \(after)")
        #expect(try Self.paneFormat(session, "#{alternate_on}") == "0", "still on the alternate screen")
        #expect(try Self.paneFormat(session, "#{cursor_flag}") == "1", "the cursor is still hidden")
        #expect(status == "\(128 + signal)\n", "exit status \(status)")
    }

    @Test("Ctrl-Z suspends with the terminal restored, fg resumes with a full repaint and working keys")
    func suspendAndResume() throws {
        let scratch = try Scratch()
        let reader = Self.quoted(try SpeechreaderBinary.path())
        func path(_ name: String) -> String { Self.quoted(scratch.file(name)) }
        // bash with job control: the reader runs as a job in its own process group (a group that
        // is not orphaned, so a terminal stop signal really stops it); after Ctrl-Z the script
        // goes on, records the stopped job and the modes, waits for "go", then brings it back.
        let script = """
            set -m
            stty -a > \(path("modes-before"))
            \(reader)
            jobs -p > \(path("pid")); stty -a > \(path("modes-suspended"))
            while [ ! -e \(path("go")) ]; do sleep 0.02; done
            fg > /dev/null; echo $? > \(path("status")); stty -a > \(path("modes-after"))
            """
        let session = try TmuxSession(
            shellCommand: "exec bash -c \(Self.quoted(script))", width: 100, height: 30,
            environment: scratch.environment)
        try session.waitFor("the first screen") { Self.isFirstScreen($0) }
        try session.sendKeys("]")
        let atNode = try session.waitFor("node 1") { Self.statusLine($0).contains(" 1 一、溯源固本") }
        try session.sendKeys("C-z")
        let pidText = try scratch.waitForFile("pid")
        let pid = try #require(Int32(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(try Self.processState(pid) == "T", "the reader is not stopped")
        #expect(
            Self.modes(try scratch.waitForFile("modes-suspended"))
                == Self.modes(try scratch.waitForFile("modes-before")),
            "the shell's terminal modes are not restored while the reader is suspended")
        #expect(try Self.paneFormat(session, "#{alternate_on}") == "0")
        // A resize while stopped must be picked up on resume.
        try session.resize(width: 90, height: 28)
        FileManager.default.createFile(atPath: scratch.file("go"), contents: Data())
        try session.waitFor("the reader repainted at the new size") { screen in
            Self.statusLine(screen).contains(" 1 一、溯源固本")
                && screen.split(separator: "\n", omittingEmptySubsequences: false).count == 28
        }
        #expect(atNode.contains("一、溯源固本"))
        try session.sendKeys("]")
        try session.waitFor("keys work after resuming") { Self.statusLine($0).contains("1.1 (一)坚持党性原则") }
        try session.sendKeys("q")
        #expect(try scratch.waitForFile("status") == "0\n")
        #expect(
            Self.modes(try scratch.waitForFile("modes-after")) == Self.modes(try scratch.waitForFile("modes-before")))
    }

    /// The state letter of a process (`R`, `S`, `T` …) from /proc.
    static func processState(_ pid: Int32) throws -> String {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        // "pid (comm) S …": the state follows the last ')'.
        guard let close = stat.lastIndex(of: ")") else { return "?" }
        return String(stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1))
    }

    // MARK: - Input faster than redraw

    @Test("holding j for 2 s: the screen settles on the last key, exactly where one burst of the same keys lands")
    func keyRepeatBuildsNoLag() throws {
        let scratch = try Scratch()
        let held = try TmuxSession.speechreader([], width: 100, height: 30, environment: scratch.environment)
        let burst = try TmuxSession.speechreader([], width: 100, height: 30, environment: Scratch().environment)
        try held.waitFor("the first screen") { Self.isFirstScreen($0) }
        try burst.waitFor("the first screen") { Self.isFirstScreen($0) }
        // Key repeat as a terminal sends it, ~30 keys a second for 2 s: 60 keys in 20 bursts.
        for _ in 0..<20 {
            try held.sendKeys("j", "j", "j")
            usleep(100_000)  // pacing the input, not waiting for output
        }
        // The help overlay is opened by a key sent after the last j: once it shows, every j
        // before it was handled. Closing it shows where the j's left the text.
        let first = try burst.capture()
        try settledScreen(burst, after: String(repeating: "j", count: 60))
        try settledScreen(held, after: "")
        // A capture can catch a frame half drawn (the help box half erased under load, which is
        // how an earlier version of this test once saw two different screens): both screens are
        // captured again on every poll until they agree; they fail only if they never do.
        let screen = try held.waitFor("the held-key reader on the burst reader's screen") { screen in
            screen != first && Self.statusLine(screen).hasSuffix("%") && screen == (try? burst.capture())
        }
        #expect(!Self.isFirstScreen(screen))
        try held.sendKeys("q")
        #expect(try held.waitForExit() == 0)
    }

    /// Types `keys`, then `?` and Escape, and waits for the help to come and go: every key before
    /// the `?` has then been handled.
    private func settledScreen(_ session: TmuxSession, after keys: String) throws {
        if !keys.isEmpty { try session.sendLiteral(keys) }
        try session.sendKeys("?")
        try session.waitFor("SpeechReader keys")
        try session.sendKeys("Escape")
        try session.waitFor("the help closed") {
            !$0.contains("SpeechReader keys") && Self.statusLine($0).hasSuffix("%")
        }
    }
}

extension TmuxSession {
    /// A tmux format evaluated for this session's pane, e.g. `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        guard let tmux = TmuxSession.tmuxPath else { throw Failure(description: "tmux is not installed") }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        environment["LANG"] = "C.UTF-8"
        let result = try ChildProcess.run(
            tmux, ["-u", "-S", socketPath, "display-message", "-p", "-t", "e2e:0.0", format],
            environment: environment)
        guard result.status == 0 else { throw Failure(description: "tmux display-message \(format): \(result.errors)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
