/// One node of a document's outline.
///
/// All ranges are offsets in UTF-8 code units (bytes) into `Document.text`, the decoded text,
/// half-open. They are stable for a given text and cheap to turn into `String.Index`.
public struct Node: Sendable {
    /// The marker exactly as written (`一、`, `(二)`, `三是`, `第一，`); empty for untitled,
    /// preamble, gap and closing nodes.
    public var marker: String {
        if cutsFromText { return markerSpan.lower == markerSpan.upper ? "" : words.utf8Slice(markerSpan.range) }
        return words.utf8Slice(0..<Int(ownMarkerBytes))
    }
    /// Text after the marker up to the first sentence end, line end or next marker, trimmed.
    /// For a gap, the elision line as written.
    public var title: String {
        get {
            cutsFromText ? words.utf8Slice(titleSpan.range) : words.utf8Slice(Int(ownMarkerBytes)..<words.utf8.count)
        }
        set { keepOwnWords(marker: marker, title: newValue) }
    }
    // Almost every marker and title is the text at the node's marker and title ranges, so such a
    // node keeps a reference to the document's text (shared, never copied) in `words` and cuts
    // them out when they are read: on a 50 MB text, about 5 MB of title strings are never made,
    // and a node is 96 bytes, not 112. A node whose words the text does not spell as they stand
    // (a title line joined across a line break, words read through a working copy with soft
    // breaks removed), or made by hand, keeps its marker followed by its title in `words`.
    private var words: String
    /// Dot-separated 1-based ordinals among numbered siblings (`1.2.3`); `preamble`, `closing`,
    /// or empty for a gap.
    public var path: String
    /// Indices of the children in `Document.nodes`, in document order.
    public var children: [Int]
    // The ranges, parent and depth are kept as 32-bit numbers (texts of 4 GiB or more are
    // refused before parsing).
    private var wholeSpan: OffsetSpan
    private var markerSpan: OffsetSpan
    private var titleSpan: OffsetSpan
    private var bodySpan: OffsetSpan
    private var parentIndex: Int32
    private var level: Int32
    public var kind: NodeKind
    // The two below fit in the padding after `kind`.
    /// Whether `words` is the whole text the marker and title are cut from (empty until the
    /// parser attaches it), rather than the marker followed by the title.
    private var cutsFromText = false
    /// The marker's length in bytes at the start of `words`, when the node keeps its own words
    /// (a marker is a few bytes long).
    private var ownMarkerBytes: UInt16 = 0

    /// A node; see each property.
    init(
        kind: NodeKind, marker: String, title: String, path: String, range: Range<Int>, markerRange: Range<Int>,
        titleRange: Range<Int>, bodyRange: Range<Int>, parent: Int?, children: [Int], depth: Int
    ) {
        self.kind = kind
        words = marker + title
        ownMarkerBytes = UInt16(clamping: marker.utf8.count)
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
    /// Where the marker is written (empty at `range.lowerBound` when there is none). Moving it
    /// leaves the marker as it is.
    public var markerRange: Range<Int> {
        get { markerSpan.range }
        set {
            keepWordsBeforeMoving()
            markerSpan = OffsetSpan(newValue)
        }
    }
    /// Where the title is written (trimmed). Moving it leaves the title as it is.
    public var titleRange: Range<Int> {
        get { titleSpan.range }
        set {
            keepWordsBeforeMoving()
            titleSpan = OffsetSpan(newValue)
        }
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

    /// A node whose marker and title are the scanned text at `markerRange` and `titleRange`,
    /// cut out once the parser attaches the text (`attachText(_:)`); see each property.
    init(
        kind: NodeKind, range: Range<Int>, markerRange: Range<Int>, titleRange: Range<Int>, bodyRange: Range<Int>,
        parent: Int?, depth: Int
    ) {
        self.init(
            kind: kind, marker: "", title: "", path: "", range: range, markerRange: markerRange,
            titleRange: titleRange, bodyRange: bodyRange, parent: parent, children: [], depth: depth)
        cutsFromText = true
    }

    /// Makes the title the scanned text at `range` (the marker, at `markerRange`, too), cut out
    /// once the parser attaches the text.
    mutating func setTitleInText(_ range: Range<Int>) {
        words = ""
        cutsFromText = true
        titleSpan = OffsetSpan(range)
    }

    /// Whether the marker and title are the scanned text, not yet attached.
    var awaitsText: Bool { cutsFromText && words.isEmpty }

    /// Attaches the document's text that the marker and title of a node made to cut them from
    /// the scanned text are cut from.
    mutating func attachText(_ text: String) {
        if awaitsText { words = text }
    }

    /// Before a marker or title range moves in a node cut from an attached text: keeps the words
    /// as they are. (While the parser places the ranges, nothing is attached yet.)
    private mutating func keepWordsBeforeMoving() {
        if cutsFromText, !words.isEmpty { keepOwnWords(marker: marker, title: title) }
    }

    /// Whether the node has a marker, read without cutting it out (the parser asks before the
    /// text is attached).
    var hasMarker: Bool { cutsFromText ? markerSpan.lower != markerSpan.upper : ownMarkerBytes > 0 }

    /// Makes the node keep these words as its own.
    mutating func keepOwnWords(marker: String, title: String) {
        words = marker + title
        ownMarkerBytes = UInt16(clamping: marker.utf8.count)
        cutsFromText = false
    }

    /// The same node holding its marker and title as its own string, so that keeping it does not
    /// keep the whole text of its document alive (for nodes kept after their document is replaced).
    public func detachedFromText() -> Node {
        var node = self
        if cutsFromText { node.keepOwnWords(marker: marker, title: title) }
        return node
    }
}

extension Node: Hashable {
    /// Equal when every property is: the marker and title are compared as text, however they are
    /// kept.
    public static func == (lhs: Node, rhs: Node) -> Bool {
        guard lhs.kind == rhs.kind, lhs.wholeSpan == rhs.wholeSpan, lhs.markerSpan == rhs.markerSpan,
            lhs.titleSpan == rhs.titleSpan, lhs.bodySpan == rhs.bodySpan, lhs.parentIndex == rhs.parentIndex,
            lhs.level == rhs.level, lhs.path == rhs.path, lhs.children == rhs.children
        else { return false }
        // Two nodes cut from one text at the same ranges (the common case) are equal without
        // cutting anything.
        if lhs.cutsFromText, rhs.cutsFromText, lhs.words == rhs.words { return true }
        return lhs.marker == rhs.marker && lhs.title == rhs.title
    }

    /// Hashes what `==` compares (the marker and title as text, never the whole text they may be
    /// cut from).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(wholeSpan)
        hasher.combine(markerSpan)
        hasher.combine(titleSpan)
        hasher.combine(bodySpan)
        hasher.combine(parentIndex)
        hasher.combine(level)
        hasher.combine(path)
        hasher.combine(children)
        hasher.combine(marker)
        hasher.combine(title)
    }
}

extension Node {
    /// Whether this is a level-1…4 heading without a marker: a section whose heading was lost in a gap.
    public var isUntitled: Bool { kind.headingLevel != nil && !hasMarker }
}
