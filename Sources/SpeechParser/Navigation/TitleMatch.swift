/// How a title matched a query, best first: the order `TitleFinder` ranks by.
public enum TitleMatchKind: Int, Comparable, Sendable, CaseIterable {
    /// The whole title (or marker and title, `二是要…`) is the query.
    case exact
    /// The title (or marker and title) starts with the query.
    case prefix
    /// The title contains the query.
    case substring
    /// The title contains the query read as pinyin (`rq` → 容缺, `rongcuo` → 容错).
    case pinyin
    /// The query's characters occur in the title in order, with others between (`容纠错` → 容错纠错).
    case fuzzy

    public static func < (lhs: TitleMatchKind, rhs: TitleMatchKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One node whose title matches a query.
public struct TitleMatch: Hashable, Sendable {
    /// Index in `Document.nodes`.
    public let node: Int
    public let kind: TitleMatchKind
    /// The matched part of `Node.title`, in UTF-8 bytes of the title (for a fuzzy match, from its
    /// first matched character to its last).
    public let range: Range<Int>

    public init(node: Int, kind: TitleMatchKind, range: Range<Int>) {
        self.node = node
        self.kind = kind
        self.range = range
    }
}
