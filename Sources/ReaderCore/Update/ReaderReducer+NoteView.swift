/// Enter on a sentence that carries notes: the notes in full in an overlay, scrolled with
/// j/k/Space/b, closed with Esc, q or Enter (the strip under the text shows only four rows).
extension ReaderReducer {
    static func noteView(_ state: inout ReaderState, _ action: ReadingAction) -> [Effect] {
        switch action {
        case .openNote:
            let notes = notesOnCursor(state)
            guard !notes.isEmpty else {
                return reading(&state, .unknownKey(InputEvent.key(.enter).label))
            }
            state.mode = .noteView(NoteView(ids: notes.map(\.id)))
            return []
        case .scrollNoteView(let amount):
            guard case .noteView(var view) = state.mode else { return [] }
            let count = NoteOverlay.rows(view, state).count
            let page = max(NoteOverlay.visibleRows(state, rowCount: count) - 1, 1)
            let delta: Int
            switch amount {
            case .rows(let rows): delta = rows
            case .pages(let pages): delta = pages * page
            }
            let target = min(max(view.scroll + delta, 0), NoteOverlay.maxScroll(view, state))
            guard target != view.scroll else { return [.bell] }
            view.scroll = target
            state.mode = .noteView(view)
            return []
        case .closeNoteView:
            state.mode = .normal
            return []
        case .copy, .copyCitation, .undo, .reattach, .toggleMouse, .resizeOutline, .toggleOutline, .scrollNote,
            .unknownKey, .configure, .restored:
            return []
        }
    }
}
