/// The note overlay (Enter on a sentence that carries notes): which notes, and how far down
/// they are scrolled. The notes are kept by id so a store update that edits one shows at once.
public struct NoteView: Hashable, Sendable {
    /// The notes shown, in document order.
    public var ids: [Int64]
    /// The first row of the text shown.
    public var scroll: Int

    /// The overlay on `ids`, scrolled to the top.
    public init(ids: [Int64], scroll: Int = 0) {
        self.ids = ids
        self.scroll = scroll
    }
}
