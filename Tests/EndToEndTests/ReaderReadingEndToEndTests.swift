import Foundation
import TestSupport
import Testing

/// Issue 11 through the real binary in tmux: copying by OSC 52, the cursor sentence kept across
/// sessions, notes shown in place, the SGR mouse, the configuration file, one bookmark per place.
@Suite("Reading and annotating in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderReadingEndToEndTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
        "speechreader-reading-\(UUID().uuidString)")

    var environment: [String: String] {
        ["SPEECHREADER_STORE": home.appendingPathComponent("store").path, "XDG_CONFIG_HOME": home.path]
    }

    func reader(_ extra: [String: String] = [:], marker: @escaping (String) -> Bool = { _ in true }) throws
        -> TmuxSession
    {
        let session = try TmuxSession.speechreader(
            [], width: 100, height: 30, environment: environment.merging(extra) { $1 },
            unsetting: ["NO_COLOR", "LC_ALL"])
        try session.waitFor("the first screen") { statusLine($0).hasSuffix("%") && marker($0) }
        return session
    }

    func statusLine(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count >= 2 ? String(rows[rows.count - 2]) : ""
    }

    func command(_ arguments: [String]) throws -> ChildProcess.Result {
        var variables = ProcessInfo.processInfo.environment
        variables["LANG"] = "C.UTF-8"
        variables.merge(environment) { $1 }
        return try ChildProcess.run(try SpeechreaderBinary.path(), arguments, environment: variables)
    }

    func goTo(_ path: String, in session: TmuxSession) throws -> String {
        try session.sendKeys(":")
        try session.sendLiteral(path)
        try session.sendKeys("Enter")
        return try session.waitFor("status at \(path)") { statusLine($0).contains(" \(path) ") }
    }

    func copy(in session: TmuxSession) throws -> String {
        try session.sendKeys("y")
        _ = try session.waitFor("the copy message") { statusLine($0).contains("Copied") }
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            let buffer = session.showBuffer()
            if !buffer.isEmpty { return buffer }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return ""
    }

    @Test func yCopiesTheCursorSentenceAndReopeningCopiesTheSameOne() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let first = try reader()
        _ = try goTo("1.2", in: first)
        // A few sentences down: the cursor is no longer on the top line's sentence.
        for _ in 0..<3 { try first.sendKeys(")") }
        let copied = try copy(in: first)
        #expect(!copied.isEmpty)
        #expect(!copied.contains("（二）恪守人民立场"), "the cursor moved past the heading: \(copied)")
        try first.sendKeys("q")
        #expect(try first.waitForExit() == 0)

        let second = try reader { _ in true }
        Thread.sleep(forTimeInterval: 0.3)  // the store's position arrives after the first frame
        #expect(try copy(in: second) == copied)
        second.kill()
    }

    @Test func aNoteAddedByTheCommandLineShowsAfterGoingThere() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let added = try command(["notes", "add", "1.2.1", "--text", "满意度要看群众口碑"])
        #expect(added.status == 0, "\(added.errors)")
        let session = try reader()
        let screen = try goTo("1.2.1", in: session)
        let shown = screen.contains("满意度要看群众口碑") ? screen : try session.waitFor("the note") { $0.contains("满意度要看群众口碑") }
        #expect(shown.contains("满意度要看群众口碑"))
        session.kill()
    }

    @Test func theMouseIsButtonEventsWithSGRAndAClickNeverOpensAPrompt() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try reader()
        // tmux: sgr = 1006, standard = 1000, all = 1003 (any-motion); any = "some mouse mode".
        #expect(
            try session.display("#{mouse_sgr_flag} #{mouse_standard_flag} #{mouse_button_flag} #{mouse_all_flag}")
                == "1 1 0 0")
        // A press and release at column 51, row 11 (1-based), past the left pane: ESC [ < 0 ; 51 ; 11 M / m.
        let press = Array("\u{1B}[<0;51;11M".utf8)
        let release = Array("\u{1B}[<0;51;11m".utf8)
        try session.sendHex(press + release)
        Thread.sleep(forTimeInterval: 0.4)
        let screen = try session.capture()
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!(rows.last ?? "").contains("Bookmark label"), "\(screen)")
        #expect(!statusLine(screen).contains("not a key"), "\(screen)")
        // Ctrl-T gives the mouse to the terminal.
        try session.sendKeys("C-t")
        _ = try session.waitFor("mouse off") { statusLine($0).contains("Mouse off") }
        #expect(try session.display("#{mouse_sgr_flag} #{mouse_standard_flag}") == "0 0")
        session.kill()
    }

    @Test func aConfigWithChineseShowsTheChineseInterfaceUnderCUTF8() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let directory = home.appendingPathComponent("speechreader")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "language = \"zh\"\nmouse = true\n".write(
            to: directory.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let session = try reader(["LANG": "C.UTF-8"])
        let screen = try session.waitFor("Chinese labels") { statusLine($0).contains("正文") }
        #expect(screen.contains("帮助"))
        session.kill()
    }

    @Test func aBadConfigIsOneWarningAndTheDefaults() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let directory = home.appendingPathComponent("speechreader")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "mouse = true\nlanguage = \"fr\"\n".write(
            to: directory.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let result = try command(["outline", "--stats", "--tsv"])
        #expect(result.status == 0)
        let session = try reader()
        let screen = try session.waitFor("the warning") { statusLine($0).contains("config") }
        #expect(statusLine(screen).contains("language"))
        #expect(statusLine(screen).contains(":2"))
        session.kill()
    }

    @Test func bookmarkingTwiceKeepsOneBookmarkAndSaysItIsAlreadyThere() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try reader()
        _ = try goTo("1.2.1", in: session)
        for round in 0..<2 {
            try session.sendKeys("m")
            _ = try session.waitFor("the label prompt") { $0.contains("Bookmark label") }
            try session.sendKeys("Enter")
            if round == 0 {
                _ = try session.waitFor("added") {
                    statusLine($0).contains("Bookmark") && !statusLine($0).contains("already")
                }
            }
        }
        _ = try session.waitFor("already here") { statusLine($0).contains("Bookmark already here") }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        let listed = try command(["bookmarks", "list", "--tsv"])
        #expect(listed.output.split(separator: "\n").count == 1, "\(listed.output)")
    }
}
