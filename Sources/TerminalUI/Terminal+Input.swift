import CNCurses
import ReaderCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading and decoding input: keys, wide characters, Ctrl keys, mouse and resize.
extension Terminal {
    /// Waits up to `timeoutMilliseconds` (negative: until something happens) for one input event.
    ///
    /// Returns `nil` on timeout, when a termination signal arrived or the terminal hung up (check
    /// `TerminationSignals.pending`; a hang-up counts as SIGHUP), or for input that means nothing to the reader (an unknown
    /// key, a mouse release). Text from an input method arrives one code point per call. A resume
    /// after Ctrl-Z is reported as `.resize` with the terminal's current size.
    public func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard let window else { return nil }
        // An endless wait is a series of finite ones: ncurses then waits in poll(), which a signal
        // always interrupts, whereas a blocking read() is restarted after ncurses' SIGTSTP handler
        // and would sleep through the resume.
        let forever = timeoutMilliseconds < 0
        wtimeout(window, forever ? 1000 : Int32(clamping: timeoutMilliseconds))
        while true {
            if let resumed = resumeEvent() {
                return resumed
            }
            var code: wint_t = 0
            switch wget_wch(window, &code) {
            case KEY_CODE_YES:
                return decodeKey(Int32(bitPattern: code))
            case OK:
                if code == 0x1B, let report = readMouseReport() {
                    wtimeout(window, forever ? 1000 : Int32(clamping: timeoutMilliseconds))
                    guard case .complete(let event) = report, let event else { continue }
                    return event
                }
                return InputEvent(codePoint: code)
            default:
                if let resumed = resumeEvent() {
                    return resumed
                }
                if cn_input_hung_up(STDIN_FILENO) == 1 {
                    // The terminal is gone but no SIGHUP reached us (e.g. it is ignored by a
                    // parent): end the run loop the same way, instead of spinning on failed reads.
                    if #available(macOS 15.0, *) {
                        TerminationSignals.record(SIGHUP)
                    }
                    return nil
                }
                guard forever, pendingTermination == nil else { return nil }
            }
        }
    }

    /// After a resume from Ctrl-Z: adopts the terminal's real size (it may have changed while
    /// the program was stopped), schedules a full repaint and reports `.resize`; otherwise nil.
    private func resumeEvent() -> InputEvent? {
        guard #available(macOS 15.0, *), ResumeSignal.consume(), let window else { return nil }
        var rows: Int32 = 0
        var columns: Int32 = 0
        if cn_terminal_size(STDOUT_FILENO, &rows, &columns) == 1,
            rows != getmaxy(window) || columns != getmaxx(window)
        {
            _ = resizeterm(rows, columns)
        }
        _ = clearok(window, true)
        shown = nil
        let current = size
        return .resize(width: current.width, height: current.height)
    }

    /// After an ESC: a mouse report that ncurses left undecoded, read whole (`.complete`), or nil
    /// with the characters read handed back to ncurses (an Escape key, or another sequence).
    private func readMouseReport() -> MouseReport.Parse? {
        guard let window else { return nil }
        // The report's bytes arrive in one write: a short wait is enough to tell them from a
        // lone Escape, which then costs no more than ESCDELAY already did.
        wtimeout(window, 10)
        var characters: [Character] = []
        var codes: [wint_t] = []
        var parsed = MouseReport.Parse.incomplete
        while characters.count <= MouseReport.maximumLength + 2 {
            var code: wint_t = 0
            guard wget_wch(window, &code) == OK, let scalar = Unicode.Scalar(UInt32(code)) else {
                // Nothing more came: a report cut short is dropped, never typed.
                parsed = MouseReport.truncated(characters)
                break
            }
            codes.append(code)
            characters.append(Character(scalar))
            parsed = MouseReport.parse(characters)
            guard parsed == .incomplete else { break }
        }
        if case .complete(let event) = parsed { return .complete(event) }
        for code in codes.reversed() {
            _ = unget_wch(wchar_t(bitPattern: code))
        }
        return nil
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
        KEY_DC: .delete, KEY_IC: .insert
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
