import SpeechParser

/// What `/` finds beyond the literal text: an ASCII query also by pinyin (literal matches are
/// preferred), and a `re:` prefix reads the rest as a Swift regular expression.
extension ReaderReducer {
    /// The prefix that makes a `/` query a regular expression.
    static let regexPrefix = "re:"

    /// The matches of a `/` query, in document order, with the ones to prefer (the literal
    /// matches of a query that also matched by pinyin) and the error of a bad pattern.
    struct FoundMatches {
        var matches: [Range<Int>] = []
        var preferred: [Range<Int>] = []
        var error: String?
    }

    /// Runs the `/` query over the document with the reader's options.
    static func findMatches(_ query: String, in state: ReaderState) -> FoundMatches {
        let document = state.document
        let limit = SearchState.matchLimit
        if query.hasPrefix(regexPrefix) {
            let pattern = String(query.dropFirst(regexPrefix.count))
            guard !pattern.isEmpty else { return FoundMatches() }
            do {
                let ranges = try DocumentSearch.regexMatches(of: pattern, in: document, limit: limit).map(\.range)
                return FoundMatches(matches: ranges, preferred: ranges)
            } catch let error as RegexSearchError {
                return FoundMatches(error: firstLine(error.reason))
            } catch {
                return FoundMatches(error: firstLine(String(describing: error)))
            }
        }
        guard state.navigation.pinyinEnabled, let index = state.navigation.index,
            PinyinSearch.isPinyinQuery(query)
        else {
            let ranges = TextSearch.matches(of: query, in: document.text, limit: limit)
            return FoundMatches(matches: ranges, preferred: ranges)
        }
        let found = DocumentSearch.matches(of: query, in: document, pinyin: index.readings, limit: limit)
        let literal = found.filter { $0.kind == .literal }.map(\.range)
        let all = found.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        return FoundMatches(matches: all, preferred: literal.isEmpty ? all : literal)
    }

    /// Whether `query` is searched literally (neither a regular expression nor a pinyin query),
    /// the kind of search that runs a slice at a time.
    static func isLiteralQuery(_ query: String, in state: ReaderState) -> Bool {
        if query.hasPrefix(regexPrefix) { return false }
        return !(state.navigation.pinyinEnabled && state.navigation.index != nil && PinyinSearch.isPinyinQuery(query))
    }

    /// The match a search shows first: the first preferred match at or after `offset`, else
    /// the first preferred one (wrapping), as an index into `found.matches`.
    static func firstShown(_ found: FoundMatches, from offset: Int) -> Int? {
        guard let choice = found.preferred.first(where: { $0.lowerBound >= offset }) ?? found.preferred.first else {
            return nil
        }
        return found.matches.firstIndex(of: choice)
    }

    /// `P`: pinyin matching on or off; a search on screen is run again with the new setting.
    static func togglePinyin(_ state: inout ReaderState) -> [Effect] {
        state.navigation.pinyinEnabled.toggle()
        state.message = .navigation(.pinyin(on: state.navigation.pinyinEnabled))
        rerunSearch(&state)
        return []
    }

    /// Runs the current `/` query again, after what it matches by changed (the pinyin option, or
    /// the index arriving: a pinyin query typed before it was literal), keeping the match nearest
    /// the one shown.
    static func rerunSearch(_ state: inout ReaderState) {
        let query = state.search.query
        guard !query.isEmpty else { return }
        let old = state.search.current.map { state.search.matches[$0].lowerBound } ?? state.position
        var search = SearchState()
        search.query = query
        search.matches = findMatches(query, in: state).matches
        search.current = search.firstMatch(atOrAfter: old) ?? (search.matches.isEmpty ? nil : 0)
        state.search = search
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(whereSeparator: \.isNewline).first ?? "")
    }
}
