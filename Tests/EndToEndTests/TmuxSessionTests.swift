import Foundation
import TestSupport
import Testing

/// Checks the tmux harness itself with ordinary programs (not speechreader), so a failure here
/// points at the harness or the machine, not at the reader.
@Suite("TmuxSession", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxSessionTests {
    @Test func capturesChineseOutputAndLiteralInput() throws {
        let session = try TmuxSession(shellCommand: "printf '中文 ready\\n'; exec cat", width: 40, height: 6)
        let screen = try session.waitFor("中文 ready")
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
        try session.sendLiteral("你好，世界")
        try session.waitFor("你好，世界")
    }

    @Test func namedKeysAndEnter() throws {
        let session = try TmuxSession(shellCommand: "exec cat", width: 40, height: 6)
        try session.sendKeys("a", "b", "Enter")
        try session.waitFor("number of lines") { screen in
            screen.components(separatedBy: "ab").count == 3  // the echo and cat's copy
        }
    }

    @Test func resizeReachesTheProgram() throws {
        let session = try TmuxSession(shellCommand: "exec sh", width: 40, height: 10)
        try session.resize(width: 100, height: 30)
        try session.sendLiteral("stty size")
        try session.sendKeys("Enter")
        try session.waitFor("30 100")
        let screen = try session.capture()
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count == 30)
    }

    @Test func rawBytesArriveUnchanged() throws {
        // Raw mode so the line discipline passes the bytes on at once, as to a curses program.
        let session = try TmuxSession(
            shellCommand: "stty raw -echo; dd bs=1 count=6 2>/dev/null | od -An -tx1; sleep 5", width: 40, height: 6)
        try session.sendHex(TmuxSession.mouseReport(button: 0, row: 2, col: 4))
        try session.waitFor("1b 5b 4d 20 25 23")
    }

    @Test func exitStatus() throws {
        // Output printed right before an exit can be lost by tmux: wait for it while running.
        let session = try TmuxSession(shellCommand: "printf 'done\\n'; read line; exit 3", width: 40, height: 6)
        try session.waitFor("done")
        try session.sendKeys("Enter")
        #expect(try session.waitForExit() == 3)
        // tmux scrolls a dead pane to show its "Pane is dead" line: earlier rows are in history.
        #expect(try session.capture(includeHistory: true).contains("done"))
    }

    @Test func deathBySignalIsReportedAs128PlusSignal() throws {
        // Wait for the program to be running: a signal sent while tmux is still forking the pane
        // can be lost.
        let session = try TmuxSession(shellCommand: "echo started; exec sleep 30", width: 40, height: 6)
        try session.waitFor("started")
        #expect(Foundation.kill(try session.pid(), SIGTERM) == 0)
        #expect(try session.waitForExit() == 128 + SIGTERM)
    }

    @Test func environmentIsPassedAndUnset() throws {
        let session = try TmuxSession(
            arguments: ["sh", "-c", "printf '%s|%s|%s\\n' \"$LANG\" \"$SR_TEST\" \"${HOME:-none}\"; exec cat"],
            width: 60, height: 6, environment: ["SR_TEST": "值"], unsetting: ["HOME"])
        try session.waitFor("C.UTF-8|值|none")
    }

    @Test func timeoutReportsTheLastScreen() throws {
        let session = try TmuxSession(shellCommand: "printf 'only this\\n'; exec cat", width: 40, height: 6)
        try session.waitFor("only this")
        do {
            try session.waitFor("never shown", timeout: .milliseconds(200))
            Issue.record("waitFor should have timed out")
        } catch let failure as TmuxSession.Failure {
            #expect(failure.description.contains("timed out"))
            #expect(failure.description.contains("only this"))
        }
    }

    @Test func exitWhileWaitingFailsFast() throws {
        let session = try TmuxSession(shellCommand: "printf 'bye\\n'", width: 40, height: 6)
        let start = ContinuousClock.now
        #expect(throws: TmuxSession.Failure.self) {
            try session.waitFor("never shown", timeout: .seconds(10))
        }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func killRemovesTheSocket() throws {
        let session = try TmuxSession(shellCommand: "exec cat", width: 20, height: 4)
        #expect(FileManager.default.fileExists(atPath: session.socketPath))
        session.kill()
        #expect(!FileManager.default.fileExists(atPath: session.socketPath))
        session.kill()  // idempotent
    }
}
