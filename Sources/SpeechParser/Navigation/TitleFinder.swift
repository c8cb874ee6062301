/// "Go to anything": ranks the headings and requirements of a document by how their titles
/// match a query — exact, prefix, substring, pinyin, then fuzzy (a subsequence) — with half-
/// and full-width forms and Latin case folded as search folds them.
///
/// Build one per document (it folds every title once) and ask it as the user types.
public struct TitleFinder: Sendable {
    /// Where one title's data lies in the shared arrays. Everything is kept in three flat arrays
    /// rather than five arrays per title: on a 50 MB text (60,000 titles) the per-title arrays'
    /// headers and the repeated marker-and-title copy were most of the index.
    private struct Entry: Sendable {
        let node: Int
        /// The folded marker starts here in `scalars`, the folded title at `titleStart`, up to
        /// `titleEnd`.
        let markerStart: Int32
        let titleStart: Int32
        let titleEnd: Int32
        /// The title's pinyin units (one per scalar) start here in `units`, and its scalars' UTF-8
        /// widths here in `widths`.
        let unitStart: Int32

        var title: Range<Int> { Int(titleStart)..<Int(titleEnd) }
        var markedTitle: Range<Int> { Int(markerStart)..<Int(titleEnd) }
        var units: Range<Int> { Int(unitStart)..<(Int(unitStart) + title.count) }
    }

    private let entries: [Entry]
    /// Every entry's folded marker (spaces dropped) and folded title, one after the other.
    private let scalars: [UInt32]
    /// The UTF-8 width of every title scalar, from which a match's offsets in its title are
    /// summed: a byte a scalar instead of a 32-bit offset.
    private let widths: [UInt8]
    /// Every entry's pinyin units (see `PinyinText.unit(of:readings:)`).
    private let units: [Int32]
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
        // Counted first, so that the shared arrays are made at their size: grown by doubling,
        // they held up to twice what they keep (23 MB of arrays on a 50 MB text).
        var markerCount = 0
        var titleCount = 0
        for index in candidates {
            markerCount += Self.markerScalars(document.nodes[index].marker).count
            titleCount += document.nodes[index].title.unicodeScalars.count
        }
        var entries: [Entry] = []
        var scalars: [UInt32] = []
        var widths: [UInt8] = []
        var units: [Int32] = []
        entries.reserveCapacity(candidates.count)
        scalars.reserveCapacity(markerCount + titleCount)
        widths.reserveCapacity(titleCount)
        units.reserveCapacity(titleCount)
        for index in candidates {
            let node = document.nodes[index]
            let title = node.title
            let markerStart = scalars.count
            scalars += Self.markerScalars(node.marker)
            let titleStart = scalars.count
            let unitStart = units.count
            // One walk over the title's scalars for the three arrays (a `PinyinText` per title
            // would walk it again, and make offsets that are not kept).
            for scalar in title.unicodeScalars {
                scalars.append(SearchFolding.fold(scalar))
                widths.append(UInt8(UTF8.width(scalar)))
                units.append(PinyinText.unit(of: scalar, readings: readings))
            }
            entries.append(
                Entry(
                    node: index, markerStart: Int32(clamping: markerStart), titleStart: Int32(clamping: titleStart),
                    titleEnd: Int32(clamping: scalars.count), unitStart: Int32(clamping: unitStart)))
        }
        self.entries = entries
        self.scalars = scalars
        self.widths = widths
        self.units = units
    }

    /// A marker's folded scalars without its spaces.
    private static func markerScalars(_ marker: String) -> [UInt32] {
        AddressScalars.fold(marker).filter { $0 != 0x20 }
    }

    /// Matching nodes, best first: by kind, then by where in the title the match starts, then
    /// shorter titles, then document order. At most `limit`.
    public func matches(for query: String, limit: Int = 50) -> [TitleMatch] {
        let folded = AddressScalars.fold(query.trimmingSpaces)
        guard !folded.isEmpty, limit > 0 else { return [] }
        let pinyin = PinyinQuery(query)
        var ranked: [(match: TitleMatch, start: Int, length: Int)] = []
        var matcher = pinyin.map { PinyinMatcher(query: $0.bytes, readings: readings) }
        for entry in entries {
            guard let (kind, range) = match(folded, pinyin: &matcher, in: entry) else { continue }
            let first = Int(entry.unitStart)
            let start = widths[first..<(first + range.lowerBound)].reduce(0) { $0 + Int($1) }
            let length = widths[(first + range.lowerBound)..<(first + range.upperBound)].reduce(0) { $0 + Int($1) }
            let match = TitleMatch(node: entry.node, kind: kind, range: start..<(start + length))
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
    private func match(_ query: [UInt32], pinyin: inout PinyinMatcher?, in entry: Entry) -> (
        TitleMatchKind, Range<Int>
    )? {
        let title = scalars[entry.title]
        let markedTitle = scalars[entry.markedTitle]
        let markerLength = markedTitle.count - title.count
        let all = 0..<title.count
        if title.elementsEqual(query) || markedTitle.elementsEqual(query) { return (.exact, all) }
        if title.starts(with: query) { return (.prefix, 0..<query.count) }
        if markedTitle.starts(with: query) {
            return (.prefix, 0..<Swift.max(0, Swift.min(query.count - markerLength, title.count)))
        }
        if let start = Self.firstIndex(of: query, in: title) {
            return (.substring, start..<(start + query.count))
        }
        if pinyin != nil, let found = firstPinyinMatch(&pinyin, in: entry.units) { return (.pinyin, found) }
        if let span = Self.subsequence(query, in: title) { return (.fuzzy, span) }
        return nil
    }

    /// The leftmost, shortest pinyin match in `range` of `units`, relative to its start.
    private func firstPinyinMatch(_ matcher: inout PinyinMatcher?, in range: Range<Int>) -> Range<Int>? {
        guard var pinyin = matcher else { return nil }
        defer { matcher = pinyin }
        for start in range {
            if let end = pinyin.matchEnd(in: units, from: start, end: range.upperBound) {
                return (start - range.lowerBound)..<(end - range.lowerBound)
            }
        }
        return nil
    }

    /// Where `needle` first occurs in `haystack`, counted from the haystack's start.
    private static func firstIndex(of needle: [UInt32], in haystack: ArraySlice<UInt32>) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        let base = haystack.startIndex
        for start in 0...(haystack.count - needle.count)
        where haystack[(base + start)..<(base + start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    /// The span from the first to the last character of `needle` found in order in `haystack`
    /// (spaces in the query ignored), greedily from the left, counted from the haystack's start;
    /// nil when they are not all there.
    private static func subsequence(_ needle: [UInt32], in haystack: ArraySlice<UInt32>) -> Range<Int>? {
        let base = haystack.startIndex
        var position = base
        var first: Int?
        for scalar in needle where scalar != 0x20 {
            guard let found = haystack[position...].firstIndex(of: scalar) else { return nil }
            if first == nil { first = found }
            position = found + 1
        }
        guard let first else { return nil }
        return (first - base)..<(position - base)
    }
}
