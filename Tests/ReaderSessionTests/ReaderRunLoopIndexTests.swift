import ReaderCore
import ReaderSession
import SpeechParser
import Testing

@Suite("Run loop: the navigation index, built while keys are taken")
struct ReaderRunLoopIndexTests {
    let document = Document(parsing: ReaderRunLoopWatchTests.text)
    let newDocument = Document(parsing: ReaderRunLoopWatchTests.edited)

    func run(_ script: [TerminalInput], busyPolls: Int, watcher: FakeWatcher? = nil)
        -> (loop: ReaderRunLoop, terminal: FakeTerminal, indexer: FakeIndexer)
    {
        let terminal = FakeTerminal(script: script)
        let indexer = FakeIndexer(busyPolls: busyPolls, terminal: terminal)
        var loop = ReaderRunLoop(
            state: ReaderState(document: document, width: 120, height: 8, language: .english), terminal: terminal,
            store: FakeStore(), editor: FakeEditor(.success("")), watcher: watcher,
            checker: ImmediateChecker { _ in [] }, indexer: indexer)
        _ = loop.run()
        return (loop, terminal, indexer)
    }

    @Test("the index is started once the first frame is on screen; keys are taken while it is built")
    func builtAfterTheFirstFrame() {
        let (loop, terminal, indexer) = run(
            [.key("j"), .key("j"), .timeout, .timeout, .timeout, .key("q")], busyPolls: 2)
        #expect(indexer.started == [document.text])
        #expect(indexer.framesAtStart.first.map { $0 >= 1 } == true)
        // While it is busy the loop wakes often, to apply the index soon after it is done.
        #expect(terminal.timeouts.first == ReaderRunLoop.busyPollMilliseconds)
        #expect(loop.state.navigation.index?.textHash == document.textHash)
        #expect(loop.state.cursor > 0)
    }

    @Test("a reload drops the old index and has one built for the new text")
    func rebuiltAfterAReload() {
        let watcher = FakeWatcher([nil, .changed(newDocument)])
        let (loop, _, indexer) = run([.timeout, .timeout, .timeout, .key("q")], busyPolls: 0, watcher: watcher)
        #expect(indexer.started == [document.text, newDocument.text])
        #expect(loop.state.navigation.index?.textHash == newDocument.textHash)
    }

    @Test("an index built for another text is not taken; a reload clears the index in the reducer")
    func staleIndexIsDropped() {
        var state = ReaderState(document: document, width: 120, height: 8, language: .english)
        let none = PinyinReadings(characters: [])
        _ = ReaderReducer.reduce(
            &state, .navigation(.indexReady(NavigationIndex(document: newDocument, readings: none))))
        #expect(state.navigation.index == nil)
        _ = ReaderReducer.reduce(&state, .navigation(.indexReady(NavigationIndex(document: document, readings: none))))
        #expect(state.navigation.index != nil)
        _ = ReaderReducer.reduce(
            &state, .documentReloaded(DocumentReload(document: newDocument, notes: [], bookmarks: [])))
        #expect(state.navigation.index == nil)
    }
}
