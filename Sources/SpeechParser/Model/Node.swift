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
    private var bounds: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
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
        bounds = (0, 0, 0, 0, 0, 0, 0, 0)
        parentIndex = -1
        level = 0
        self.range = range
        self.markerRange = markerRange
        self.titleRange = titleRange
        self.bodyRange = bodyRange
        self.parent = parent
        self.depth = depth
    }

    /// The whole node: from its marker to the start of the next node that is not a descendant.
    public var range: Range<Int> {
        get { Int(bounds.0)..<Int(bounds.1) }
        set { (bounds.0, bounds.1) = Self.stored(newValue) }
    }
    /// Where the marker is written (empty at `range.lowerBound` when there is none).
    public var markerRange: Range<Int> {
        get { Int(bounds.2)..<Int(bounds.3) }
        set { (bounds.2, bounds.3) = Self.stored(newValue) }
    }
    /// Where the title is written (trimmed).
    public var titleRange: Range<Int> {
        get { Int(bounds.4)..<Int(bounds.5) }
        set { (bounds.4, bounds.5) = Self.stored(newValue) }
    }
    /// The part of the node after its title, descendants included.
    public var bodyRange: Range<Int> {
        get { Int(bounds.6)..<Int(bounds.7) }
        set { (bounds.6, bounds.7) = Self.stored(newValue) }
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

    private static func stored(_ range: Range<Int>) -> (UInt32, UInt32) {
        (UInt32(clamping: range.lowerBound), UInt32(clamping: range.upperBound))
    }

    public static func == (lhs: Node, rhs: Node) -> Bool {
        lhs.kind == rhs.kind && lhs.marker == rhs.marker && lhs.title == rhs.title && lhs.path == rhs.path
            && lhs.range == rhs.range && lhs.markerRange == rhs.markerRange && lhs.titleRange == rhs.titleRange
            && lhs.bodyRange == rhs.bodyRange && lhs.parent == rhs.parent && lhs.children == rhs.children
            && lhs.depth == rhs.depth
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(marker)
        hasher.combine(title)
        hasher.combine(path)
        hasher.combine(range)
        hasher.combine(markerRange)
        hasher.combine(titleRange)
        hasher.combine(bodyRange)
        hasher.combine(parent)
        hasher.combine(children)
        hasher.combine(depth)
    }
}

extension Node {
    /// Whether this is a level-1…4 heading without a marker: a section whose heading was lost in a gap.
    public var isUntitled: Bool { kind.headingLevel != nil && marker.isEmpty }
}
