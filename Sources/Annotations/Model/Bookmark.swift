/// A bookmark on a sentence of a document, anchored (and re-anchored) like a note.
public struct Bookmark: Identifiable, Hashable, Sendable {
    /// The store's id (stable; `bookmarks remove ID`).
    public var id: Int64
    /// The reader's label; may be empty.
    public var label: String
    /// The anchor as it was made.
    public var anchor: TextAnchor
    /// How well the anchor fits the current text.
    public var state: AnchorState
    /// The sentence in the current text (UTF-8 offsets); nil when orphaned.
    public var range: Range<Int>?
    /// The path of the node the sentence is in now (the original path when orphaned).
    public var nodePath: String
    /// When the bookmark was made.
    public var created: Timestamp

    /// A bookmark from its parts.
    public init(
        id: Int64, label: String, anchor: TextAnchor, state: AnchorState, range: Range<Int>?,
        nodePath: String, created: Timestamp
    ) {
        self.id = id
        self.label = label
        self.anchor = anchor
        self.state = state
        self.range = range
        self.nodePath = nodePath
        self.created = created
    }
}
