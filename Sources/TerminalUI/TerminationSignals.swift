import CNCurses
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns SIGTERM, SIGHUP, SIGINT and SIGQUIT into a flag the run loop reads, so the loop ends
/// normally and the terminal is always restored (ncurses' own handlers would `exit` from inside
/// the signal handler, skipping everything the program still has to do, such as saving).
///
/// The handler only stores the signal number in a lock-free atomic, which is async-signal-safe.
/// It is installed without `SA_RESTART`, so a blocking `wget_wch` returns at once and the loop
/// sees the flag without waiting for a key.
///
/// SIGTSTP (Ctrl-Z) is left to ncurses: `newterm` installs its own handler when the signal has
/// its default disposition, and that handler restores the shell's terminal modes before stopping
/// and repaints after `fg` (verified in tmux). A resize while stopped is caught by `ResumeSignal`.
/// Install these handlers before `newterm` (as `Terminal.start()` does), because ncurses only adds
/// its own SIGINT/SIGTERM handlers to signals that still have their default disposition.
@available(macOS 15.0, *)
public enum TerminationSignals {
    /// The last termination signal received, 0 for none.
    private static let received = Atomic<Int32>(0)

    /// The signals that end the run loop.
    public static let handled: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]

    /// Installs the handlers (idempotent). Returns false if any could not be installed.
    @discardableResult
    public static func install() -> Bool {
        // Initialise the atomic now: the first access to a static runs `swift_once`, which must
        // not happen for the first time inside a signal handler.
        received.store(0, ordering: .relaxed)
        var allInstalled = true
        for signal in handled {
            let installed = cn_install_signal_handler(signal) { number in
                TerminationSignals.received.store(number, ordering: .relaxed)
            }
            allInstalled = allInstalled && installed == 1
        }
        return allInstalled
    }

    /// The termination signal received since `install()` or `reset()`, if any.
    public static var pending: Int32? {
        let number = received.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }

    /// Records `signal` as if it had been received (used when the terminal hangs up without one).
    static func record(_ signal: Int32) {
        received.store(signal, ordering: .relaxed)
    }

    /// Forgets a received signal.
    public static func reset() {
        received.store(0, ordering: .relaxed)
    }

    /// Restores the default disposition of the handled signals, e.g. before re-raising one so the
    /// process ends with the conventional "killed by signal" status.
    public static func uninstall() {
        for signal in handled {
            _ = cn_reset_signal_handler(signal)
        }
    }
}
