import ReaderCore
import ReaderSession

/// The ncurses terminal as the run loop's terminal: input with termination signals (and a hung-up
/// terminal, which counts as SIGHUP) reported apart from timeouts.
extension Terminal: ReaderTerminal {
    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput {
        if let signal = pendingTermination { return .terminated(signal: signal) }
        if let event = readEvent(timeoutMilliseconds: timeoutMilliseconds) { return .event(event) }
        if let signal = pendingTermination { return .terminated(signal: signal) }
        return .timeout
    }

    public func show(_ frame: Frame, cursor: (row: Int, col: Int)?) {
        draw(frame)
        placeCursor(cursor)
    }

    public func perform(_ effect: TerminalEffect) {
        switch effect {
        case .bell: beep()
        case .copy(let text): copyToClipboard(text)
        case .mouseCapture(let on): setMouseCapture(on)
        }
    }

    public func suspended<T>(_ body: () -> T) -> T {
        suspend(run: body)
    }
}
