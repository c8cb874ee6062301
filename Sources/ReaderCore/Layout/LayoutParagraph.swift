/// A paragraph as the layout sees it: a display block with its surrounding spaces trimmed, or one
/// of the two parts of a block that opens with a heading (the heading sentence, then its body).
struct LayoutParagraph: Hashable, Sendable {
    /// How the paragraph is laid out.
    enum Kind: Hashable, Sendable {
        /// Wrapped text with a first-line indent.
        case body
        /// A heading sentence, wrapped without indent.
        case heading(level: Int)
        /// An elision line: one row whatever its length.
        case gap(elided: Int?)
    }

    /// Index into `Document.blocks`.
    var block: Int
    /// The position of this paragraph among the parts of its block (a heading sentence, its body,
    /// and each requirement item that starts inside the body are parts of their own).
    var part: Int
    /// The text, trimmed of surrounding spaces; never empty.
    var range: Range<Int>
    /// How it is laid out.
    var kind: Kind
    /// True when the paragraph opens the closing address, which is set apart like a section.
    var opensClosing: Bool = false

    /// Whether a blank row separates `previous` from `next` when one follows the other: before a
    /// heading, a gap or the closing, and after a gap. Body paragraphs follow each other directly
    /// (the first-line indent marks them, as in print).
    static func separated(_ previous: LayoutParagraph, _ next: LayoutParagraph) -> Bool {
        switch (previous.kind, next.kind) {
        case (_, .heading), (_, .gap), (.gap, _):
            return true
        default:
            return next.opensClosing
        }
    }
}
