import Annotations
import ReaderCore

/// The interactive reader's run loop: the imperative shell around the pure core. It reads input,
/// maps it through the key table to actions, lets `ReaderReducer.reduce` change the state,
/// performs the effects through the terminal, the store and the editor, feeds their answers back
/// as actions, and draws `Renderer.render(state)`.
///
/// The reading position is saved after every batch of keys that jumped (after the frame is drawn,
/// so a jump never waits for the disk), on quit, and when a termination signal ends the loop.
public struct ReaderRunLoop {
    /// How long to wait for a key before checking for signals again.
    public static let pollMilliseconds = 250

    /// The reader's state; the final state once `run` returns.
    public private(set) var state: ReaderState
    /// Why the last save of the reading position failed, if it did (for the caller to print once
    /// the terminal is restored).
    public private(set) var positionFailure: String?

    private let terminal: any ReaderTerminal
    private let store: any SessionStore
    private let editor: any NoteEditor
    /// Work that waits until the first frame is on screen (building the search index); its
    /// answers are applied before the first key.
    private let afterFirstFrame: () -> [Action]
    /// A position to save once the current batch of events is done.
    private var pendingPosition: ReadingPosition?

    public init(
        state: ReaderState, terminal: any ReaderTerminal, store: any SessionStore, editor: any NoteEditor,
        afterFirstFrame: @escaping () -> [Action] = { [] }
    ) {
        self.state = state
        self.terminal = terminal
        self.store = store
        self.editor = editor
        self.afterFirstFrame = afterFirstFrame
    }

    /// Runs the reader until it quits or a termination signal arrives; the position is saved
    /// either way.
    public mutating func run() -> SessionEnd {
        for action in store.initialActions() {
            _ = dispatch(action)
        }
        let end = loop()
        positionFailure = store.savePosition(state.readingPosition)
        return end
    }

    /// Reads and applies events until the reader quits or a signal arrives.
    private mutating func loop() -> SessionEnd {
        draw()
        let prepared = afterFirstFrame()
        for action in prepared {
            _ = dispatch(action)
        }
        if !prepared.isEmpty { draw() }
        while true {
            let first: InputEvent
            switch terminal.nextInput(timeoutMilliseconds: Self.pollMilliseconds) {
            case .timeout: continue
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
        }
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

    private func draw() {
        terminal.show(Renderer.render(state), cursor: Renderer.cursorPosition(state))
    }
}
