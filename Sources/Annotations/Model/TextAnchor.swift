import SpeechParser

/// How a note or bookmark is attached to a passage of a document: the W3C Web Annotation
/// `TextPositionSelector` and `TextQuoteSelector` together, plus the outline path of the node the
/// passage starts in. The position is tried first; the quote and its context find the passage
/// again when the text was edited.
public struct TextAnchor: Hashable, Sendable, Codable {
    /// Unicode scalars of context kept on each side of the quote.
    public static let contextLength = 32

    /// Where the passage was (UTF-8 offsets).
    public var position: TextPositionSelector
    /// What the passage said, with context.
    public var quote: TextQuoteSelector
    /// The path of the node the passage starts in (`1.2.1`, `preamble`, …).
    public var nodePath: String

    /// An anchor from its parts.
    public init(position: TextPositionSelector, quote: TextQuoteSelector, nodePath: String) {
        self.position = position
        self.quote = quote
        self.nodePath = nodePath
    }

    /// An anchor for `range` (UTF-8 offsets) of `document`, clamped to the text and to scalar
    /// boundaries, with `contextLength` scalars of prefix and suffix and the containing node's path.
    public init(document: Document, range: Range<Int>) {
        let text = document.text
        let lower = document.index(atOffset: range.lowerBound)
        let upper = Swift.max(lower, document.index(atOffset: range.upperBound))
        let scalars = text.unicodeScalars
        let prefixStart =
            scalars.index(lower, offsetBy: -Self.contextLength, limitedBy: scalars.startIndex)
            ?? scalars.startIndex
        let suffixEnd =
            scalars.index(upper, offsetBy: Self.contextLength, limitedBy: scalars.endIndex)
            ?? scalars.endIndex
        let start = document.offset(of: lower)
        self.position = TextPositionSelector(start: start, end: document.offset(of: upper))
        self.quote = TextQuoteSelector(
            exact: String(text[lower..<upper]),
            prefix: String(text[prefixStart..<lower]),
            suffix: String(text[upper..<suffixEnd])
        )
        self.nodePath = document.nodeIndex(containing: start).map { document.nodes[$0].path } ?? ""
    }
}
