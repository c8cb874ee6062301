import Annotations
import ReaderCore
import SpeechParser

/// The interactive reader's run loop: the imperative shell around the pure core. It reads input,
/// maps it through the key table to actions, lets `ReaderReducer.reduce` change the state,
/// performs the effects through the terminal, the store and the editor, feeds their answers back
/// as actions, and draws `Renderer.render(state)`.
///
/// The reading position is saved after every batch of keys that jumped (after the frame is drawn,
/// so a jump never waits for the disk), on quit, and when a termination signal ends the loop.
///
/// The structural check and the navigation index are started after the first frame is drawn
/// (and after each reload), so a big document shows at once, and are collected when ready. A
/// `DocumentWatcher`, when there is one, is asked at every wake-up whether the file changed; a
/// new text is reloaded at once, or as soon as an open input line closes (a note being typed
/// belongs to the text it was started on).
public struct ReaderRunLoop {
    /// How long to wait for a key before checking for signals again.
    public static let pollMilliseconds = 250
    /// How long to wait for a key while a check or an index is under way, so its result shows
    /// soon after it ends.
    public static let busyPollMilliseconds = 50
    /// While a search scans a long text, a frame is drawn after this many slices and when the
    /// scan ends: a frame costs about as much as a slice, and a count that changes every ten
    /// milliseconds or so is as fast as anyone can read it.
    public static let slicesPerFrame = 4

    /// The reader's state; the final state once `run` returns.
    public private(set) var state: ReaderState
    /// Why the last save of the reading position failed, if it did (for the caller to print once
    /// the terminal is restored).
    public private(set) var positionFailure: String?

    private let terminal: any ReaderTerminal
    private let store: any SessionStore
    private let editor: any NoteEditor
    private let watcher: (any DocumentWatcher)?
    private let checker: any DocumentChecker
    /// Builds the navigation index; none without one (the reader then searches literally).
    private let indexer: (any DocumentIndexer)?
    /// Actions applied before the first frame (the configuration).
    private let configure: [Action]
    /// A position to save once the current batch of events is done.
    private var pendingPosition: ReadingPosition?
    /// A new text held back while an input line is open.
    private var pendingDocument: Document?
    /// Search slices scanned since the last frame.
    private var slicesSinceFrame = 0

    /// A loop over `state` with its ports. `watcher` follows the file (nil for the bundled speech
    /// and standard input); `checker` runs the structural check; `indexer` builds the navigation
    /// index.
    public init(
        state: ReaderState, terminal: any ReaderTerminal, store: any SessionStore, editor: any NoteEditor,
        watcher: (any DocumentWatcher)? = nil, checker: any DocumentChecker = ImmediateChecker(),
        indexer: (any DocumentIndexer)? = nil, configure: [Action] = []
    ) {
        self.configure = configure
        self.state = state
        self.terminal = terminal
        self.store = store
        self.editor = editor
        self.watcher = watcher
        self.checker = checker
        self.indexer = indexer
    }

    /// Runs the reader until it quits or a termination signal arrives; the position is saved
    /// either way.
    ///
    /// The first frame is drawn before the store is asked for anything: opening SQLite and
    /// reading the notes takes longer than laying out a screen, and the reader should show the
    /// text as soon as `less` would. The saved position and the notes follow a moment later.
    public mutating func run() -> SessionEnd {
        for action in configure {
            _ = dispatch(action)
        }
        draw()
        for action in store.initialActions() {
            _ = dispatch(action)
        }
        let end = loop()
        positionFailure = store.savePosition(state.readingPosition)
        return end
    }

    /// Reads and applies events until the reader quits or a signal arrives.
    private mutating func loop() -> SessionEnd {
        draw()  // the store's answers (position, notes) on screen; the terminal sends only what changed
        indexer?.start(state.document)
        collectIndex()
        runCheck()
        while true {
            let first: InputEvent
            var wait = min(watcher?.pendingMilliseconds ?? Self.pollMilliseconds, Self.pollMilliseconds)
            if checker.isBusy || indexer?.isBusy == true { wait = min(wait, Self.busyPollMilliseconds) }
            // A search still scanning a large text goes on whenever no key is waiting.
            if state.search.isScanning { wait = 0 }
            switch terminal.nextInput(timeoutMilliseconds: max(wait, 0)) {
            case .timeout where state.search.isScanning:
                _ = dispatch(.continueSearch)
                slicesSinceFrame += 1
                if !state.search.isScanning || slicesSinceFrame >= Self.slicesPerFrame {
                    draw()
                }
                continue
            case .timeout:
                collectIndex()
                collectFindings()
                followFile()
                continue
            case .terminated(let signal): return .signal(signal)
            case .event(let event): first = event
            }
            // Apply every event already waiting before drawing again, so held-down keys never
            // build up a lag behind the screen.
            var next: TerminalInput = .event(first)
            while case .event(let event) = next {
                if let action = Keymap.action(for: event, in: state), !dispatch(action) {
                    return .quit
                }
                next = terminal.nextInput(timeoutMilliseconds: 0)
            }
            if case .terminated(let signal) = next { return .signal(signal) }
            // Draw first: the save waits for a sync to disk, and the jump should not wait for it.
            draw()
            if flushPosition() { draw() }
            collectIndex()
            collectFindings()
            followFile()
        }
    }

