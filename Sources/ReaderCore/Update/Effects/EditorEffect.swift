/// What the external editor performs for the reader, with the terminal suspended. Its result
/// comes back as `Action.noteEdited` (or `.report` with the failure).
public enum EditorEffect: Hashable, Sendable {
    /// Let the reader rewrite the note `id` in `$VISUAL`/`$EDITOR`, starting from `currentText`.
    case editNote(id: Int64, currentText: String)
}
