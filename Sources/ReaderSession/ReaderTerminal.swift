import ReaderCore

/// What the run loop needs from a terminal. The ncurses terminal is one; tests use a scripted one.
public protocol ReaderTerminal: AnyObject {
    /// The size in cells now.
    var size: (width: Int, height: Int) { get }
    /// Waits up to `timeoutMilliseconds` (0: only what is already there) for input.
    func nextInput(timeoutMilliseconds: Int) -> TerminalInput
    /// Shows `frame`, with the cursor at `cursor` (hidden when nil).
    func show(_ frame: Frame, cursor: (row: Int, col: Int)?)
    /// Performs a terminal effect (the bell).
    func perform(_ effect: TerminalEffect)
    /// Runs `body` with the terminal handed back to the shell (for an external editor).
    func suspended<T>(_ body: () -> T) -> T
}
