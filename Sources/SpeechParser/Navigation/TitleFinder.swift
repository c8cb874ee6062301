/// "Go to anything": ranks the headings and requirements of a document by how their titles
/// match a query — exact, prefix, substring, pinyin, then fuzzy (a subsequence) — with half-
/// and full-width forms and Latin case folded as search folds them.
///
/// Build one per document (it folds every title once) and ask it as the user types.
public struct TitleFinder: Sendable {
    private struct Entry: Sendable {
        let node: Int
        let title: [UInt32]
        /// The marker and the title together, folded (`二是要…`).
        let markedTitle: [UInt32]
        let markerLength: Int
        /// UTF-8 offset of each title scalar, plus the end.
        let offsets: [UInt32]
        let pinyin: PinyinText
    }

    private let entries: [Entry]
    private let readings: PinyinReadings

    /// A finder over `document`'s numbered nodes with a title; `readings` lets a caller that
    /// already has the document's pinyin readings share them (else they are built from the titles).
    public init(document: Document, readings: PinyinReadings? = nil) {
        let candidates = document.nodes.indices.filter { index in
            let node = document.nodes[index]
            return node.kind.isNumbered && !node.title.isEmpty
        }
        let readings =
            readings ?? PinyinReadings(characters: candidates.lazy.flatMap { document.nodes[$0].title.unicodeScalars })
        self.readings = readings
        entries = candidates.map { index in
            let node = document.nodes[index]
            let title = AddressScalars.fold(node.title)
            let marker = AddressScalars.fold(node.marker).filter { $0 != 0x20 }
            // 32-bit: the index keeps one per title character, and a title, like the text, is below 4 GiB.
            var offsets: [UInt32] = [0]
            offsets.reserveCapacity(title.count + 1)
            for scalar in node.title.unicodeScalars {
                offsets.append(offsets[offsets.count - 1] + UInt32(UTF8.width(scalar)))
            }
            return Entry(
                node: index, title: title, markedTitle: marker + title, markerLength: marker.count, offsets: offsets,
                pinyin: PinyinText(node.title, readings: readings))
        }
    }

    /// Matching nodes, best first: by kind, then by where in the title the match starts, then
    /// shorter titles, then document order. At most `limit`.
    public func matches(for query: String, limit: Int = 50) -> [TitleMatch] {
        let folded = AddressScalars.fold(query.trimmingSpaces)
        guard !folded.isEmpty, limit > 0 else { return [] }
        let pinyin = PinyinQuery(query)
        var ranked: [(match: TitleMatch, start: Int, length: Int)] = []
        for entry in entries {
            guard let (kind, range) = match(folded, pinyin: pinyin, in: entry) else { continue }
            let match = TitleMatch(
                node: entry.node, kind: kind,
                range: Int(entry.offsets[range.lowerBound])..<Int(entry.offsets[range.upperBound]))
            ranked.append((match, range.lowerBound, entry.title.count))
        }
        ranked.sort { left, right in
            if left.match.kind != right.match.kind { return left.match.kind < right.match.kind }
            if left.start != right.start { return left.start < right.start }
            if left.length != right.length { return left.length < right.length }
            return left.match.node < right.match.node
        }
        return ranked.prefix(limit).map(\.match)
    }

    /// The best way `query` matches `entry`, with the matched scalar range of the title.
    private func match(_ query: [UInt32], pinyin: PinyinQuery?, in entry: Entry) -> (TitleMatchKind, Range<Int>)? {
        let all = 0..<entry.title.count
        if entry.title == query || entry.markedTitle == query { return (.exact, all) }
        if entry.title.starts(with: query) { return (.prefix, 0..<query.count) }
        if entry.markedTitle.starts(with: query) {
            return (.prefix, 0..<Swift.max(0, Swift.min(query.count - entry.markerLength, entry.title.count)))
        }
        if let start = Self.firstIndex(of: query, in: entry.title) {
            return (.substring, start..<(start + query.count))
        }
        if let pinyin, let found = entry.pinyin.matches(of: pinyin, readings: readings, limit: 1).first {
            return (.pinyin, found)
        }
        if let span = Self.subsequence(query, in: entry.title) { return (.fuzzy, span) }
        return nil
    }

    private static func firstIndex(of needle: [UInt32], in haystack: [UInt32]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// The span from the first to the last character of `needle` found in order in `haystack`
    /// (spaces in the query ignored), greedily from the left; nil when they are not all there.
    private static func subsequence(_ needle: [UInt32], in haystack: [UInt32]) -> Range<Int>? {
        var position = 0
        var first: Int?
        for scalar in needle where scalar != 0x20 {
            guard let found = haystack[position...].firstIndex(of: scalar) else { return nil }
            if first == nil { first = found }
            position = found + 1
        }
        guard let first else { return nil }
        return first..<position
    }
}
