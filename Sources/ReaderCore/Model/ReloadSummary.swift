/// What a reload changed, for its one-line message: `reloaded: 2 sections changed, 1 note moved,
/// 1 orphaned`.
///
/// A note or bookmark counts as moved when its passage is now in another outline entry or was
/// placed approximately (its text changed); a passage that only shifted because text was
/// inserted or deleted elsewhere is not news.
public struct ReloadSummary: Hashable, Sendable {
    /// Outline entries edited, added or removed since the previous version.
    public var sectionsChanged: Int
    /// Notes that moved to another entry or whose passage changed.
    public var notesMoved: Int
    /// Notes whose passage is gone.
    public var notesOrphaned: Int
    /// Bookmarks that moved, likewise.
    public var bookmarksMoved: Int
    /// Bookmarks whose sentence is gone.
    public var bookmarksOrphaned: Int

    /// A summary from its counts.
    public init(
        sectionsChanged: Int, notesMoved: Int = 0, notesOrphaned: Int = 0, bookmarksMoved: Int = 0,
        bookmarksOrphaned: Int = 0
    ) {
        self.sectionsChanged = sectionsChanged
        self.notesMoved = notesMoved
        self.notesOrphaned = notesOrphaned
        self.bookmarksMoved = bookmarksMoved
        self.bookmarksOrphaned = bookmarksOrphaned
    }
}
