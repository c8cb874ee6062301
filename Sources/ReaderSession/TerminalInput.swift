import ReaderCore

/// What waiting on the terminal gave: an event, nothing before the timeout, or a termination
/// signal (SIGTERM, SIGHUP, SIGINT, …) that must end the reader with its position saved.
public enum TerminalInput: Hashable, Sendable {
    /// A key, a click, a resize.
    case event(InputEvent)
    /// Nothing arrived in time.
    case timeout
    /// A termination signal arrived (its number).
    case terminated(signal: Int32)
}
