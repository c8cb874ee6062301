/// One mechanical repair: the text in `range` (UTF-8 offsets) becomes `replacement`.
///
/// The check's repairs swap one character for another, so a fixed text keeps its character
/// count and every offset outside the edits keeps its character position.
public struct TextEdit: Hashable, Sendable {
    /// UTF-8 offsets into the document's text, half-open.
    public let range: Range<Int>
    /// What replaces the range.
    public let replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}
