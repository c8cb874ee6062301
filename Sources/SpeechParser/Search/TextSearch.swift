/// Finds a query in a document's logical text (source lines, not wrapped screen lines), folding
/// half-/full-width forms and Latin case as `SearchFolding` describes.
public enum TextSearch {
    /// Non-overlapping matches as UTF-8 ranges into `text`, in order, at most `limit` of them.
    /// An empty query (after nothing) matches nothing.
    public static func matches(of query: String, in text: String, limit: Int = .max) -> [Range<Int>] {
        let pattern = query.unicodeScalars.map(SearchFolding.fold)
        guard let first = pattern.first, limit > 0 else { return [] }
        let filter = MatchStartFilter(first: first)
        var source = text
        source.makeContiguousUTF8()
        return source.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>] in
            let scanner = UTF8Scanner(bytes: bytes)
            var found: [Range<Int>] = []
            var offset = 0
            while offset < bytes.count, found.count < limit {
                if filter.mayStart(at: offset, in: bytes), let end = match(pattern, at: offset, in: scanner) {
                    found.append(offset..<end)
                    offset = end
                } else {
                    offset += 1
                }
            }
            return found
        } ?? []
    }

    /// The end of a match of `pattern` starting at `offset`, or nil.
    static func match(_ pattern: [UInt32], at offset: Int, in scanner: UTF8Scanner) -> Int? {
        var position = offset
        for expected in pattern {
            guard let (scalar, length) = scanner.scalar(at: position), SearchFolding.fold(scalar) == expected else {
                return nil
            }
            position += length
        }
        return position
    }
}
