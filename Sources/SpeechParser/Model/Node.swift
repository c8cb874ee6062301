/// One node of a document's outline.
///
/// All ranges are offsets in UTF-8 code units (bytes) into `Document.text`, the decoded text,
/// half-open. They are stable for a given text and cheap to turn into `String.Index`.
public struct Node: Hashable, Sendable {
    public var kind: NodeKind
    /// The marker exactly as written (`一、`, `(二)`, `三是`, `第一，`); empty for untitled,
    /// preamble, gap and closing nodes.
    public var marker: String
    /// Text after the marker up to the first sentence end, line end or next marker, trimmed.
    /// For a gap, the elision line as written.
    public var title: String
    /// Dot-separated 1-based ordinals among numbered siblings (`1.2.3`); `preamble`, `closing`,
    /// or empty for a gap.
    public var path: String
    /// The whole node: from its marker to the start of the next node that is not a descendant.
    public var range: Range<Int>
    /// Where the marker is written (empty at `range.lowerBound` when there is none).
    public var markerRange: Range<Int>
    /// Where the title is written (trimmed).
    public var titleRange: Range<Int>
    /// The part of the node after its title, descendants included.
    public var bodyRange: Range<Int>
    /// Index of the parent in `Document.nodes`, nil at the top level.
    public var parent: Int?
    /// Indices of the children in `Document.nodes`, in document order.
    public var children: [Int]
    /// 0 at the top level.
    public var depth: Int
}

extension Node {
    /// Whether this is a level-1…4 heading without a marker: a section whose heading was lost in a gap.
    public var isUntitled: Bool { kind.headingLevel != nil && marker.isEmpty }
}
