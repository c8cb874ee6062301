/// Search over a document as the command line and the reader offer it: literal matches first,
/// then (for an ASCII query) pinyin matches that do not overlap a literal one; optionally only
/// inside one node's range.
public enum DocumentSearch {
    /// Matches of `query` in `document`, literal ones first (in text order), then pinyin ones
    /// (in text order) when `pinyin` readings are given and the query reads as pinyin.
    /// `within` limits the search to a UTF-8 range (a node's `range`); matches never cross it.
    public static func matches(
        of query: String, in document: Document, within: Range<Int>? = nil, pinyin: PinyinReadings? = nil,
        limit: Int = .max
    ) -> [SearchMatch] {
        let scope = clamped(within, in: document)
        let text = String(document.substring(scope))
        let literal = TextSearch.matches(of: query, in: text, limit: limit).map { range in
            SearchMatch(range: shifted(range, by: scope.lowerBound), kind: .literal)
        }
        guard let pinyin, let pinyinQuery = PinyinQuery(query), literal.count < limit else { return literal }
        let prepared = PinyinText(text, readings: pinyin, base: scope.lowerBound)
        var result = literal
        var cursor = 0  // literal matches are sorted: walk them alongside
        for units in prepared.matches(of: pinyinQuery, readings: pinyin) {
            let range = prepared.byteRange(units)
            while cursor < literal.count, literal[cursor].range.upperBound <= range.lowerBound { cursor += 1 }
            if cursor < literal.count, literal[cursor].range.overlaps(range) { continue }
            result.append(SearchMatch(range: range, kind: .pinyin))
            if result.count >= limit { break }
        }
        return result
    }

    /// Matches of the regular expression `pattern` (Swift Regex syntax), in text order, empty
    /// matches skipped. Throws `RegexSearchError` when the pattern does not compile.
    public static func regexMatches(
        of pattern: String, in document: Document, within: Range<Int>? = nil, limit: Int = .max
    ) throws -> [SearchMatch] {
        let regex: Regex<AnyRegexOutput>
        do {
            regex = try Regex(pattern)
        } catch {
            throw RegexSearchError(pattern: pattern, reason: String(describing: error))
        }
        let scope = clamped(within, in: document)
        let text = document.substring(scope)
        var result: [SearchMatch] = []
        for match in text.matches(of: regex) where !match.range.isEmpty {
            let lower = document.offset(of: match.range.lowerBound)
            let upper = document.offset(of: match.range.upperBound)
            result.append(SearchMatch(range: lower..<upper, kind: .regex))
            if result.count >= limit { break }
        }
        return result
    }

    private static func clamped(_ range: Range<Int>?, in document: Document) -> Range<Int> {
        guard let range else { return 0..<document.utf8Count }
        let lower = Swift.max(0, Swift.min(range.lowerBound, document.utf8Count))
        return lower..<Swift.max(lower, Swift.min(range.upperBound, document.utf8Count))
    }

    private static func shifted(_ range: Range<Int>, by base: Int) -> Range<Int> {
        (range.lowerBound + base)..<(range.upperBound + base)
    }
}
