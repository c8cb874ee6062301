/// Where the reader was in a document: the node path and a UTF-8 offset into the text — never a
/// screen row, so it survives any terminal width.
public struct ReadingPosition: Hashable, Sendable, Codable {
    /// The path of the node holding `offset` (`1.2.3`, `preamble`, `closing`; empty in a gap).
    public var nodePath: String
    /// UTF-8 offset into `Document.text`.
    public var offset: Int

    /// A position at `offset`, inside the node at `nodePath`.
    public init(nodePath: String, offset: Int) {
        self.nodePath = nodePath
        self.offset = offset
    }
}
