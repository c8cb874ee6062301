/// Where the reader was in a document: the node path and a UTF-8 offset into the text — never a
/// screen row, so it survives any terminal width — and the reading cursor's sentence.
public struct ReadingPosition: Hashable, Sendable, Codable {
    /// The path of the node holding `offset` (`1.2.3`, `preamble`, `closing`; empty in a gap).
    public var nodePath: String
    /// UTF-8 offset into `Document.text`: the viewport's anchor (the top line).
    public var offset: Int
    /// UTF-8 offset of the reading cursor's sentence start, when known. The viewport's line and
    /// the cursor differ (the cursor may be a few lines down): reopening restores both, so the
    /// cursor lands on the sentence left, not on the first sentence of the top line.
    public var cursorOffset: Int?

    /// A position at `offset`, inside the node at `nodePath`, with the cursor at `cursorOffset`.
    public init(nodePath: String, offset: Int, cursorOffset: Int? = nil) {
        self.nodePath = nodePath
        self.offset = offset
        self.cursorOffset = cursorOffset
    }
}
