import CNCurses
import ReaderCore

/// The visible cursor and the bell.
extension Terminal {
    /// Shows the terminal's cursor at (`row`, `col`), or hides it for nil. An input method draws
    /// its candidate window at the real cursor, so the `:` and `/` lines place it where typing goes.
    public func placeCursor(_ position: (row: Int, col: Int)?) {
        guard let window else { return }
        guard let position, position.row >= 0, position.col >= 0,
            position.row < size.height, position.col < size.width
        else {
            // Hidden again: let ncurses leave its cursor wherever drawing ended (no extra moves).
            _ = curs_set(0)
            _ = leaveok(window, true)
            return
        }
        _ = leaveok(window, false)
        _ = wmove(window, Int32(position.row), Int32(position.col))
        _ = curs_set(1)
        wrefresh(window)
    }

    /// Rings the bell: a key that could do nothing here.
    public func beep() {
        _ = CNCurses.beep()
    }
}
