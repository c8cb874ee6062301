/// A note on a passage of a document, as the store returns it: the text the reader wrote, the
/// anchor as it was made, and where the passage is in the current text.
public struct Note: Identifiable, Hashable, Sendable {
    /// The store's id (stable; `notes edit ID`).
    public var id: Int64
    /// What the reader wrote (any length).
    public var text: String
    /// The anchor as it was made: original position, quote with context, node path.
    public var anchor: TextAnchor
    /// How well the anchor fits the current text.
    public var state: AnchorState
    /// The passage in the current text (UTF-8 offsets); nil when orphaned.
    public var range: Range<Int>?
    /// The path of the node the passage is in now (the original path when orphaned).
    public var nodePath: String
    /// When the note was made.
    public var created: Timestamp
    /// When its text last changed.
    public var updated: Timestamp

    /// A note from its parts.
    public init(
        id: Int64, text: String, anchor: TextAnchor, state: AnchorState, range: Range<Int>?,
        nodePath: String, created: Timestamp, updated: Timestamp
    ) {
        self.id = id
        self.text = text
        self.anchor = anchor
        self.state = state
        self.range = range
        self.nodePath = nodePath
        self.created = created
        self.updated = updated
    }

    /// The quoted passage as it was when the note was made.
    public var quote: String { anchor.quote.exact }
}
