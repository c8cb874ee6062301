/// Search: incremental while typing, then `n`/`N` with wrap-around.
extension ReaderReducer {
    /// While typing: highlight every match and show the first one at or after the position the
    /// prompt opened at (the view moves; Esc puts it back).
    static func searchAsYouType(_ state: inout ReaderState, _ prompt: PromptState) {
        let previous = state.search
        restoreView(&state, prompt.saved)
        guard !prompt.input.isEmpty else {
            state.search = SearchState()
            return
        }
        if isLiteralQuery(prompt.input, in: state) {
            startLiteralSearch(&state, prompt.input, previous: previous, from: prompt.saved.anchor)
            return
        }
        let found = findMatches(prompt.input, in: state)
        var search = SearchState()
        search.query = prompt.input
        search.matches = found.matches
        if let error = found.error {
            state.message = .navigation(.badPattern(error))
        }
        guard let index = firstShown(found, from: prompt.saved.anchor) else {
            state.search = search
            return
        }
        search.current = index
        state.search = search
        show(search.matches[index], &state)
    }

    /// Enter on `/`: keep the search and record the jump from where the prompt opened. An empty
    /// input repeats the previous search, as in less and vim.
    static func acceptSearch(_ state: inout ReaderState, _ prompt: PromptState) -> [Effect] {
        let saved = prompt.saved
        let query = prompt.input.isEmpty ? saved.search.query : prompt.input
        guard !query.isEmpty else {
            restoreView(&state, saved)
            return []
        }
        if prompt.input.isEmpty {
            searchAsYouType(&state, PromptState(kind: .search, saved: saved, input: query))
        }
        finishSearch(&state)
        guard let current = state.search.current else {
            let error = findMatches(query, in: state).error
            restoreView(&state, saved)
            state.search = SearchState(query: query, in: "")
            state.message = error.map { .navigation(.badPattern($0)) } ?? .notFound(query)
            return [.bell]
        }
        if state.search.firstMatch(atOrAfter: saved.anchor) == nil, current == 0 {
            state.message = .searchWrappedToTop
        }
        return record(&state, leaving: JumpHistory.Entry(anchor: saved.anchor, cursor: saved.cursor))
            + remember(&state, query, kind: .search)
    }

    /// `n` / `N`: the match after (before) the current one if it is on screen, otherwise the first
    /// match from the top of the screen down (up); wraps around with a message.
    static func nextMatch(_ state: inout ReaderState, forward: Bool) -> [Effect] {
        finishSearch(&state)
        guard !state.search.query.isEmpty else {
            state.message = .noPreviousSearch
            return [.bell]
        }
        let matches = state.search.matches
        guard !matches.isEmpty else {
            state.message = .notFound(state.search.query)
            return [.bell]
        }
        var layout = state.makeLayout()
        let bottom = screenEnd(state, &layout)
        var index: Int
        if let current = state.search.current, matches[current].lowerBound >= state.top,
            matches[current].upperBound <= bottom
        {
            index = current + (forward ? 1 : -1)
        } else {
            let fromTop = state.search.firstMatch(atOrAfter: state.top) ?? matches.count
            index = forward ? fromTop : fromTop - 1
        }
        if index >= matches.count {
            index = 0
            state.message = .searchWrappedToTop
        } else if index < 0 {
            index = matches.count - 1
            state.message = .searchWrappedToBottom
        }
        state.search.current = index
        return jump(&state, showing: matches[index])
    }
}