    /// Starts the structural check on the text on screen, and shows its findings if it is done.
    private mutating func runCheck() {
        checker.start(state.document, revision: state.revisions.reloads)
        collectFindings()
    }

    /// Hands a finished navigation index to the reducer (which takes it only for the text on
    /// screen).
    private mutating func collectIndex() {
        guard let index = indexer?.poll() else { return }
        _ = dispatch(.navigation(.indexReady(index)))
        draw()
    }

    /// Shows the findings of a finished check.
    private mutating func collectFindings() {
        guard let result = checker.poll() else { return }
        _ = dispatch(.checked(result.findings, revision: result.revision))
        draw()
    }

    /// Asks the watcher what became of the file, and reloads or reports it.
    private mutating func followFile() {
        switch watcher?.poll() {
        case .changed(let document)?:
            pendingDocument = document
        case .missing?:
            _ = dispatch(.report(.documentMissing))
            draw()
        case .unreadable(let reason)?:
            _ = dispatch(.report(.documentUnreadable(reason)))
            draw()
        case nil:
            break
        }
        guard let document = pendingDocument else { return }
        if case .prompt = state.mode { return }
        pendingDocument = nil
        reload(document)
    }

    /// Replaces the text: the store places its notes and bookmarks in the new one, the reducer
    /// keeps the reading position by anchor; then the new text is checked.
    private mutating func reload(_ document: Document) {
        let reload: DocumentReload
        var failure: String?
        switch store.reopen(document) {
        case .success(let lists):
            reload = DocumentReload(document: document, notes: lists.notes, bookmarks: lists.bookmarks)
        case .failure(let error):
            reload = DocumentReload(document: document, notes: nil, bookmarks: nil)
            failure = error.reason
        }
        _ = dispatch(.documentReloaded(reload))
        if let failure { _ = dispatch(.report(.failure(failure))) }
        draw()
        indexer?.start(document)
        collectIndex()
        runCheck()
    }

    /// Applies an action and performs its effects, applying the answers in turn; false when the
    /// reader should quit.
    private mutating func dispatch(_ first: Action) -> Bool {
        var queue = [first]
        var keepRunning = true
        while !queue.isEmpty {
            let action = queue.removeFirst()
            for effect in ReaderReducer.reduce(&state, action) {
                switch effect {
                case .quit:
                    keepRunning = false
                case .terminal(let effect):
                    terminal.perform(effect)
                case .store(.savePosition(let position)):
                    pendingPosition = position
                case .store(let effect):
                    queue += store.perform(effect)
                case .editor(let effect):
                    queue += perform(effect)
                }
            }
        }
        return keepRunning
    }

    /// Runs the editor with the terminal suspended; its text comes back as an action.
    private func perform(_ effect: EditorEffect) -> [Action] {
        switch effect {
        case .editNote(let id, let currentText):
            switch terminal.suspended({ editor.edit(currentText) }) {
            case .success(let text): return [.noteEdited(id: id, previous: currentText, text: text)]
            case .failure(let failure): return [.report(.failure(failure.reason))]
            }
        }
    }

    /// Saves a position the last batch of events jumped to; a failure is shown as a message.
    /// Returns true when the state changed (the failure message) and the screen needs a redraw.
    private mutating func flushPosition() -> Bool {
        guard let position = pendingPosition else { return false }
        pendingPosition = nil
        guard let failure = store.savePosition(position) else { return false }
        _ = dispatch(.report(.failure(failure)))
        return true
    }

    private mutating func draw() {
        slicesSinceFrame = 0
        terminal.show(Renderer.render(state), cursor: Renderer.cursorPosition(state))
    }
}
