/// How a reading session ended. Either way the reading position has been saved.
public enum SessionEnd: Hashable, Sendable {
    /// The reader quit (`q`).
    case quit
    /// A termination signal ended it; the caller should end the process as that signal would.
    case signal(Int32)
}
