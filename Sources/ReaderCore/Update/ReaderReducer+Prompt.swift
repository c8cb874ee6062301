/// The input line (`:`, `/`, a note, a bookmark label): editing, accepting, cancelling.
extension ReaderReducer {
    /// Opens, edits, accepts or cancels a prompt.
    static func prompt(_ state: inout ReaderState, _ action: Action) -> [Effect] {
        switch action {
        case .startGoto, .startSearch:
            let saved = SavedView(anchor: state.anchor, cursor: state.cursor, search: state.search)
            state.mode = .prompt(PromptState(kind: action == .startGoto ? .goto : .search, saved: saved))
            return []
        case .promptAccept:
            return accept(&state)
        case .promptCancel:
            cancel(&state)
            return []
        default:
            break
        }
        guard case .prompt(var prompt) = state.mode else { return [] }
        if action == .promptBackspace, prompt.input.isEmpty {
            cancel(&state)  // as in vim and less: backspace on an empty line leaves it
            return []
        }
        let before = prompt.input
        edit(&prompt, action)
        state.mode = .prompt(prompt)
        if prompt.input != before {
            promptInputChanged(&state, prompt)
        }
        return []
    }

    /// One editing action on the input; the cursor counts characters.
    private static func edit(_ prompt: inout PromptState, _ action: Action) {
        var characters = Array(prompt.input)
        var cursor = min(max(prompt.cursor, 0), characters.count)
        switch action {
        case .promptInsert(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .promptBackspace where cursor > 0:
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .promptDelete where cursor < characters.count:
            characters.remove(at: cursor)
        case .promptLeft:
            cursor = max(cursor - 1, 0)
        case .promptRight:
            cursor = min(cursor + 1, characters.count)
        case .promptHome:
            cursor = 0
        case .promptEnd:
            cursor = characters.count
        case .promptClear:
            characters = []
            cursor = 0
        default:
            break
        }
        prompt.input = String(characters)
        prompt.cursor = cursor
    }

    /// Esc: closes the prompt; a search restores the view and the search from before it opened.
    private static func cancel(_ state: inout ReaderState) {
        guard case .prompt(let prompt) = state.mode else { return }
        state.mode = .normal
        if prompt.kind == .search {
            restoreView(&state, prompt.saved)
        }
        if prompt.kind == .outlineFilter {
            state.navigation.outlineFilter = nil
        }
    }

    /// Puts back the view a prompt saved.
    static func restoreView(_ state: inout ReaderState, _ saved: SavedView) {
        var layout = state.makeLayout()
        state.anchor = saved.anchor
        state.top = layout.lineStart(containing: saved.anchor)
        state.cursor = saved.cursor
        state.search = saved.search
    }

    /// Enter: go to the path, accept the search, or save the note or bookmark.
    private static func accept(_ state: inout ReaderState) -> [Effect] {
        guard case .prompt(let prompt) = state.mode else { return [] }
        state.mode = .normal
        switch prompt.kind {
        case .goto:
            return acceptGoto(&state, prompt)
        case .outlineFilter:
            return acceptOutlineFilter(&state, prompt)
        case .search:
            return acceptSearch(&state, prompt)
        case .note, .bookmarkLabel:
            return acceptAnnotation(&state, prompt)
        }
    }

    /// A typed path made canonical: trimmed, lower-cased, full-width digits and dots and the
    /// ideographic full stop (what a Chinese input method types for `.`) made ASCII.
    static func normalizedPath(_ input: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in input.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x3000:
                continue
            case 0xFF10...0xFF19, 0xFF0E:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3002:
                scalars.append(".")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }
}
