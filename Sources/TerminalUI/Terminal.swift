import CNCurses
import ReaderCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The ncurses session: the only place the program talks to the terminal.
///
/// Life cycle: `Terminal.checkEnvironment()` (optional, no side effects) → `start()` → any number
/// of `readEvent(timeoutMilliseconds:)` / `draw(_:)` → `stop()`. `stop()` is idempotent and also
/// runs on deinit, so the terminal is restored on every path out of the run loop. Not thread-safe:
/// use it from one thread (the run loop's).
public final class Terminal {
    /// The ncurses screen from `newterm`, nil while stopped.
    private var screen: OpaquePointer?
    /// `stdscr` of that screen.
    var window: UnsafeMutablePointer<WINDOW>?
    /// What the terminal shows now, as far as this class knows; nil forces a full redraw.
    var shown: Frame?
    /// The terminal size when `shown` was drawn; a change forces a full redraw.
    var shownSize: (width: Int, height: Int) = (0, 0)
    /// Maps styles to attributes and colour pairs; monochrome until colours are set up.
    var styles = StyleMapper(usesColour: false)
    /// Whether colour was refused by the environment (`NO_COLOR`).
    private let noColorRequested: Bool
    /// The palette chosen in the configuration (`mono`: no colour).
    private let theme: Theme
    /// Whether the reader has the mouse (else the terminal selects text); see `Terminal+Mouse`.
    var mouseCaptured = true

    /// A terminal that will honour `NO_COLOR` when it is set and non-empty (see no-color.org).
    /// Pass `noColor` to decide explicitly (e.g. from a command-line flag).
    /// `theme` picks the colours (`mono` is no colour, like `NO_COLOR`).
    public init(noColor: Bool? = nil, theme: Theme = .standard) {
        self.theme = theme
        if theme == .mono {
            noColorRequested = true
        } else if let noColor {
            noColorRequested = noColor
        } else {
            let value = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
            noColorRequested = !value.isEmpty
        }
    }

    deinit {
        stop()
    }

    /// True when colours are in use (false with `NO_COLOR` or a monochrome terminal).
    public var usesColour: Bool { styles.usesColour }

    /// Checks, without touching the terminal, that an interactive session can start: standard
    /// input and output are terminals and `TERM` names a terminfo entry that can address the
    /// cursor. `initscr` would print an error and exit the process instead.
    public static func checkEnvironment() throws {
        guard let rawName = getenv("TERM"), !String(cString: rawName).isEmpty else {
            throw TerminalError.noTerminalType
        }
        let name = String(cString: rawName)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        guard name != "dumb" else {
            throw TerminalError.unsupportedTerminal(name)
        }
        switch cn_probe_terminal(name) {
        case 1: return
        case -1: throw TerminalError.noTerminfoDatabase(name)
        case 2: throw TerminalError.unsupportedTerminal(name)
        default: throw TerminalError.unknownTerminal(name)
        }
    }

    /// Selects the user's locale and makes sure its character set is UTF-8, falling back to
    /// `C.UTF-8` for LC_CTYPE (the only UTF-8 locale many minimal systems have). Without a UTF-8
    /// LC_CTYPE ncurses and `wcwidth` treat CJK as garbage bytes, so this throws rather than draw
    /// mojibake.
    public static func prepareLocale() throws {
        _ = cn_setlocale_from_environment()
        if cn_codeset_is_utf8() == 1 {
            return
        }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where cn_setlocale_ctype(fallback) == 1 {
            if cn_codeset_is_utf8() == 1 {
                return
            }
        }
        throw TerminalError.noUTF8Locale(codeset: String(cString: cn_codeset()))
    }

