/// One node of a document's outline.
///
/// All ranges are offsets in UTF-8 code units (bytes) into `Document.text`, the decoded text,
/// half-open. They are stable for a given text and cheap to turn into `String.Index`.
public struct Node: Hashable, Sendable {
    /// The marker exactly as written (`一、`, `(二)`, `三是`, `第一，`); empty for untitled,
    /// preamble, gap and closing nodes.
    public var marker: String
    /// Text after the marker up to the first sentence end, line end or next marker, trimmed.
    /// For a gap, the elision line as written.
    public var title: String
    /// Dot-separated 1-based ordinals among numbered siblings (`1.2.3`); `preamble`, `closing`,
    /// or empty for a gap.
    public var path: String
    /// Indices of the children in `Document.nodes`, in document order.
    public var children: [Int]
    // The ranges, parent and depth are kept as 32-bit numbers (texts of 4 GiB or more are
    // refused before parsing): 112 bytes a node instead of 160, on a 50 MB text 3 MB less.
    private var wholeSpan: Span
    private var markerSpan: Span
    private var titleSpan: Span
    private var bodySpan: Span
    private var parentIndex: Int32
    private var level: Int32
    public var kind: NodeKind

    /// A node; see each property.
    init(
        kind: NodeKind, marker: String, title: String, path: String, range: Range<Int>, markerRange: Range<Int>,
        titleRange: Range<Int>, bodyRange: Range<Int>, parent: Int?, children: [Int], depth: Int
    ) {
        self.kind = kind
        self.marker = marker
        self.title = title
        self.path = path
        self.children = children
        wholeSpan = Span(range)
        markerSpan = Span(markerRange)
        titleSpan = Span(titleRange)
        bodySpan = Span(bodyRange)
        parentIndex = parent.map { Int32(clamping: $0) } ?? -1
        level = Int32(clamping: depth)
    }

    /// The whole node: from its marker to the start of the next node that is not a descendant.
    public var range: Range<Int> {
        get { wholeSpan.range }
        set { wholeSpan = Span(newValue) }
    }
    /// Where the marker is written (empty at `range.lowerBound` when there is none).
    public var markerRange: Range<Int> {
        get { markerSpan.range }
        set { markerSpan = Span(newValue) }
    }
    /// Where the title is written (trimmed).
    public var titleRange: Range<Int> {
        get { titleSpan.range }
        set { titleSpan = Span(newValue) }
    }
    /// The part of the node after its title, descendants included.
    public var bodyRange: Range<Int> {
        get { bodySpan.range }
        set { bodySpan = Span(newValue) }
    }
    /// Index of the parent in `Document.nodes`, nil at the top level.
    public var parent: Int? {
        get { parentIndex < 0 ? nil : Int(parentIndex) }
        set { parentIndex = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    /// 0 at the top level.
    public var depth: Int {
        get { Int(level) }
        set { level = Int32(clamping: newValue) }
    }

    /// A range of offsets in 32 bits.
    private struct Span: Hashable, Sendable {
        let lower: UInt32
        let upper: UInt32

        init(_ range: Range<Int>) {
            lower = UInt32(clamping: range.lowerBound)
            upper = UInt32(clamping: range.upperBound)
        }

        var range: Range<Int> { Int(lower)..<Int(upper) }
    }
}

extension Node {
    /// Whether this is a level-1…4 heading without a marker: a section whose heading was lost in a gap.
    public var isUntitled: Bool { kind.headingLevel != nil && marker.isEmpty }
}
