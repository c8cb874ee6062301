import Annotations

/// The reader's own settings and the small memories of reading and annotating: the last
/// deletion (for `u`) and the unknown key already reported.
public struct ReadingState: Hashable, Sendable {
    /// What was deleted last, for `u`.
    public enum Deleted: Hashable, Sendable {
        case note(Note)
        case bookmark(Bookmark)
    }

    /// The configuration (and remembered layout).
    public internal(set) var settings = ReaderSettings()
    /// The last deletion in this session, if not undone yet.
    public internal(set) var lastDeleted: Deleted?
    /// The unknown key just reported: pressing it again stays silent until another key works.
    public internal(set) var reportedUnknownKey: String?
    /// Rows the note strip is scrolled by (back to 0 when the cursor moves to another sentence).
    public internal(set) var stripScroll = 0
    /// The cursor sentence `stripScroll` belongs to.
    var stripSentence: Int?

    /// Nothing remembered, default settings.
    public init() {}
}
