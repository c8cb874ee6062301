/// Edits a text in the user's editor, with the terminal suspended around it by the run loop.
public protocol NoteEditor {
    /// The edited text, or why the editor failed (one line; the note stays as it was).
    func edit(_ text: String) -> Result<String, EditorFailure>
}

/// Why the external editor produced no text, in one line.
public struct EditorFailure: Error, Hashable, Sendable {
    /// What went wrong, for the status line.
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
