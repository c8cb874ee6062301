/// The outline filter: `/` in the outline types it, the outline narrows as you type to the
/// matching entries with their ancestors; Enter keeps it, Esc clears it.
extension ReaderReducer {
    /// `/` and Esc in the outline.
    static func outlineFilter(_ state: inout ReaderState, _ action: NavigationAction) -> [Effect] {
        switch action {
        case .startOutlineFilter:
            let saved = SavedView(anchor: state.anchor, cursor: state.cursor, search: state.search)
            let input = state.navigation.outlineFilter?.query ?? ""
            state.mode = .prompt(PromptState(kind: .outlineFilter, saved: saved, input: input))
            return []
        case .outlineEscape:
            if state.navigation.outlineFilter != nil {
                state.navigation.outlineFilter = nil
            } else {
                toggleFocus(&state)
            }
            return []
        default:
            return []
        }
    }

    /// Filters the outline by `query` (an empty one shows it all) and selects the first match.
    static func applyOutlineFilter(_ state: inout ReaderState, _ query: String) {
        guard !normalizedPath(query).isEmpty else {
            state.navigation.outlineFilter = nil
            return
        }
        let filter = OutlineFilter(query: query, document: state.document, finder: state.navigation.index?.finder)
        state.navigation.outlineFilter = filter
        if let first = filter.rows.first(where: { filter.matches.contains($0) }) {
            state.outlineSelection = first
        }
    }

    /// Enter on the filter: keep it (the outline keeps the focus); a filter that matched
    /// nothing is dropped with a message.
    static func acceptOutlineFilter(_ state: inout ReaderState, _ prompt: PromptState) -> [Effect] {
        state.focus = .outline
        guard let filter = state.navigation.outlineFilter else { return [] }
        guard !filter.matches.isEmpty else {
            state.navigation.outlineFilter = nil
            state.message = .navigation(.filterEmpty(prompt.input))
            return [.bell]
        }
        return []
    }
}
