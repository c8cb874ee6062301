import CNCurses
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Notices SIGCONT, i.e. that the program was resumed (`fg`) after Ctrl-Z.
///
/// ncurses' own SIGTSTP handler leaves curses mode before stopping and repaints after resuming,
/// but it repaints at the old size: a resize while the program was stopped sends SIGWINCH to the
/// shell in the foreground, never to us. `Terminal.readEvent` therefore checks this flag and
/// re-reads the real size, turning a resume into a `.resize` event with a full repaint.
@available(macOS 15.0, *)
enum ResumeSignal {
    /// Set by the handler, cleared by `consume()`.
    private static let resumed = Atomic<Bool>(false)

    /// Installs the SIGCONT handler (idempotent). Without `SA_RESTART`, so a wait for input is
    /// interrupted and the resume is seen at once.
    static func install() {
        // Initialise the atomic outside the signal handler (first access runs swift_once).
        resumed.store(false, ordering: .relaxed)
        _ = cn_install_signal_handler(SIGCONT) { _ in
            ResumeSignal.resumed.store(true, ordering: .relaxed)
        }
    }

    /// True once after each resume.
    static func consume() -> Bool {
        resumed.exchange(false, ordering: .relaxed)
    }
}
