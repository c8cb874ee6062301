/// One node of a document's outline.
///
/// All ranges are offsets in UTF-8 code units (bytes) into `Document.text`, the decoded text,
/// half-open. They are stable for a given text and cheap to turn into `String.Index`.
public struct Node: Sendable {
    /// The marker exactly as written (`一、`, `(二)`, `三是`, `第一，`); empty for untitled,
    /// preamble, gap and closing nodes.
    public var marker: String
    /// Text after the marker up to the first sentence end, line end or next marker, trimmed.
    /// For a gap, the elision line as written.
    public var title: String {
        get { titleIsSlice ? titleText.utf8Slice(titleSpan.range) : titleText }
        set {
            titleText = newValue
            titleIsSlice = false
        }
    }
    // Almost every title is the text at the node's title range, so such a node keeps a reference
    // to the document's text (shared, never copied) in `titleText` and cuts the title out when it
    // is read: on a 50 MB text, about 5 MB of title strings are never made. A title the text does
    // not spell as it stands (a title line joined across a line break, a title read through a
    // working copy with soft breaks removed) or one set by hand is `titleText` itself. The flag
    // is stored apart (not as an enum beside the string) so that it fits in the node's padding.
    private var titleText: String
    /// Dot-separated 1-based ordinals among numbered siblings (`1.2.3`); `preamble`, `closing`,
    /// or empty for a gap.
    public var path: String
    /// Indices of the children in `Document.nodes`, in document order.
    public var children: [Int]
    // The ranges, parent and depth are kept as 32-bit numbers (texts of 4 GiB or more are
    // refused before parsing): 112 bytes a node instead of 160, on a 50 MB text 3 MB less.
    private var wholeSpan: OffsetSpan
    private var markerSpan: OffsetSpan
    private var titleSpan: OffsetSpan
    private var bodySpan: OffsetSpan
    private var parentIndex: Int32
    private var level: Int32
    public var kind: NodeKind
    /// Whether `titleText` is the whole text the title is cut from (empty until the parser
    /// attaches it), rather than the title.
    private var titleIsSlice = false

    /// A node; see each property.
    init(
        kind: NodeKind, marker: String, title: String, path: String, range: Range<Int>, markerRange: Range<Int>,
        titleRange: Range<Int>, bodyRange: Range<Int>, parent: Int?, children: [Int], depth: Int
    ) {
        self.kind = kind
        self.marker = marker
        titleText = title
        self.path = path
        self.children = children
        wholeSpan = OffsetSpan(range)
        markerSpan = OffsetSpan(markerRange)
        titleSpan = OffsetSpan(titleRange)
        bodySpan = OffsetSpan(bodyRange)
        parentIndex = parent.map { Int32(clamping: $0) } ?? -1
        level = Int32(clamping: depth)
    }

    /// The whole node: from its marker to the start of the next node that is not a descendant.
    public var range: Range<Int> {
        get { wholeSpan.range }
        set { wholeSpan = OffsetSpan(newValue) }
    }
    /// Where the marker is written (empty at `range.lowerBound` when there is none).
    public var markerRange: Range<Int> {
        get { markerSpan.range }
        set { markerSpan = OffsetSpan(newValue) }
    }
    /// Where the title is written (trimmed).
    public var titleRange: Range<Int> {
        get { titleSpan.range }
        set { titleSpan = OffsetSpan(newValue) }
    }
    /// The part of the node after its title, descendants included.
    public var bodyRange: Range<Int> {
        get { bodySpan.range }
        set { bodySpan = OffsetSpan(newValue) }
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

    /// A node whose title is the scanned text at `titleRange`, cut out once the parser attaches
    /// the text (`attachingText(_:)`); see each property.
    init(
        kind: NodeKind, marker: String, titleInText titleRange: Range<Int>, range: Range<Int>,
        markerRange: Range<Int>, bodyRange: Range<Int>, parent: Int?, depth: Int
    ) {
        self.init(
            kind: kind, marker: marker, title: "", path: "", range: range, markerRange: markerRange,
            titleRange: titleRange, bodyRange: bodyRange, parent: parent, children: [], depth: depth)
        titleIsSlice = true
    }

    /// Makes the title the scanned text at `range`, cut out once the parser attaches the text.
    mutating func setTitleInText(_ range: Range<Int>) {
        titleRange = range
        titleText = ""
        titleIsSlice = true
    }

    /// Whether the title is the scanned text at `titleRange`, not yet attached.
    var titleAwaitsText: Bool { titleIsSlice && titleText.isEmpty }

    /// Attaches the document's text that a title made with `init(…titleInText:…)` is cut from.
    mutating func attachText(_ text: String) {
        if titleAwaitsText { titleText = text }
    }

    /// The same node holding its title as its own string, so that keeping it does not keep the
    /// whole text of its document alive (for nodes kept after their document is replaced).
    public func detachedFromText() -> Node {
        var node = self
        if titleIsSlice { node.title = title }
        return node
    }
}

extension Node: Hashable {
    /// Equal when every property is: the titles are compared as text, however they are kept.
    public static func == (lhs: Node, rhs: Node) -> Bool {
        guard lhs.kind == rhs.kind, lhs.wholeSpan == rhs.wholeSpan, lhs.markerSpan == rhs.markerSpan,
            lhs.titleSpan == rhs.titleSpan, lhs.bodySpan == rhs.bodySpan, lhs.parentIndex == rhs.parentIndex,
            lhs.level == rhs.level, lhs.marker == rhs.marker, lhs.path == rhs.path, lhs.children == rhs.children
        else { return false }
        // Two slices of one text at one range (the common case) are equal without cutting either.
        if lhs.titleIsSlice, rhs.titleIsSlice, lhs.titleText == rhs.titleText { return true }
        return lhs.title == rhs.title
    }

    /// Hashes what `==` compares (the title as text, never the whole text it may be cut from).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(wholeSpan)
        hasher.combine(markerSpan)
        hasher.combine(titleSpan)
        hasher.combine(bodySpan)
        hasher.combine(parentIndex)
        hasher.combine(level)
        hasher.combine(marker)
        hasher.combine(path)
        hasher.combine(children)
        hasher.combine(title)
    }
}

extension Node {
    /// Whether this is a level-1…4 heading without a marker: a section whose heading was lost in a gap.
    public var isUntitled: Bool { kind.headingLevel != nil && marker.isEmpty }
}
