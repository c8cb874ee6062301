import CNCurses
import ReaderCore

/// Reading and decoding input: keys, wide characters, Ctrl keys, mouse and resize.
extension Terminal {
    /// Waits up to `timeoutMilliseconds` (negative: forever) for one input event.
    ///
    /// Returns `nil` on timeout, when a signal interrupted the wait (check
    /// `TerminationSignals.pending`), or for input that means nothing to the reader (an unknown
    /// key, a mouse release). Text from an input method arrives one code point per call.
    public func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard let window else { return nil }
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case KEY_CODE_YES:
            return decodeKey(Int32(bitPattern: code))
        case OK:
            return InputEvent(codePoint: code)
        default:
            return nil
        }
    }

    /// The event for an ncurses key code (`KEY_*`).
    private func decodeKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE:
            let current = size
            return .resize(width: current.width, height: current.height)
        case KEY_MOUSE:
            return readMouse()
        case KEY_F0 + 1...KEY_F0 + 12:
            return InputEvent.Key.function(Int(code - KEY_F0)).map(InputEvent.key)
        default:
            return Self.namedKeys[code].map(InputEvent.key)
        }
    }

    /// ncurses key codes of the named keys. Shifted arrows (sent by some terminals for
    /// Shift+↑/↓) count as plain arrows.
    private static let namedKeys: [Int32: InputEvent.Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_SR: .up, KEY_SF: .down, KEY_SLEFT: .left, KEY_SRIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
        KEY_A1: .home, KEY_C1: .end, KEY_A3: .pageUp, KEY_C3: .pageDown,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace,
        KEY_DC: .delete, KEY_IC: .insert,
    ]

    /// The pending mouse event: a button-1 press or click, or a wheel step.
    private func readMouse() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let kind: InputEvent.MouseEvent.Kind
        if state & CN_BUTTON4_PRESSED != 0 {
            kind = .wheelUp
        } else if CN_BUTTON5_PRESSED != 0, state & CN_BUTTON5_PRESSED != 0 {
            kind = .wheelDown
        } else if state & (CN_BUTTON1_PRESSED | CN_BUTTON1_CLICKED | CN_BUTTON1_DOUBLE_CLICKED) != 0 {
            // With mouseinterval(0) a press normally comes alone, but a press and release read in
            // one go are reported as a single CLICKED.
            kind = .press
        } else {
            return nil
        }
        return .mouse(InputEvent.MouseEvent(kind, row: Int(event.y), col: Int(event.x)))
    }
}
