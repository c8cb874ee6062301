/// Why the interactive terminal could not be used. Each message says what the user can do.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `TERM` is unset or empty.
    case noTerminalType
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// `TERM` names a terminal that cannot move the cursor, such as `dumb`.
    case unsupportedTerminal(String)
    /// `TERM` names a terminal that terminfo does not know.
    case unknownTerminal(String)
    /// No terminfo database was found at all.
    case noTerminfoDatabase(String)
    /// Neither the user's locale nor `C.UTF-8` gives a UTF-8 character set; drawing would
    /// produce mojibake.
    case noUTF8Locale(codeset: String)
    /// ncurses refused to start on this terminal.
    case cannotStart(String)

    /// A one-line explanation with a way out.
    public var description: String {
        let hint =
            "the interactive reader needs a full-screen terminal; "
            + "the outline, show and search subcommands work without one"
        switch self {
        case .noTerminalType:
            return "TERM is not set; run in a terminal emulator or set TERM (e.g. TERM=xterm-256color) — \(hint)"
        case .notATerminal:
            return "standard input and output must be a terminal, not a pipe or file — \(hint)"
        case .unsupportedTerminal(let name):
            return "terminal type '\(name)' cannot move the cursor; set TERM to a real terminal type "
                + "(e.g. TERM=xterm-256color) — \(hint)"
        case .unknownTerminal(let name):
            return "terminal type '\(name)' is not in the terminfo database; set TERM to a known type "
                + "(e.g. TERM=xterm-256color) or install its terminfo entry (ncurses-term)"
        case .noTerminfoDatabase(let name):
            return "no terminfo database found for '\(name)'; install ncurses-base or set TERMINFO"
        case .noUTF8Locale(let codeset):
            return "the locale's character set is '\(codeset)', not UTF-8, and the C.UTF-8 locale is "
                + "missing; set LANG to a UTF-8 locale (e.g. LANG=C.UTF-8)"
        case .cannotStart(let name):
            return "could not initialise terminal type '\(name)'"
        }
    }
}
