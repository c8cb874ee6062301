import Annotations

/// What the shell must do after an action: the reducer only describes it. Effects are grouped
/// by who performs them, so a shell's `switch` over them is exhaustive by construction: a new
/// effect is a compile error in every interpreter until it is handled.
///
/// The store and the editor answer with actions (`.notesChanged`, `.bookmarksChanged`,
/// `.noteEdited`, or `.report` with the error), never by changing the state behind the
/// reducer's back.
public enum Effect: Hashable, Sendable {
    /// Leave the reader (performed by the run loop).
    case quit
    /// Something only the terminal can do.
    case terminal(TerminalEffect)
    /// A write to (or read from) the store.
    case store(StoreEffect)
    /// A text the user edits in `$VISUAL`/`$EDITOR`.
    case editor(EditorEffect)
}

extension Effect {
    /// Ring the terminal bell: the key could do nothing here.
    public static let bell = Effect.terminal(.bell)

    /// Persist the reading position (after a jump, and on quit).
    public static func positionChanged(path: String, offset: Int, cursor: Int? = nil) -> Effect {
        .store(.savePosition(ReadingPosition(nodePath: path, offset: offset, cursorOffset: cursor)))
    }

    /// Add a note on `range`.
    public static func addNote(range: Range<Int>, text: String) -> Effect { .store(.addNote(range: range, text: text)) }

    /// Delete a note.
    public static func removeNote(id: Int64) -> Effect { .store(.removeNote(id: id)) }

    /// Add a bookmark on `range`.
    public static func addBookmark(range: Range<Int>, label: String) -> Effect {
        .store(.addBookmark(range: range, label: label))
    }

    /// Delete a bookmark.
    public static func removeBookmark(id: Int64) -> Effect { .store(.removeBookmark(id: id)) }

    /// Edit a note's text in the external editor.
    public static func editNoteExternally(id: Int64, currentText: String) -> Effect {
        .editor(.editNote(id: id, currentText: currentText))
    }
}
