import Foundation
import TestSupport
import Testing

/// Issue 11 in tmux: an SGR click on a list item selects it and a second click opens it; `:`
/// takes the names the reader shows.
@Suite("Clicks in the lists and names in ':' in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderListClickEndToEndTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
        "speechreader-clicks-\(UUID().uuidString)")

    func reader() throws -> TmuxSession {
        let session = try TmuxSession.speechreader(
            [], width: 100, height: 30,
            environment: [
                "SPEECHREADER_STORE": home.appendingPathComponent("store").path, "XDG_CONFIG_HOME": home.path
            ],
            unsetting: ["NO_COLOR", "LC_ALL"])
        try session.waitFor("the first screen") { statusLine($0).hasSuffix("%") }
        return session
    }

    func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func statusLine(_ screen: String) -> String {
        let rows = rows(screen)
        return rows.count >= 2 ? rows[rows.count - 2] : ""
    }

    /// A left click at a 0-based cell, as SGR press and release (`ESC [ < 0 ; X ; Y M`, then `m`).
    func click(_ session: TmuxSession, row: Int, col: Int) throws {
        let report = "\u{1B}[<0;\(col + 1);\(row + 1)"
        try session.sendHex(Array((report + "M").utf8) + Array((report + "m").utf8))
    }

    @Test func aClickSelectsARequirementAndASecondClickGoesThere() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try reader()
        try session.sendKeys("R")
        let list = try session.waitFor("the requirement list") { $0.contains("Requirements") }
        let target = "二是要把保障和改善民生"
        guard let row = rows(list).firstIndex(where: { $0.contains(target) }) else {
            Issue.record("no row with \(target): \(list)")
            session.kill()
            return
        }
        try click(session, row: row, col: 50)
        Thread.sleep(forTimeInterval: 0.3)
        let selected = try session.capture()
        #expect(selected.contains("Requirements"), "the first click closed the list: \(selected)")
        #expect(!statusLine(selected).contains("not a key"), "\(selected)")
        try click(session, row: row, col: 50)
        let opened = try session.waitFor("1.2.2 in the status line") { statusLine($0).contains("1.2.2 ") }
        #expect(!opened.contains("Requirements"))
        session.kill()
    }

    @Test func colonTakesTheLostHeadingsNameInChinese() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try reader()
        try session.sendKeys(":")
        try session.sendLiteral("（标题缺失）")
        try session.sendKeys("Enter")
        let screen = try session.waitFor("the lost heading") {
            statusLine($0).contains("2 (heading lost in the gap)")
        }
        #expect(!statusLine(screen).contains("No such"))
        session.kill()
    }
}
