import Annotations
import ReaderCore
import ReaderSession
import SpeechParser
import Testing

@Suite("Run loop with a fake terminal, store and editor")
struct ReaderRunLoopTests {
    static let text = """
        今天，我们召开全体干部大会。这是开场白的第二句话。
        一、坚持学习，提高本领
        （一）加强理论学习
        一是要深化理论学习，掌握思想武器。二是要加强党性教育，砥砺初心使命。
        二、严守纪律，廉洁自律
        要时刻绷紧廉洁这根弦，自觉抵制各种诱惑。
        同志们，让我们携手奋进，再创佳绩！

        """
    let document = Document(parsing: Self.text)

    func state() -> ReaderState {
        ReaderState(document: document, width: 120, height: 6, language: .english)
    }

    func note(id: Int64, text: String) -> Note {
        let range = document.sentences[0]
        return Note(
            id: id, text: text, anchor: TextAnchor(document: document, range: range), state: .exact, range: range,
            nodePath: "preamble", created: Timestamp(millisecondsSince1970: 0),
            updated: Timestamp(millisecondsSince1970: 0)
        )
    }

    /// Runs the loop over `script` and returns what it left behind. Keys up to a `.timeout` form
    /// one batch, as keys already waiting in a real terminal do: the loop draws after each batch.
    func run(
        _ script: [TerminalInput], store: FakeStore = FakeStore(), editor: FakeEditor = FakeEditor(.success(""))
    ) -> (end: SessionEnd, loop: ReaderRunLoop, terminal: FakeTerminal) {
        let terminal = FakeTerminal(script: script)
        var loop = ReaderRunLoop(state: state(), terminal: terminal, store: store, editor: editor)
        let end = loop.run()
        return (end, loop, terminal)
    }

    @Test("the first frame is on screen before the store is opened")
    func firstFrameBeforeTheStore() throws {
        let store = FakeStore()
        let terminal = FakeTerminal(script: [.key("q")])
        var framesWhenOpened: Int?
        store.onOpen = { framesWhenOpened = terminal.frames.count }
        var loop = ReaderRunLoop(state: state(), terminal: terminal, store: store, editor: FakeEditor(.success("")))
        _ = loop.run()
        #expect(framesWhenOpened == 1)
        #expect(terminal.frames.first?.text.contains("今天，我们召开全体干部大会") == true)
    }

    @Test("q ends the session and saves the position it left")
    func quitSavesThePosition() throws {
        let store = FakeStore()
        let (end, loop, _) = run([.key("]"), .key("]"), .key("q")], store: store)
        #expect(end == .quit)
        #expect(loop.state.readingPosition.nodePath == "1.1")
        #expect(store.savedPositions.last == loop.state.readingPosition)
    }

    @Test("a termination signal ends the loop at once, with the position saved")
    func signalSavesThePosition() throws {
        let store = FakeStore()
        let (end, loop, terminal) = run([.key("]"), .terminated(signal: 15), .key("]")], store: store)
        #expect(end == .signal(15))
        #expect(loop.state.readingPosition.nodePath == "1")
        #expect(store.savedPositions.last?.nodePath == "1")
        // The key after the signal was never read.
        #expect(terminal.script == [.key("]")])
    }

    @Test("a signal in the middle of a batch of keys still ends the loop with the position saved")
    func signalInsideABatch() throws {
        let store = FakeStore()
        let (end, _, _) = run([.key("]"), .key("]"), .terminated(signal: 1)], store: store)
        #expect(end == .signal(1))
        #expect(store.savedPositions.last?.nodePath == "1.1")
    }

    @Test("timeouts are waited through; the bell goes to the terminal")
    func timeoutsAndBell() throws {
        let (end, _, terminal) = run([.timeout, .key("k"), .timeout, .key("q")])
        #expect(end == .quit)
        #expect(terminal.effects == [.bell])  // `k` at the top has nowhere to go
    }

    @Test("a store failure becomes a visible notice")
    func storeFailureIsShown() throws {
        let store = FakeStore()
        store.positionFailure = "the disk holding the store is full; nothing was saved"
        let (_, loop, terminal) = run([.key("]"), .timeout, .key("q")], store: store)
        let shown = terminal.frames.map(\.text)
        #expect(shown.contains { $0.contains("the disk holding the store is full") })
        #expect(loop.positionFailure == "the disk holding the store is full; nothing was saved")
    }

    @Test("an edited note comes back as an update and is written, trimmed")
    func editorResultIsWritten() throws {
        let store = FakeStore(notes: [note(id: 7, text: "旧的批注")])
        let editor = FakeEditor(.success("  新的批注\n第二行\n\n"))
        let (_, loop, terminal) = run([.key("A"), .key("e"), .timeout, .key("q")], store: store, editor: editor)
        #expect(editor.given == ["旧的批注"])
        #expect(terminal.suspensions == 1)
        #expect(store.performed.contains(.editNote(id: 7, text: "新的批注\n第二行")))
        #expect(loop.state.annotations.notes.first?.text == "新的批注\n第二行")
        #expect(terminal.frames.map(\.text).contains { $0.contains("Note updated") })
    }

    @Test("an editor result that changes nothing, or is empty, writes nothing and says so")
    func unchangedOrEmptyEdits() throws {
        for (answer, message) in [("旧的批注\n", "Note unchanged"), (" \n\u{3000}", "Empty note: nothing saved")] {
            let store = FakeStore(notes: [note(id: 7, text: "旧的批注")])
            let (_, _, terminal) = run(
                [.key("A"), .key("e"), .timeout, .key("q")], store: store, editor: FakeEditor(.success(answer)))
            #expect(!store.performed.contains { if case .editNote = $0 { return true } else { return false } })
            #expect(terminal.frames.map(\.text).contains { $0.contains(message) })
        }
    }

    @Test("an editor that fails leaves the note and shows why")
    func editorFailureIsShown() throws {
        let store = FakeStore(notes: [note(id: 7, text: "旧的批注")])
        let editor = FakeEditor(
            .failure(EditorFailure("the editor (vi) exited with status 1; the note was not changed")))
        let (_, _, terminal) = run([.key("A"), .key("e"), .timeout, .key("q")], store: store, editor: editor)
        #expect(store.notes.first?.text == "旧的批注")
        #expect(terminal.frames.map(\.text).contains { $0.contains("exited with status 1") })
    }
}
