/// Searching a large text a slice at a time, and narrowing a finished search as its query grows:
/// what lets the reader echo each typed key at once and count the matches between keys.
extension TextSearch {
    /// The non-overlapping matches that start in `starts` (they may end beyond it), scanning from
    /// `starts.lowerBound` exactly as `matches(of:in:limit:)` scans from the text's start. Scanning
    /// the text in consecutive slices, each from the end of the previous slice or of its last
    /// match (whichever is later), gives the same matches as one scan of the whole text.
    public static func matches(
        of query: String, in text: String, startingIn starts: Range<Int>, limit: Int = .max
    ) -> [Range<Int>] {
        let pattern = query.unicodeScalars.map(SearchFolding.fold)
        guard let first = pattern.first, limit > 0 else { return [] }
        let filter = MatchStartFilter(first: first)
        var source = text
        source.makeContiguousUTF8()
        return source.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>] in
            let scanner = UTF8Scanner(bytes: bytes)
            var found: [Range<Int>] = []
            var offset = max(starts.lowerBound, 0)
            let end = min(starts.upperBound, bytes.count)
            while offset < end, found.count < limit {
                if filter.mayStart(at: offset, in: bytes), let matchEnd = match(pattern, at: offset, in: scanner) {
                    found.append(offset..<matchEnd)
                    offset = matchEnd
                } else {
                    offset += 1
                }
            }
            return found
        } ?? []
    }

    /// The match of `query` that starts exactly at `offset`, or nil.
    public static func match(of query: String, at offset: Int, in text: String) -> Range<Int>? {
        let pattern = query.unicodeScalars.map(SearchFolding.fold)
        guard !pattern.isEmpty, offset >= 0 else { return nil }
        var source = text
        source.makeContiguousUTF8()
        return source.utf8.withContiguousStorageIfAvailable { bytes -> Range<Int>? in
            guard offset < bytes.count else { return nil }
            return match(pattern, at: offset, in: UTF8Scanner(bytes: bytes)).map { offset..<$0 }
        } ?? nil
    }

    /// Whether two matches of `query` can overlap (some proper prefix of the folded query is
    /// also a suffix, as in `aa` or `abab`). Only a query whose matches cannot overlap can be
    /// narrowed from its prefix's matches: otherwise the prefix's non-overlapping scan may have
    /// stepped over a place where the longer query starts.
    public static func canOverlap(_ query: String) -> Bool {
        let pattern = query.unicodeScalars.map(SearchFolding.fold)
        guard pattern.count > 1 else { return false }
        // The KMP failure function: the longest proper border of each prefix.
        var border = [Int](repeating: 0, count: pattern.count)
        var length = 0
        for index in 1..<pattern.count {
            while length > 0, pattern[index] != pattern[length] { length = border[length - 1] }
            if pattern[index] == pattern[length] { length += 1 }
            border[index] = length
        }
        return border[pattern.count - 1] > 0
    }
}
