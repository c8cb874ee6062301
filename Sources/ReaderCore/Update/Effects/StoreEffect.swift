import Annotations

/// What the store performs for the reader. Ranges are UTF-8 offsets into the open document's text.
/// Every write except the position is answered with the new list (or a message).
public enum StoreEffect: Hashable, Sendable {
    /// Persist the reading position. The shell may defer it to the end of a batch of keys, so a
    /// jump's frame is drawn before the write waits for the disk.
    case savePosition(ReadingPosition)
    /// Add a note with `text` (already normalised by `NoteText`) on `range`.
    case addNote(range: Range<Int>, text: String)
    /// Replace the text of the note `id` (already normalised and known to differ).
    case editNote(id: Int64, text: String)
    /// Delete the note `id`.
    case removeNote(id: Int64)
    /// Add a bookmark on `range` with `label` (possibly empty).
    case addBookmark(range: Range<Int>, label: String)
    /// Delete the bookmark `id`.
    case removeBookmark(id: Int64)
    /// Add a deleted note again (`u`): its text on its passage as it is now.
    case restoreNote(Note)
    /// Add a deleted bookmark again (`u`).
    case restoreBookmark(Bookmark)
    /// Anchor the note `id` (with `text`) to `range` instead of its lost passage.
    case reattachNote(id: Int64, text: String, range: Range<Int>)
    /// Remember the outline pane's width and whether it is hidden (the reader's own state,
    /// never written into the user's configuration file).
    case saveLayout(outlineWidth: Int?, outlineHidden: Bool)
    /// Remember an accepted `/` or `:` input for later sessions (no answer is needed).
    case recordHistory(PromptHistory.Kind, String)
}
