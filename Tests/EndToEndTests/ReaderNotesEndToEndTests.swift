import Foundation
import TestSupport
import Testing

/// Notes, bookmarks and the reading position through the real binary in tmux, checked with the
/// command line on the same store: what a person types, what the store then holds.
@Suite("Reader notes in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderNotesEndToEndTests {
    /// A private store for each test.
    let store = FileManager.default.temporaryDirectory.appendingPathComponent(
        "speechreader-notes-e2e-\(UUID().uuidString)")

    var environment: [String: String] { ["SPEECHREADER_STORE": store.path] }

    /// The reader on the bundled speech, once its first screen is up (wherever it opens).
    func reader(width: Int = 100, height: Int = 30, extra: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession.speechreader(
            [], width: width, height: height, environment: environment.merging(extra) { $1 }, unsetting: ["NO_COLOR"])
        try session.waitFor("the first screen") { statusLine($0).hasSuffix("%") }
        return session
    }

    /// The text pane's first row (what follows the border on the top row).
    func topTextRow(_ screen: String) -> String {
        let first = screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        return first.split(separator: "│", maxSplits: 1).last.map(String.init) ?? ""
    }

    /// The status line is the second-to-last row; the prompt line the last.
    func statusLine(_ screen: String) -> String { row(screen, fromEnd: 2) }
    func promptLine(_ screen: String) -> String { row(screen, fromEnd: 1) }

    private func row(_ screen: String, fromEnd: Int) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count >= fromEnd ? String(rows[rows.count - fromEnd]) : ""
    }

    /// Runs `speechreader ARGUMENTS` with the same store; returns its status and output.
    func command(_ arguments: [String]) throws -> ChildProcess.Result {
        var variables = ProcessInfo.processInfo.environment
        variables["LANG"] = "C.UTF-8"
        variables.merge(environment) { $1 }
        return try ChildProcess.run(try SpeechreaderBinary.path(), arguments, environment: variables)
    }

    /// `:PATH` Enter, then waits for the status line to show it.
    func goTo(_ path: String, in session: TmuxSession) throws {
        try session.sendKeys(":")
        try session.sendLiteral(path)
        try session.sendKeys("Enter")
        try session.waitFor("status at \(path)") { statusLine($0).contains(" \(path) ") }
    }

    /// `a`, the text typed as an input method commits it, Enter; waits for the acknowledgement.
    func annotate(_ text: String, at path: String, in session: TmuxSession) throws {
        try session.sendKeys("a")
        try session.waitFor("the note prompt") { promptLine($0).hasPrefix("Note") }
        try session.sendLiteral(text)
        try session.waitFor("the typed note") { promptLine($0).contains(text) }
        try session.sendKeys("Enter")
        try session.waitFor("the note saved") { statusLine($0).contains("Note saved at \(path)") }
    }

    @Test func aNoteTypedInChineseIsStoredExactlyAndThePlaceIsKept() throws {
        defer { try? FileManager.default.removeItem(at: store) }
        let note = "群众满意度是检验政绩的“标尺”"
        let session = try reader()
        try goTo("1.2.1", in: session)
        try annotate(note, at: "1.2.1", in: session)
        // The outline counts it and the text marks it, without moving the text.
        let screen = try session.capture()
        #expect(screen.contains("·1 │"))
        #expect(screen.contains("│•    一是要把群众满意度作为衡量政绩的“晴雨表”。"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)

        let listed = try command(["notes", "list", "--tsv"])
        #expect(listed.status == 0, "\(listed.errors)")
        let lines = listed.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1, "\(listed.output)")
        let fields = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) ?? []
        #expect(fields.count == 5)
        #expect(fields.dropFirst().first == "1.2.1")
        #expect(fields.dropFirst(2).first == "exact")
        #expect(fields.dropFirst(3).first == "一是要把群众满意度作为衡量政绩的“晴雨表”。")
        #expect(fields.last == note)

        // Reopened, the reader is where it was, and the note is listed.
        let again = try reader()
        try again.waitFor("status back at 1.2.1") { statusLine($0).contains(" 1.2.1 一是要把群众满意度") }
        try again.sendKeys("A")
        let list = try again.waitFor("Notes (1)")
        #expect(list.contains("1.2.1  exact  一是要把群众满意度作为衡量政绩的“晴雨表”。"))
        #expect(list.contains(note))
    }

    @Test func aBookmarkWithALabelAppearsInTheBookmarkList() throws {
        defer { try? FileManager.default.removeItem(at: store) }
        let session = try reader()
        try goTo("2.1", in: session)
        try session.sendKeys("m")
        try session.waitFor("the label prompt") { promptLine($0).hasPrefix("Bookmark label") }
        try session.sendLiteral("重点复习")
        try session.sendKeys("Enter")
        try session.waitFor("the bookmark saved") { statusLine($0).contains("Bookmark saved at 2.1") }
        try session.sendKeys("B")
        let list = try session.waitFor("Bookmarks (1)")
        #expect(list.contains("2.1  重点复习  "))
        #expect(statusLine(list).contains("BOOKMARKS"))
        #expect(try command(["bookmarks", "list", "--tsv"]).output.hasSuffix("\t2.1\t重点复习\n"))
        // Enter goes there from anywhere.
        try session.sendKeys("Escape")
        try session.waitFor("the list closed") { !$0.contains("Bookmarks (1)") }
        try session.sendKeys("g")
        try session.waitFor("back at the start") { statusLine($0).contains("Preamble") }
        try session.sendKeys("B")
        try session.waitFor("Bookmarks (1)")
        try session.sendKeys("Enter")
        try session.waitFor("at the bookmark") { statusLine($0).contains(" 2.1 ") && !$0.contains("Bookmarks (1)") }
    }

    @Test func aSelectionOfSentencesIsAnnotatedAndDeletingAsksFirst() throws {
        defer { try? FileManager.default.removeItem(at: store) }
        let session = try reader()
        try goTo("1.3.1", in: session)
        try session.sendKeys("v", "v", "v")
        try session.waitFor("three sentences selected") { statusLine($0).contains("SELECT 3") }
        try session.sendKeys("a")
        try session.waitFor("the note prompt for three") { promptLine($0).hasPrefix("Note (3 sentences):") }
        try session.sendLiteral("规律三句")
        try session.waitFor("the typed note") { promptLine($0).contains("规律三句") }
        try session.sendKeys("Enter")
        try session.waitFor("the note saved") { statusLine($0).contains("Note saved at 1.3.1") }
        let quote = try command(["notes", "list", "--tsv"]).output.split(separator: "\t").dropFirst(3).first ?? ""
        #expect(quote.hasPrefix("一是要尊重城市建设和发展规律。城市是一个有机生命体"))

        try session.sendKeys("A")
        try session.waitFor("Notes (1)")
        try session.sendKeys("d")
        try session.waitFor("the question") { promptLine($0).contains("Delete this note? y yes / n no") }
        try session.sendKeys("n")
        try session.waitFor("the question gone") { !promptLine($0).contains("Delete this note?") }
        #expect(try command(["notes", "list", "--tsv"]).output.contains("规律三句"))
        try session.sendKeys("d")
        try session.waitFor("the question") { promptLine($0).contains("Delete this note?") }
        try session.sendKeys("y")
        try session.waitFor("Notes (0)")
        #expect(try command(["notes", "list", "--tsv"]).output == "")
    }

    @Test func eEditsTheNoteInTheEditor() throws {
        defer { try? FileManager.default.removeItem(at: store) }
        // A non-interactive "editor": the command gets the file's path as its last argument.
        let session = try reader(extra: ["VISUAL": "sed -i s/草稿/定稿/"])
        try goTo("1.1", in: session)
        try annotate("草稿：政治忠诚", at: "1.1", in: session)
        try session.sendKeys("A")
        try session.waitFor("Notes (1)")
        try session.sendKeys("e")
        let screen = try session.waitFor("the note updated") { statusLine($0).contains("Note updated") }
        #expect(screen.contains("定稿：政治忠诚"))
        #expect(try command(["notes", "list", "--tsv"]).output.hasSuffix("\t定稿：政治忠诚\n"))
    }

    @Test func sigtermSavesThePosition() throws {
        defer { try? FileManager.default.removeItem(at: store) }
        let session = try reader()
        try goTo("1.3", in: session)
        let before = topTextRow(try session.capture())
        // One row down (one key, so the screen waited for is the final one): a scroll is no
        // jump, so only the exit can save this place.
        try session.sendKeys("j")
        let scrolled = try session.waitFor("scrolled") { topTextRow($0) != before }
        _ = Foundation.kill(try session.pid(), SIGTERM)
        _ = try session.waitForExit()
        let again = try reader()
        // The same top row and percentage (the cursor goes to the sentence at the saved offset).
        try again.waitFor("the same place") {
            topTextRow($0) == topTextRow(scrolled) && statusLine($0).suffix(5) == statusLine(scrolled).suffix(5)
        }
    }

    @Test func aCorruptStoreStillOpensTheDocumentWithANoticeAndIsLeftAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: store) }
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        let file = store.appendingPathComponent("store.sqlite")
        let junk = Data("SQLite format 2\u{0}this is not a database\n".utf8) + Data((0..<600).map { UInt8($0 % 251) })
        try junk.write(to: file)
        let session = try reader()
        // The store is opened once the first frame is on screen; its notice follows at once.
        let first = try session.waitFor("the store's notice") {
            statusLine($0).contains("store.sqlite is not an SQLite database")
        }
        #expect(statusLine(first).contains("read-only"))
        // Annotating says why instead; reading works; quitting writes nothing.
        try session.sendKeys("]")
        try session.waitFor("moved on") { statusLine($0).contains(" 1 一、") }
        try session.sendKeys("a")
        try session.waitFor("the notice again") { statusLine($0).contains("not an SQLite database") }
        #expect(!promptLine(try session.capture()).hasPrefix("Note"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(try Data(contentsOf: file) == junk)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.path) == ["store.sqlite"])
    }

    @Test func theNoteListSurvivesResizingToTinyAndBack() throws {
        defer { try? FileManager.default.removeItem(at: store) }
        let session = try reader()
        try goTo("1.2.3", in: session)
        try annotate("试金石", at: "1.2.3", in: session)
        try session.sendKeys("A")
        try session.waitFor("Notes (1)")
        try session.resize(width: 24, height: 7)
        try session.waitFor("the small list") { $0.contains("1.2.3") && $0.split(separator: "\n").count <= 7 }
        try session.resize(width: 12, height: 3)
        try session.waitFor("too small") { $0.lowercased().contains("small") }
        try session.resize(width: 90, height: 26)
        let screen = try session.waitFor("Notes (1)")
        #expect(screen.contains("试金石"))
        try session.sendKeys("Escape")
        try session.waitFor("the list closed") { !$0.contains("Notes (1)") }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
