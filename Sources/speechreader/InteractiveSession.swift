import Foundation
import ReaderCore
import TerminalUI

/// The interactive reader's run loop: the imperative shell around the pure core. It reads input,
/// maps it through the key table to actions, lets `Reader.reduce` change the state, interprets
/// the effects, and draws `Renderer.render(state)` (the terminal sends only what changed).
enum InteractiveSession {
    /// How long to wait for a key before checking for signals again.
    private static let pollMilliseconds = 250

    static func run(_ loaded: LoadedDocument) throws {
        let terminal = Terminal()
        do {
            try terminal.start()
        } catch let error as TerminalError {
            throw CLIError.invalidArgument(error.description)
        }
        defer { terminal.stop() }

        let size = terminal.size
        var state = ReaderState(document: loaded.document, width: size.width, height: size.height,
                                language: UILanguage(locale: Self.localeName()))
        var running = true
        draw(state, on: terminal)
        while running {
            if TerminationSignals.pending != nil { break }
            guard let first = terminal.readEvent(timeoutMilliseconds: pollMilliseconds) else { continue }
            // Apply every event already waiting before drawing again, so held-down keys never
            // build up a lag behind the screen.
            var event: InputEvent? = first
            while let current = event, running {
                running = handle(current, state: &state, terminal: terminal)
                event = terminal.readEvent(timeoutMilliseconds: 0)
            }
            draw(state, on: terminal)
        }
    }

    /// Applies one event; false when the reader should quit.
    private static func handle(_ event: InputEvent, state: inout ReaderState, terminal: Terminal) -> Bool {
        guard let action = Keymap.action(for: event, in: state) else { return true }
        var keepRunning = true
        for effect in Reader.reduce(&state, action) {
            switch effect {
            case .quit: keepRunning = false
            case .bell: terminal.beep()
            case .positionChanged: break
            }
        }
        return keepRunning
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
