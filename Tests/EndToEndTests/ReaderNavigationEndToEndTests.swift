import Foundation
import TestSupport
import Testing

/// The finding-your-way keys in the real binary: `:` by title and by the document's numbering,
/// `}` over top-level requirements, and a search history that outlives the session.
@Suite("Reader navigation in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderNavigationEndToEndTests {
    /// A private store, so the tests never touch the user's history or positions.
    let store = FileManager.default.temporaryDirectory.appendingPathComponent("speechreader-nav-\(UUID().uuidString)")

    func reader(_ arguments: [String] = [], waitingFor marker: String = "一、溯源固本") throws -> TmuxSession {
        let session = try TmuxSession.speechreader(
            arguments, width: 100, height: 30, environment: ["SPEECHREADER_STORE": store.path], unsetting: ["NO_COLOR"])
        try session.waitFor(marker)
        return session
    }

    func statusLine(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count >= 2 ? String(rows[rows.count - 2]) : ""
    }

    @Test func goToByTitleAndByTheDocumentsOwnNumbering() throws {
        let session = try reader()
        try session.sendKeys(":")
        try session.sendLiteral("容错")
        try session.waitFor("the chooser") { $0.contains("三是要落实容错纠错机制") }
        try session.sendKeys("Enter")
        try session.waitFor("status at 2.2.3") { statusLine($0).contains("2.2.3") }
        try session.sendKeys(":")
        try session.sendLiteral("一(二)")
        try session.sendKeys("Enter")
        try session.waitFor("status at 1.2") { statusLine($0).contains(" 1.2 (二)恪守人民立场") }
    }

    @Test func partsStepOverTopLevelRequirements() throws {
        let fixture = Repository.fixtures.appendingPathComponent("reader/work-report-requirements-first.txt")
        let session = try reader([fixture.path], waitingFor: "2025年市政府工作报告")
        try session.sendKeys("}")
        try session.waitFor("status at the first 一、") { statusLine($0).contains("6 一、2025年工作回顾") }
        try session.sendKeys("}")
        try session.waitFor("status at 二、") { statusLine($0).contains("7 二、2026年工作安排") }
    }

    @Test func searchHistoryWalksBackAndOutlivesTheSession() throws {
        defer { try? FileManager.default.removeItem(at: store) }
        let session = try reader()
        for (query, count) in [("试金石", "1/1"), ("政绩观", "/27")] {
            try session.sendKeys("/")
            try session.sendLiteral(query)
            try session.sendKeys("Enter")
            try session.waitFor("search \(query) accepted") {
                statusLine($0).contains(count) && !statusLine($0).contains("SEARCH")
            }
        }
        try session.sendKeys("/", "Up", "Up")
        try session.waitFor("试金石 recalled") { $0.contains("/试金石") }
        try session.sendKeys("Enter")
        try session.waitFor("1/1 in the status") { statusLine($0).contains("1/1") }
        try session.sendKeys("q")
        _ = try session.waitForExit()

        let again = try reader()
        try again.sendKeys("/", "Up")
        try again.waitFor("the last search of the previous session") { $0.contains("/试金石") }
        try again.sendKeys("Up")
        try again.waitFor("the one before") { $0.contains("/政绩观") }
    }
}
