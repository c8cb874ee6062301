/// One match of `DocumentSearch`: where it is and how it matched.
public struct SearchMatch: Hashable, Sendable {
    /// How a match was found.
    public enum Kind: Hashable, Sendable {
        /// The query as written (folded for width and Latin case).
        case literal
        /// The ASCII query read as pinyin of Chinese text.
        case pinyin
        /// A regular expression.
        case regex
    }

    /// UTF-8 range into `Document.text`.
    public let range: Range<Int>
    public let kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
