import SpeechParser

/// Search with random queries: every match is a non-empty, scalar-aligned range inside the text
/// that folds to the query; matches are ordered and do not overlap; the result equals a naive
/// scalar-by-scalar search with the same folding (so the lead-byte prefilter misses nothing);
/// `limit` keeps a prefix of the matches.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearch(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let queryLength = input.int(in: 0...24)
    let limit = input.int(in: 0...8)
    let query = String(decoding: input.prefix(queryLength), as: UTF8.self)
    let text = String(decoding: input.rest(), as: UTF8.self)
    check(query: query, text: text, limit: limit)
    // Queries cut from the text itself find at least that occurrence.
    let scalars = Array(text.unicodeScalars)
    if !scalars.isEmpty {
        let start = queryLength % scalars.count
        let piece = String(String.UnicodeScalarView(scalars[start..<min(scalars.count, start + 1 + limit)]))
        let found = check(query: piece, text: text, limit: limit)
        require(!found.isEmpty, "a piece of the text \(piece.debugDescription) is not found in it")
    }
    return 0
}

@discardableResult
private func check(query: String, text: String, limit: Int) -> [Range<Int>] {
    let utf8 = Array(text.utf8)
    let matches = TextSearch.matches(of: query, in: text)
    let folded = query.unicodeScalars.map(SearchFolding.fold)
    var previousEnd = 0
    for range in matches {
        require(!range.isEmpty && isAlignedRange(range, in: utf8), "match \(range) empty or misaligned (\(utf8.count) bytes)")
        require(range.lowerBound >= previousEnd, "matches overlap or are out of order")
        previousEnd = range.upperBound
        let found = string(range, in: utf8).unicodeScalars.map(SearchFolding.fold)
        require(found == folded, "match \(string(range, in: utf8).debugDescription) does not fold to the query \(query.debugDescription)")
    }
    let expected = naiveMatches(folded, in: utf8)
    require(matches == expected, "search for \(query.debugDescription) found \(matches), a naive search \(expected)")
    require(TextSearch.matches(of: query, in: text, limit: limit) == Array(expected.prefix(limit)), "limit \(limit) is not a prefix")
    return matches
}

/// Leftmost, non-overlapping matches scalar by scalar.
private func naiveMatches(_ pattern: [UInt32], in utf8: [UInt8]) -> [Range<Int>] {
    guard !pattern.isEmpty else { return [] }
    var scalars: [(value: UInt32, offset: Int)] = []
    var offset = 0
    for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
        scalars.append((SearchFolding.fold(scalar), offset))
        offset += UTF8.width(scalar)
    }
    var found: [Range<Int>] = []
    var index = 0
    while index + pattern.count <= scalars.count {
        if (0..<pattern.count).allSatisfy({ scalars[index + $0].value == pattern[$0] }) {
            let end = index + pattern.count
            found.append(scalars[index].offset..<(end < scalars.count ? scalars[end].offset : utf8.count))
            index = end
        } else {
            index += 1
        }
    }
    return found
}
