import ReaderCore
import ReaderSession

/// A terminal that plays a script of inputs and records what the run loop did with it.
final class FakeTerminal: ReaderTerminal {
    var size: (width: Int, height: Int) = (100, 30)
    /// What `nextInput` returns, in order; once empty, the reader is sent `q`.
    var script: [TerminalInput]
    /// Every frame shown, in order.
    private(set) var frames: [Frame] = []
    /// Every terminal effect performed.
    private(set) var effects: [TerminalEffect] = []
    /// How many times the terminal was handed to the shell.
    private(set) var suspensions = 0
    /// The timeouts the run loop waited with, in order.
    private(set) var timeouts: [Int] = []

    init(script: [TerminalInput]) {
        self.script = script
    }

    /// The text of the last frame shown.
    var screen: String { frames.last?.text ?? "" }

    func nextInput(timeoutMilliseconds: Int) -> TerminalInput {
        timeouts.append(timeoutMilliseconds)
        return script.isEmpty ? .event(.character("q")) : script.removeFirst()
    }

    func show(_ frame: Frame, cursor: (row: Int, col: Int)?) {
        frames.append(frame)
    }

    func perform(_ effect: TerminalEffect) {
        effects.append(effect)
    }

    func suspended<T>(_ body: () -> T) -> T {
        suspensions += 1
        return body()
    }
}

extension TerminalInput {
    /// A typed character.
    static func key(_ character: Character) -> TerminalInput { .event(.character(character)) }
}
