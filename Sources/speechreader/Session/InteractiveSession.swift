import Annotations
import Foundation
import ReaderCore
import ReaderStore
import TerminalUI

/// The interactive reader's run loop: the imperative shell around the pure core. It reads input,
/// maps it through the key table to actions, lets `ReaderReducer.reduce` change the state, interprets
/// the effects (the store's writes, the editor, the bell) and feeds their results back as
/// actions, and draws `Renderer.render(state)` (the terminal sends only what changed).
///
/// The reading position is saved after every batch of keys that jumped, on quit, and when a
/// termination signal (SIGTERM, SIGHUP, SIGINT) ends the loop.
enum InteractiveSession {
    /// How long to wait for a key before checking for signals again.
    private static let pollMilliseconds = 250

    /// What the effect interpreter works with.
    private struct Shell {
        let terminal: Terminal
        let store: StoreSession
        /// A position to save once the current batch of events is done.
        var pendingPosition: ReadingPosition?
    }

    static func run(_ loaded: LoadedDocument, storeLocation: StoreLocation) throws {
        let terminal = Terminal()
        let store: StoreSession
        do {
            // A terminal that cannot run the reader is refused before the store is touched.
            try Terminal.checkEnvironment()
            store = StoreSession.open(loaded, location: storeLocation)
            try terminal.start()
        } catch let error as TerminalError {
            throw CLIError.invalidArgument(error.description)
        }
        var shell = Shell(terminal: terminal, store: store)
        let size = terminal.size
        var state = ReaderState(
            document: loaded.document, width: size.width, height: size.height,
            language: UILanguage(locale: Self.localeName()))
        for action in store.initialActions() {
            _ = dispatch(action, state: &state, shell: &shell)
        }
        loop(&state, &shell)
        // Quit, or a termination signal: either way the place is kept.
        let failure = store.savePosition(state.readingPosition)
        terminal.stop()
        if let failure {
            SpeechReaderCommand.report(failure)
        }
        if let signal = TerminationSignals.pending {
            // Everything is saved and the terminal restored: end as the signal would have, so a
            // parent shell sees "killed by SIGTERM" (128 + n) rather than a normal exit.
            TerminationSignals.uninstall()
            raise(signal)
        }
    }

    /// Reads and applies events until the reader quits or a termination signal arrives.
    private static func loop(_ state: inout ReaderState, _ shell: inout Shell) {
        var running = true
        draw(state, on: shell.terminal)
        while running {
            if TerminationSignals.pending != nil { break }
            guard let first = shell.terminal.readEvent(timeoutMilliseconds: pollMilliseconds) else { continue }
            // Apply every event already waiting before drawing again, so held-down keys never
            // build up a lag behind the screen.
            var event: InputEvent? = first
            while let current = event, running {
                if let action = Keymap.action(for: current, in: state) {
                    running = dispatch(action, state: &state, shell: &shell)
                }
                event = running ? shell.terminal.readEvent(timeoutMilliseconds: 0) : nil
            }
            guard running else { break }
            // Draw first: the save waits for a sync to disk, and the jump should not wait for it.
            draw(state, on: shell.terminal)
            if flushPosition(&state, &shell) { draw(state, on: shell.terminal) }
        }
    }

    /// Applies an action and performs its effects, applying the shell's answers in turn; false
    /// when the reader should quit.
    private static func dispatch(_ first: Action, state: inout ReaderState, shell: inout Shell) -> Bool {
        var queue = [first]
        var keepRunning = true
        while !queue.isEmpty {
            let action = queue.removeFirst()
            for effect in ReaderReducer.reduce(&state, action) {
                switch effect {
                case .quit:
                    keepRunning = false
                case .bell:
                    shell.terminal.beep()
                case .positionChanged(let path, let offset):
                    shell.pendingPosition = ReadingPosition(nodePath: path, offset: offset)
                case .editNoteExternally(let id, let currentText):
                    queue += editNote(id: id, currentText: currentText, shell: shell)
                case .addNote, .removeNote, .addBookmark, .removeBookmark:
                    queue += shell.store.perform(effect)
                }
            }
        }
        return keepRunning
    }

    /// `e` in the note list: the editor runs on the note with the terminal suspended; a changed,
    /// non-empty text is saved.
    private static func editNote(id: Int64, currentText: String, shell: Shell) -> [Action] {
        let outcome = shell.terminal.suspend { ExternalEditor.edit(currentText) }
        switch outcome {
        case .failed(let reason):
            return [.report(.failure(reason))]
        case .edited(let text):
            if text == currentText { return [.report(.noteUnchanged)] }
            if text.allSatisfy(\.isWhitespace) { return [.report(.emptyNote)] }
            return shell.store.saveNote(id: id, text: text)
        }
    }

    /// Saves a position the last batch of events jumped to; a failure is shown as a message.
    /// Returns true when the state changed (the failure message) and the screen needs a redraw.
    @discardableResult
    private static func flushPosition(_ state: inout ReaderState, _ shell: inout Shell) -> Bool {
        guard let position = shell.pendingPosition else { return false }
        shell.pendingPosition = nil
        guard let failure = shell.store.savePosition(position) else { return false }
        _ = dispatch(.report(.failure(failure)), state: &state, shell: &shell)
        return true
    }

    private static func draw(_ state: ReaderState, on terminal: Terminal) {
        terminal.draw(Renderer.render(state))
        terminal.placeCursor(Renderer.cursorPosition(state))
    }

    /// The locale the UI language is chosen from: LC_ALL, then LC_MESSAGES, then LANG.
    private static func localeName() -> String {
        let environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return ""
    }
}
