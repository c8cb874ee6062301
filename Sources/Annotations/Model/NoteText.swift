/// The one rule for a note's text, used wherever a text becomes a note (the reader's prompt, the
/// external editor, the command line, the store): white space at either end (including U+3000 and
/// line breaks) is dropped, inner line breaks are kept, and a text with nothing else is empty.
public enum NoteText {
    /// What a proposed text means for a note.
    public enum Outcome: Hashable, Sendable {
        /// A text to store, already trimmed.
        case text(String)
        /// Nothing but white space: there is no note to store.
        case empty
        /// The same text as the note already has (after trimming): nothing to write.
        case unchanged
    }

    /// `raw` as stored: trimmed, or nil when nothing is left.
    public static func normalized(_ raw: String) -> String? {
        let characters = Array(raw)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
            let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return nil }
        return String(characters[first...last])
    }

    /// What `raw` means as the new text of a note whose text is `current` (nil for a new note).
    public static func outcome(_ raw: String, replacing current: String? = nil) -> Outcome {
        guard let text = normalized(raw) else { return .empty }
        if let current, normalized(current) == text { return .unchanged }
        return .text(text)
    }
}