    /// Enters full-screen mode: checks the environment, sets a UTF-8 locale, installs the
    /// termination-signal handlers, then starts ncurses with keypad, mouse and (unless `NO_COLOR`)
    /// colours. Does nothing if already started.
    public func start() throws {
        guard screen == nil else { return }
        try Self.checkEnvironment()
        try Self.prepareLocale()
        if #available(macOS 15.0, *) {
            // Before newterm, so ncurses does not install its exit-from-the-handler versions.
            TerminationSignals.install()
            ResumeSignal.install()
        }
        // Must precede newterm: the default 1 s ESC delay makes Escape feel broken.
        set_escdelay(25)
        guard let newScreen = newterm(nil, cn_stdout(), cn_stdin()) else {
            throw TerminalError.cannotStart(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        screen = newScreen
        _ = set_term(newScreen)
        // Until a screen has once been ended and resumed, ncurses (6.4) flushes its output at
        // every cursor movement, the behaviour it keeps for programs that move the cursor
        // themselves before their first refresh: every frame went out as one write per row
        // (the first frame on the speech in 59 writes, the help in 37), each a wake-up of the
        // terminal and a chance for it to show half a frame. Ending the screen and resuming it
        // at once, as after Ctrl-Z, makes every frame one write (two past ncurses' buffer of
        // about a screenful). The resume clears the screen, and comes before colours are
        // started: resuming with colours on also sends `oc`, which resets the terminal's whole
        // palette (a theme set with OSC 4, say).
        endwin()
        doupdate()
        window = cn_stdscr()
        configureModes(starting: true)
        setUpColours()
        shown = nil
    }

    /// Input modes, cursor and mouse; also re-applied after a suspension (`starting` is false then).
    private func configureModes(starting: Bool = false) {
        guard let window else { return }
        // cbreak rather than raw: Ctrl-C still raises SIGINT (a clean exit through
        // TerminationSignals) and Ctrl-Z still suspends (ncurses' SIGTSTP handler).
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        _ = intrflush(window, false)
        // The cursor is hidden; leaving it wherever drawing ended avoids needless movement.
        _ = leaveok(window, true)
        _ = curs_set(0)
        // XON/XOFF would let Ctrl-S freeze the screen; cbreak leaves it on. Saving the result as
        // the program mode makes ncurses restore it after a suspension.
        _ = cn_disable_flow_control(STDIN_FILENO)
        def_prog_mode()
        applyMouseCapture(flushingScreen: !starting)
    }

    private func setUpColours() {
        guard !noColorRequested, has_colors(), start_color() != ERR else {
            styles = StyleMapper(usesColour: false)
            return
        }
        let defaultBackground = use_default_colors() != ERR
        styles = StyleMapper(
            usesColour: StyleMapper.installColourPairs(defaultBackground: defaultBackground, theme: theme), theme: theme
        )
    }

    /// Leaves full-screen mode and restores the terminal as it was. Idempotent; safe to call
    /// from any exit path, including after a failed `start()`.
    public func stop() {
        guard let screen else { return }
        if mouseCaptured {
            // ncurses turns off only the modes it turned on itself.
            writeRaw("\u{1B}[?1006l\u{1B}[?1000l")
        }
        if !isendwin() {
            endwin()
        }
        delscreen(screen)
        self.screen = nil
        window = nil
        shown = nil
    }

    /// The termination signal waiting for the run loop, if any.
    var pendingTermination: Int32? {
        guard #available(macOS 15.0, *) else { return nil }
        return TerminationSignals.pending
    }

    /// The terminal size in columns and rows (0 × 0 while stopped). After a `.resize` event it is
    /// already the new size.
    public var size: (width: Int, height: Int) {
        guard let window else { return (0, 0) }
        return (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Runs `body` with the terminal in its normal mode (e.g. for `$EDITOR`), then returns to
    /// full-screen mode and repaints everything.
    ///
    /// Ctrl-C or Ctrl-\ typed in the program that `body` runs also reach this process (same
    /// process group); like `system()`, such a SIGINT/SIGQUIT is not treated as a request to quit.
    public func suspend<T>(run body: () throws -> T) rethrows -> T {
        guard window != nil else { return try body() }
        let pendingBefore = pendingTermination
        def_prog_mode()
        endwin()
        defer {
            if pendingBefore == nil, let received = pendingTermination, received == SIGINT || received == SIGQUIT {
                if #available(macOS 15.0, *) {
                    TerminationSignals.reset()
                }
            }
            reset_prog_mode()
            configureModes()
            // The program that ran drew over the screen: clear it and repaint from scratch.
            forceRedraw()
        }
        return try body()
    }
}
