import BundledSpeech
import SpeechParser
import Testing

@testable import ReaderCore

/// Typing a search into a text larger than one scanning slice: the query is echoed at once, the
/// matches arrive slice by slice, and a growing query is narrowed from the finished search.
@Suite("Reader reducer: incremental search on a large text")
struct IncrementalSearchTests {
    static let speech = String(decoding: BundledSpeech.bytes, as: UTF8.self)
    /// The speech repeated past two slices, so a scan takes several steps.
    static let large = Document(
        parsing: String(repeating: speech + "\n", count: ReaderReducer.searchSlice * 2 / speech.utf8.count + 2))

    func typing(_ query: String, into state: inout ReaderState) {
        for character in query { ReaderReducer.reduce(&state, .promptInsert(character)) }
    }

    @Test("scanning in slices finds exactly the matches of one whole scan, for overlapping queries too")
    func slicesEqualOneScan() {
        let text = "aaab 政绩观政绩观，政绩 aaaa 观政绩观" + String(repeating: "政绩观aa", count: 50)
        for query in ["政绩观", "aa", "a", "绩观政", "政", "aaa"] {
            let whole = TextSearch.matches(of: query, in: text)
            for slice in [1, 2, 3, 7, 64] {
                var found: [Range<Int>] = []
                var offset = 0
                while offset < text.utf8.count {
                    let end = min(offset + slice, text.utf8.count)
                    let part = TextSearch.matches(of: query, in: text, startingIn: offset..<end)
                    found += part
                    offset = max(end, part.last?.upperBound ?? end)
                }
                #expect(found == whole, "\(query) in slices of \(slice)")
            }
        }
    }

    @Test(
        "a query whose matches can overlap is never narrowed",
        arguments: [("aa", true), ("abab", true), ("政绩观", false), ("政政", true), ("政绩政", true), ("ab", false)])
    func overlap(query: String, overlaps: Bool) {
        #expect(TextSearch.canOverlap(query) == overlaps)
    }

    @Test("the first key starts a scan that the shell continues; the count only grows; the result is the whole scan's")
    func firstKeyScans() {
        var state = ReaderState(document: Self.large, width: 100, height: 30, language: .english)
        ReaderReducer.reduce(&state, .startSearch)
        typing("溯", into: &state)
        guard case .prompt(let prompt) = state.mode else {
            Issue.record("the prompt closed")
            return
        }
        #expect(prompt.input == "溯")
        #expect(state.search.isScanning)
        // The key only echoes: the scan is the shell's, between keys.
        #expect(state.search.scanned == 0 && state.search.matches.isEmpty)
        var steps = 0
        var counts: [Int] = []
        while state.search.isScanning, steps < 100 {
            ReaderReducer.reduce(&state, .continueSearch)
            counts.append(state.search.matches.count)
            steps += 1
        }
        #expect(steps >= 2)
        #expect(counts == counts.sorted())
        #expect(state.search.matches == TextSearch.matches(of: "溯", in: Self.large.text, limit: SearchState.matchLimit))
        #expect(state.search.current == 0)
    }

    @Test("a longer query typed after a finished scan is narrowed at once, to the same matches")
    func growingQueryNarrows() {
        var state = ReaderState(document: Self.large, width: 100, height: 30, language: .english)
        ReaderReducer.reduce(&state, .startSearch)
        typing("溯", into: &state)
        while state.search.isScanning { ReaderReducer.reduce(&state, .continueSearch) }
        typing("源固本", into: &state)
        #expect(!state.search.isScanning)
        #expect(state.search.matches == TextSearch.matches(of: "溯源固本", in: Self.large.text))
        #expect(!state.search.matches.isEmpty)
    }

    @Test("Enter during a scan finishes it, and the search lands on the first match")
    func enterFinishesTheScan() {
        var state = ReaderState(document: Self.large, width: 100, height: 30, language: .english)
        ReaderReducer.reduce(&state, .startSearch)
        typing("试金石", into: &state)
        #expect(state.search.isScanning)
        ReaderReducer.reduce(&state, .promptAccept)
        #expect(!state.search.isScanning)
        #expect(state.search.matches == TextSearch.matches(of: "试金石", in: Self.large.text))
        #expect(state.search.current == 0)
        #expect(state.mode == .normal)
    }
}
