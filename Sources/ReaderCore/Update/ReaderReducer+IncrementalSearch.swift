import SpeechParser

/// A literal search that never keeps a key waiting: a query that grows from a finished one is
/// narrowed from its matches at once; any other query scans the text a slice at a time, the run
/// loop asking for the next slice (`.continueSearch`) whenever no key is waiting, so the query
/// is echoed at once and the count grows on screen (`k/…`) until the scan is done.
extension ReaderReducer {
    /// Bytes scanned per slice: a few milliseconds in a release build, so a key typed during a
    /// scan on a 50 MB text is read within one frame.
    static let searchSlice = 2 << 20

    /// Starts (or narrows) the literal search for `query`. A text no longer than a slice is
    /// searched completely here; a longer one is left to the run loop's `.continueSearch`, so
    /// the query is on screen before the first slice is scanned.
    static func startLiteralSearch(_ state: inout ReaderState, _ query: String, previous: SearchState, from offset: Int)
    {
        var search = SearchState()
        search.query = query
        search.showsFrom = offset
        if let narrowed = narrowed(previous, to: query, in: state.document.text) {
            search.matches = narrowed
        } else {
            search.scanned = 0
        }
        state.search = search
        if search.scanned == nil || state.document.utf8Count <= searchSlice { continueSearch(&state) }
    }

    /// The matches of `query` taken from the finished search `previous` for a prefix of it, or
    /// nil when that is not exact (the prefix's scan was cut at the match limit, or matches of
    /// `query` can overlap, so the prefix's scan may have stepped over one).
    static func narrowed(_ previous: SearchState, to query: String, in text: String) -> [Range<Int>]? {
        guard !previous.isScanning, !previous.query.isEmpty, !previous.isTruncated,
            query.hasPrefix(previous.query), !TextSearch.canOverlap(query)
        else { return nil }
        return previous.matches.compactMap { TextSearch.match(of: query, at: $0.lowerBound, in: text) }
    }

    /// Scans the next slice of a search still scanning (nothing otherwise); shows the first match
    /// at or after where the prompt opened as soon as it is found, or the first match when the
    /// scan ends without one after it (wrapping, as `n` does).
    static func continueSearch(_ state: inout ReaderState) {
        var search = state.search
        if let scanned = search.scanned {
            let text = state.document.text
            let end = min(scanned + searchSlice, text.utf8.count)
            let room = SearchState.matchLimit - search.matches.count
            let found = TextSearch.matches(of: search.query, in: text, startingIn: scanned..<end, limit: room)
            search.matches += found
            let next = max(end, found.last?.upperBound ?? end)
            search.scanned = next < text.utf8.count && search.matches.count < SearchState.matchLimit ? next : nil
        }
        if search.current == nil, !search.matches.isEmpty {
            if let index = search.firstMatch(atOrAfter: search.showsFrom) {
                search.current = index
            } else if !search.isScanning {
                search.current = 0
            }
        }
        let shows = search.current != state.search.current
        state.search = search
        if shows, let current = search.current { show(search.matches[current], &state) }
    }

    /// Scans whatever is left, for an action that needs every match (Enter, `n`).
    static func finishSearch(_ state: inout ReaderState) {
        while state.search.isScanning { continueSearch(&state) }
    }
}
