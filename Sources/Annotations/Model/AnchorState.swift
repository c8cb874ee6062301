/// How well a note or bookmark still fits the text it was made on.
///
/// The raw values are the STATE column of `notes list --tsv`.
public enum AnchorState: String, Hashable, Sendable, Codable, CaseIterable {
    /// The text at the stored position still equals the quote.
    case exact
    /// The quote was found, unchanged, somewhere else (text was inserted or removed before it).
    case moved
    /// Only an approximate match was found (the quoted passage itself was edited a little).
    case fuzzy
    /// The passage could not be found; the note is kept with its quote, never dropped.
    case orphaned

    /// Whether the anchor points somewhere in the current text.
    public var isAnchored: Bool { self != .orphaned }
}
