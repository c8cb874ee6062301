/// One row of the text pane as the layout produces it: a piece of one display block, or a blank
/// separator row between two of them.
///
/// Offsets are UTF-8 code units into `Document.text`, like everywhere in the document model.
public struct ScreenLine: Hashable, Sendable {
    /// What a row shows, which decides how it is styled.
    public enum Kind: Hashable, Sendable {
        /// Body text (paragraphs, the preamble, the closing).
        case text
        /// A heading's marker and title, set apart from the body that follows it in the source.
        case heading(level: Int)
        /// An elision line, drawn as a centred marker; `elided` is the character count it states.
        case gap(elided: Int?)
        /// An empty separator row (before a heading, around a gap); its range is empty.
        case blank
    }

    /// Index of the display block (`Document.blocks`) the row belongs to; for a separator, the
    /// block that follows it.
    public var block: Int
    /// The source text the row shows (empty for a separator, at the start of what follows it).
    public var range: Range<Int>
    /// What the row is.
    public var kind: Kind
    /// Columns left empty before the text: the first-line indent of a body paragraph.
    public var indent: Int
    /// The paragraph the row belongs to (internal: how the layout walks on from this row).
    var paragraph: LayoutParagraph

    /// True for a separator row, which never holds the viewport's top.
    public var isBlank: Bool { kind == .blank }
}
