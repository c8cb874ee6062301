/// What the shell must do after an action: the reducer only describes it. The store effects are
/// answered with an action (`.notesChanged`, `.bookmarksChanged`, or `.report` with the error),
/// never by changing the state behind the reducer's back.
public enum Effect: Hashable, Sendable {
    /// Leave the reader.
    case quit
    /// The reading position changed by a jump (or the reader is quitting): persist it.
    case positionChanged(path: String, offset: Int)
    /// Ring the terminal bell: the key could do nothing here.
    case bell
    /// Add a note with `text` on the passage `range` (UTF-8 offsets), then report the notes.
    case addNote(range: Range<Int>, text: String)
    /// Delete the note `id`, then report the notes.
    case removeNote(id: Int64)
    /// Let the reader rewrite the note `id` in `$VISUAL`/`$EDITOR`, starting from `currentText`;
    /// save the result if it changed, then report the notes.
    case editNoteExternally(id: Int64, currentText: String)
    /// Add a bookmark on `range` with `label` (possibly empty), then report the bookmarks.
    case addBookmark(range: Range<Int>, label: String)
    /// Delete the bookmark `id`, then report the bookmarks.
    case removeBookmark(id: Int64)
}
