/// A transient message on the status line, as data: the renderer words it in the UI language
/// (`UIStrings.text(for:)`). It is cleared by the next key or click.
public enum StatusMessage: Hashable, Sendable {
    /// `:` was given a path that names no node.
    case noSuchPath(String)
    /// A search found nothing.
    case notFound(String)
    /// `n`/`N` without a search.
    case noPreviousSearch
    /// `n` went past the last match and continued at the first.
    case searchWrappedToTop
    /// `N` went before the first match and continued at the last.
    case searchWrappedToBottom
    /// Back in the jump history, with nothing older.
    case noOlderPosition
    /// Forward in the jump history, with nothing newer.
    case noNewerPosition

    /// Whether the message reports a failure (styled as an error).
    public var isError: Bool {
        switch self {
        case .noSuchPath, .notFound, .noPreviousSearch: return true
        default: return false
        }
    }
}
