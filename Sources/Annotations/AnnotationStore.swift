/// What the interactive reader needs from the store for the one document it has open.
///
/// Every method is synchronous and either completes (for writes: after the transaction
/// committed) or throws an error whose `description` is one line a user can act on. Ranges and
/// offsets are UTF-8 offsets into the open document's text. Lists come in document order with
/// orphans (no range) last. The store implementation is `ReaderStore.DocumentStore`.
public protocol AnnotationStore: Sendable {
    /// Whether writes are refused (the store could only be opened read-only).
    var isReadOnly: Bool { get }

    /// The document's notes: anchored ones by position, then orphans by id.
    func notes() throws -> [Note]
    /// Adds a note on `range` (one sentence, a selection of sentences, any passage).
    func addNote(text: String, range: Range<Int>) throws -> Note
    /// Replaces a note's text.
    func editNote(id: Int64, text: String) throws -> Note
    /// Deletes a note.
    func removeNote(id: Int64) throws

    /// The document's bookmarks: anchored ones by position, then orphans by id.
    func bookmarks() throws -> [Bookmark]
    /// Adds a bookmark on `range` (normally the cursor sentence) with an optional label.
    func addBookmark(range: Range<Int>, label: String) throws -> Bookmark
    /// Adds a bookmark on `range` unless one is already at that place; returns the bookmark at
    /// the place and whether it was added, already there, or relabelled (a non-empty `label`
    /// that differs replaces the old one).
    func placeBookmark(range: Range<Int>, label: String) throws -> BookmarkAddition
    /// Deletes a bookmark.
    func removeBookmark(id: Int64) throws

    /// The saved reading position, adjusted to the current text, or nil if none was saved.
    func readingPosition() throws -> ReadingPosition?
    /// Saves the reading position (on every jump and on quit).
    func saveReadingPosition(_ position: ReadingPosition) throws
}
