import Foundation
import TestSupport
import Testing

/// The real `speechreader` binary driven in tmux: what a person sees and types.
@Suite("Reader in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderEndToEndTests {
    /// A private store, so the tests never touch the user's notes or positions.
    let store = FileManager.default.temporaryDirectory.appendingPathComponent("speechreader-e2e-\(UUID().uuidString)")

    var environment: [String: String] { ["SPEECHREADER_STORE": store.path] }

    func reader(width: Int = 100, height: Int = 30, _ arguments: [String] = [], extra: [String: String] = [:]) throws
        -> TmuxSession
    {
        let session = try TmuxSession.speechreader(
            arguments, width: width, height: height, environment: environment.merging(extra) { $1 },
            unsetting: extra["NO_COLOR"] == nil ? ["NO_COLOR"] : [])
        try session.waitFor("今天,我们召开")
        return session
    }

    /// The status line is the second-to-last row.
    func statusLine(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count >= 2 ? String(rows[rows.count - 2]) : ""
    }

    @Test func firstFrameShowsOutlineTextAndStatus() throws {
        let session = try reader()
        let screen = try session.capture()
        #expect(screen.contains("一、溯源固本"))  // the outline pane
        #expect(screen.contains("│"))  // the border between the panes
        #expect(statusLine(screen).contains("TEXT"))
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count == 30)
    }

    @Test func bracketGoesToTheNextNode() throws {
        let session = try reader()
        try session.sendKeys("]")
        try session.waitFor("status at node 1") { statusLine($0).contains(" 1 一、溯源固本") }
        try session.sendKeys("]")
        try session.waitFor("status at node 1.1") { statusLine($0).contains("1.1 (一)坚持党性原则") }
    }

    @Test func goToPathShowsTheRequirementFromItsMarker() throws {
        let session = try reader()
        try session.sendKeys(":")
        try session.sendLiteral("1.2.1")
        try session.sendKeys("Enter")
        let screen = try session.waitFor("status at 1.2.1") { statusLine($0).contains("1.2.1") }
        #expect(screen.contains("一是要把群众满意度"))
    }

    @Test func searchHighlightsTheMatchAndCountsIt() throws {
        let session = try reader()
        try session.sendKeys("/")
        try session.sendLiteral("试金石")
        try session.sendKeys("Enter")
        let screen = try session.waitFor("1/1 in the status") { statusLine($0).contains("1/1") }
        #expect(screen.contains("试金石"))
        // The match is drawn in reverse video: an SGR 7 right before it.
        let styled = try session.capture(escapes: true)
        #expect(
            styled.range(of: "\u{1B}\\[[0-9;]*7[0-9;]*m(\u{1B}\\[[0-9;]*m)*试金石", options: .regularExpression) != nil)
    }

    @Test func helpIsDrawnFromTheKeyTableAndCloses() throws {
        let session = try reader()
        try session.sendKeys("?")
        let help = try session.waitFor("SpeechReader keys")
        for line in ["Quit", "Go to a path", "Next outline node", "Ctrl-O"] {
            #expect(help.contains(line), "help lacks \(line)")
        }
        try session.sendKeys("Escape")
        try session.waitFor("help closed") { !$0.contains("SpeechReader keys") }
    }

    @Test func resizeKeepsTheNodeAndNeverCrashes() throws {
        let session = try reader()
        try session.sendKeys(":")
        try session.sendLiteral("2.2")
        try session.sendKeys("Enter")
        try session.waitFor("status at 2.2") { statusLine($0).contains("2.2 (二)健全制度保障") }
        try session.resize(width: 30, height: 8)
        try session.waitFor("status at 2.2 when small") {
            statusLine($0).contains("2.2") && $0.split(separator: "\n").count <= 8
        }
        try session.resize(width: 120, height: 40)
        let screen = try session.waitFor("status at 2.2 when large") { statusLine($0).contains("2.2 (二)健全制度保障") }
        #expect(screen.contains("健全制度保障"))
    }

    @Test func aTinyTerminalSaysSoAndRecovers() throws {
        let session = try reader()
        try session.resize(width: 12, height: 3)
        try session.waitFor("too small message") { $0.lowercased().contains("small") }
        try session.resize(width: 80, height: 24)
        try session.waitFor("今天,我们召开")
    }

    @Test func clickingAnOutlineEntryJumpsThere() throws {
        let session = try reader()
        let screen = try session.capture()
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(rows.firstIndex { $0.contains("(二)恪守人民立场") })
        try session.click(row: row, col: 10)
        try session.waitFor("status at 1.2") { statusLine($0).contains("1.2 (二)恪守人民立场") }
    }

    @Test func theWheelScrollsTheTextUnderThePointer() throws {
        let session = try reader()
        // The check's counts join the outline just after the first frame: wait for them, so the
        // outline compared below is the settled one.
        let before = try session.waitFor("the check's marks in the outline") { $0.contains("!") }
        try session.wheel(up: false, row: 5, col: 60)
        let after = try session.waitFor("the text scrolled") { $0 != before }
        // The text pane moved; the outline pane (left of the border) did not.
        let outline: (String) -> [Substring] = { screen in
            screen.split(separator: "\n").dropLast(2).map { $0.prefix { $0 != "│" } }
        }
        #expect(outline(after) == outline(before))
    }

    @Test func quitExitsCleanly() throws {
        let session = try reader()
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func noColorStillShowsTheSearchMatch() throws {
        let session = try reader(extra: ["NO_COLOR": "1"])
        try session.sendKeys("/")
        try session.sendLiteral("试金石")
        try session.sendKeys("Enter")
        try session.waitFor("1/1 in the status") { statusLine($0).contains("1/1") }
        let styled = try session.capture(escapes: true)
        // No colour at all (SGR 30–37, 38, 90–97), but the match is still reversed.
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*(3[0-8]|9[0-7])[;m]", options: .regularExpression) == nil)
        #expect(
            styled.range(of: "\u{1B}\\[[0-9;]*7[0-9;]*m(\u{1B}\\[[0-9;]*m)*试金石", options: .regularExpression) != nil)
    }

    @Test func dumbTerminalIsRefusedWithOneLine() throws {
        // tmux sets TERM for the pane itself, so override it in the command.
        let session = try TmuxSession(
            shellCommand: "TERM=dumb exec '\(try SpeechreaderBinary.path())'", width: 80, height: 24,
            environment: environment)
        // The program exits at once; tmux may scroll its last line into the history.
        #expect(try session.waitForExit() != 0)
        let screen = try session.capture(includeHistory: true)
        #expect(screen.contains("speechreader: "))
        #expect(screen.contains("dumb"))
    }
}
