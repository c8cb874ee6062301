import SpeechParser

/// Dispatch of the finding-your-way actions, and the keys that wait for another (a count, `'`).
extension ReaderReducer {
    /// Applies one `NavigationAction`.
    static func navigation(_ state: inout ReaderState, _ action: NavigationAction) -> [Effect] {
        switch action {
        case .indexReady(let index):
            // An index built for a text the reader has since reloaded away from would point
            // at the wrong nodes.
            guard index.textHash == state.document.textHash else { return [] }
            state.navigation.index = index
            if state.navigation.pinyinEnabled, PinyinSearch.isPinyinQuery(state.search.query) {
                rerunSearch(&state)
            }
            return []
        case .historyLoaded(let history):
            state.navigation.history = history
            return []
        case .halfPage, .cursorToScreen, .countDigit, .percent, .quote, .nextSibling, .previousSibling:
            return motion(&state, action)
        case .togglePinyin:
            return togglePinyin(&state)
        case .toggleStats:
            guard state.navigation.index != nil else {
                state.message = .navigation(.indexNotReady)
                return [.bell]
            }
            state.navigation.showsStats.toggle()
            state.message = .navigation(.stats(on: state.navigation.showsStats))
            return []
        case .showRequirements, .showMatches, .listMove, .listFirst, .listLast, .listOpen, .listToggleScope,
            .listClose:
            return navigationList(&state, action)
        case .startOutlineFilter, .outlineEscape:
            return outlineFilter(&state, action)
        case .promptUp, .promptDown:
            return promptArrow(&state, up: action == .promptUp)
        case .historyOlder, .historyNewer:
            return walkHistory(&state, older: action == .historyOlder)
        }
    }

    /// After any key: a count or a `'` lasts only until the next key that is not part of it.
    static func settlePendingKeys(_ state: inout ReaderState, after action: Action) {
        if case .navigation(let navigation) = action, navigation.keepsPendingKeys { return }
        guard !action.comesFromTheShell else { return }
        state.navigation.count = nil
        state.navigation.pendingQuote = false
    }

    /// The prompt's input changed (typed, or recalled from the history): search as you type,
    /// narrow the go-to chooser, or filter the outline.
    static func promptInputChanged(_ state: inout ReaderState, _ prompt: PromptState) {
        switch prompt.kind {
        case .search:
            searchAsYouType(&state, prompt)
        case .goto:
            var prompt = prompt
            prompt.chooser = chooser(for: prompt.input, in: state, keeping: prompt.chooser?.selectedNode)
            state.mode = .prompt(prompt)
        case .outlineFilter:
            applyOutlineFilter(&state, prompt.input)
        case .note, .bookmarkLabel:
            break
        }
    }
}
