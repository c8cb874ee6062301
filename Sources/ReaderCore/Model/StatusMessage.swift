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
    /// The store committed a new note in the node at `path`.
    case noteAdded(path: String)
    /// The store committed a note's new text.
    case noteEdited
    /// An edit left the note's text as it was (nothing written).
    case noteUnchanged
    /// The store deleted a note.
    case noteRemoved
    /// The note prompt was accepted empty: nothing was added.
    case emptyNote
    /// The store committed a new bookmark in the node at `path`.
    case bookmarkAdded(path: String)
    /// The store deleted a bookmark.
    case bookmarkRemoved
    /// The chosen note or bookmark is orphaned: its passage is no longer in the text.
    case orphaned
    /// The store cannot take notes: why (the store's one line), or nil when it was never opened.
    case storeNotice(String?)
    /// Something the shell did failed (a store write, the editor): one line saying what.
    case failure(String)
    /// The file changed on disk and was reloaded: what changed.
    case reloaded(ReloadSummary)
    /// The file is gone from disk; the loaded text stays.
    case documentMissing
    /// The file on disk can no longer be read (why, in one line); the loaded text stays.
    case documentUnreadable(String)
    /// About finding one's way (go to anything, regular expressions, pinyin, lists).
    case navigation(NavigationMessage)
    /// About copying, undo, re-attaching, the mouse, unknown keys and the configuration.
    case reading(ReadingMessage)

    /// Whether the message reports a failure (styled as an error).
    public var isError: Bool {
        switch self {
        case .noSuchPath, .notFound, .noPreviousSearch, .emptyNote, .orphaned, .storeNotice, .failure, .documentMissing,
            .documentUnreadable:
            return true
        case .navigation(let message):
            return message.isError
        case .reading(let message):
            return message.isError
        default: return false
        }
    }
}
