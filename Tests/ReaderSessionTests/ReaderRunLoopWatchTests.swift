import Annotations
import ReaderCore
import ReaderSession
import SpeechParser
import Testing

@Suite("Run loop: the check after the first frame, and a file that changes")
struct ReaderRunLoopWatchTests {
    static let text = ReaderRunLoopTests.text
    static let edited = "新加的第一段：本次会议由办公室组织。\n" + text
    let document = Document(parsing: Self.text)
    let newDocument = Document(parsing: Self.edited)

    func note(on needle: String) -> Note {
        let start = document.text.utf8.firstRange(of: needle.utf8).map {
            document.text.utf8.distance(from: document.text.utf8.startIndex, to: $0.lowerBound)
        }
        let sentence = document.sentences[document.sentenceIndex(atOrAfter: start ?? 0) ?? 0]
        let anchor = TextAnchor(document: document, range: sentence)
        return Note(
            id: 1, text: "批注", anchor: anchor, state: .exact, range: sentence, nodePath: anchor.nodePath,
            created: Timestamp(millisecondsSince1970: 0), updated: Timestamp(millisecondsSince1970: 0))
    }

    func run(
        _ script: [TerminalInput], watcher: FakeWatcher?, store: FakeStore = FakeStore(),
        check: @escaping (Document) -> [Finding] = { StructureCheck.run($0) }
    ) -> (loop: ReaderRunLoop, terminal: FakeTerminal) {
        let terminal = FakeTerminal(script: script)
        var loop = ReaderRunLoop(
            state: ReaderState(document: document, width: 120, height: 8, language: .english), terminal: terminal,
            store: store, editor: FakeEditor(.success("")), watcher: watcher, checker: ImmediateChecker(check))
        _ = loop.run()
        return (loop, terminal)
    }

    @Test("the first frame is drawn before the check runs; the next one shows its findings")
    func checkRunsAfterTheFirstFrame() throws {
        var checkedTexts: [String] = []
        let finding = Finding(rule: .duplicatedWord, range: 0..<6, message: .duplicatedWord(word: "今天"))
        let (loop, terminal) = run([.key("q")], watcher: nil) { document in
            checkedTexts.append(document.text)
            return [finding]
        }
        #expect(checkedTexts == [Self.text])
        #expect(terminal.frames.count >= 2)
        #expect(!terminal.frames[0].text.contains("[duplicated-word]"))
        #expect(terminal.frames.dropFirst().contains { $0.text.contains("[duplicated-word]") })
        #expect(loop.state.findings.findings == [finding])
    }

    @Test("a changed file is reloaded at the next wake-up, keeping the position and the notes")
    func changedFileIsReloaded() throws {
        let store = FakeStore(notes: [note(on: "二是要加强党性教育")])
        var checked: [String] = []
        let watcher = FakeWatcher([nil, .changed(newDocument)])
        let (loop, terminal) = run(
            [.key("]"), .key("]"), .timeout, .timeout, .timeout, .key("q")], watcher: watcher, store: store
        ) { document in
            checked.append(document.text)
            return []
        }
        #expect(loop.state.document.text == Self.edited)
        #expect(store.reopened == [Self.edited])
        #expect(checked == [Self.text, Self.edited])
        #expect(loop.state.readingPosition.nodePath == "1.1")
        let placed = try #require(loop.state.annotations.notes.first?.range)
        #expect(newDocument.substring(placed) == "二是要加强党性教育，砥砺初心使命。")
        #expect(terminal.frames.map(\.text).contains { $0.contains("reloaded: 1 section changed") })
        #expect(watcher.polls >= 3)
    }

    @Test("a reload waits while an input line is open, and happens when it closes")
    func reloadWaitsForThePrompt() throws {
        let watcher = FakeWatcher([.changed(newDocument)])
        let terminal = FakeTerminal(script: [.key(":"), .timeout, .timeout, .event(.key(.escape)), .timeout, .key("q")])
        var loop = ReaderRunLoop(
            state: ReaderState(document: document, width: 120, height: 8, language: .english), terminal: terminal,
            store: FakeStore(), editor: FakeEditor(.success("")), watcher: watcher,
            checker: ImmediateChecker { _ in [] })
        _ = loop.run()
        #expect(loop.state.document.text == Self.edited)
        // While the `:` line was open, the frames still showed the old text.
        let withPrompt = terminal.frames.filter { $0.text.contains("\n:") }
        #expect(!withPrompt.isEmpty)
        #expect(withPrompt.allSatisfy { !$0.text.contains("新加的第一段") })
    }

    @Test("a file that disappears or becomes unreadable keeps the loaded text, with a notice")
    func missingAndUnreadableKeepTheText() throws {
        let watcher = FakeWatcher([.missing, nil, .unreadable("not a text file: invalid UTF-8")])
        let (loop, terminal) = run([.timeout, .timeout, .timeout, .key("q")], watcher: watcher)
        #expect(loop.state.document.text == Self.text)
        let shown = terminal.frames.map(\.text)
        #expect(shown.contains { $0.contains("The file is gone: showing the copy loaded before") })
        #expect(shown.contains { $0.contains("The file can no longer be read") && $0.contains("invalid UTF-8") })
    }

    @Test("while a change settles the loop waits only as long as the watcher asks")
    func settlingShortensTheWait() throws {
        let watcher = FakeWatcher([nil, nil], pending: 40)
        let (_, terminal) = run([.timeout, .key("q")], watcher: watcher)
        #expect(terminal.timeouts.first == 40)
        let (_, idle) = run([.timeout, .key("q")], watcher: FakeWatcher([]))
        #expect(idle.timeouts.first == ReaderRunLoop.pollMilliseconds)
    }

    @Test("when the store cannot re-read its notes the reader places them itself and says why")
    func storeFailureStillReloads() throws {
        let store = FakeStore(notes: [note(on: "二是要加强党性教育")])
        store.reopenFailure = "the store is locked"
        let (loop, terminal) = run([.timeout, .key("q")], watcher: FakeWatcher([.changed(newDocument)]), store: store)
        #expect(loop.state.document.text == Self.edited)
        let placed = try #require(loop.state.annotations.notes.first?.range)
        #expect(newDocument.substring(placed) == "二是要加强党性教育，砥砺初心使命。")
        #expect(terminal.frames.map(\.text).contains { $0.contains("the store is locked") })
    }
}
