import SpeechParser

/// The search the reader last ran (or is typing): its matches are highlighted in the text.
public struct SearchState: Hashable, Sendable {
    /// The most matches kept; a search over a huge text stops there (the status line shows `N+`).
    public static let matchLimit = 100_000

    /// The query as typed.
    public var query: String = ""
    /// Non-overlapping matches as UTF-8 ranges, in document order (`TextSearch` folding).
    public var matches: [Range<Int>] = []
    /// Index into `matches` of the match the reader is on.
    public var current: Int?
    /// While a literal search is still scanning a large text, the offset it has reached:
    /// `matches` holds what was found before it. Nil once the whole text was scanned.
    public var scanned: Int?
    /// The offset whose first match at or after it the search shows (where the prompt opened).
    var showsFrom = 0

    /// Whether the search still has text to scan.
    public var isScanning: Bool { scanned != nil }

    /// An empty search.
    public init() {}

    /// A search for `query` over `text` with no current match.
    init(query: String, in text: String) {
        self.query = query
        self.matches = TextSearch.matches(of: query, in: text, limit: Self.matchLimit)
    }

    /// Whether the match list stopped at `matchLimit`.
    public var isTruncated: Bool { matches.count >= Self.matchLimit }

    /// Index of the first match that starts at or after `offset`, or nil.
    func firstMatch(atOrAfter offset: Int) -> Int? {
        var low = 0
        var high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low < matches.count ? low : nil
    }

    /// Index of the first match that ends after `offset` (the first one a row from `offset` can
    /// show), or `matches.count`.
    func firstMatch(endingAfter offset: Int) -> Int {
        var low = 0
        var high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
