/// The bookmark and note lists: moving, jumping, deleting after y/n, editing a note.
extension ReaderReducer {
    /// One key in an open list.
    static func list(_ state: inout ReaderState, _ action: Action) -> [Effect] {
        guard let content = ListOverlay.content(state), var list = state.mode.list else { return [] }
        let items = content.items
        let selected = items.indices.contains(list.selected) ? items[list.selected] : nil
        var effects: [Effect] = []
        switch action {
        case .listMove(let amount):
            guard !items.isEmpty else { return [.bell] }
            let step = listStep(amount, state: state, content: content)
            let target = min(max(list.selected + step, 0), items.count - 1)
            if target == list.selected { effects = [.bell] }
            list.selected = target
        case .listFirst:
            list.selected = 0
        case .listLast:
            list.selected = max(items.count - 1, 0)
        case .listOpen:
            return open(selected, &state)
        case .listDelete, .listEdit:
            // Only the store's lists can be changed from the list; the edit is for notes.
            guard let selected, content.kind == .notes || (content.kind == .bookmarks && action == .listDelete)
            else { return [.bell] }
            guard !state.annotations.isReadOnly else {
                state.message = .storeNotice(state.annotations.notice)
                return [.bell]
            }
            if action == .listDelete {
                list.isConfirmingDelete = true
            } else {
                effects = [.editNoteExternally(id: selected.id, currentText: selected.text)]
            }
        case .closeList:
            state.mode = .normal
            return []
        case .confirmDelete:
            list.isConfirmingDelete = false
            if let selected {
                rememberDeletion(&state, id: selected.id, note: content.kind == .notes)
                effects = [content.kind == .notes ? .removeNote(id: selected.id) : .removeBookmark(id: selected.id)]
            }
        case .cancelDelete:
            list.isConfirmingDelete = false
        default:
            break
        }
        setList(&state, list, kind: content.kind, rows: content.rows)
        return effects
    }

    /// Items a move goes: rows as given; a page is the box's rows less one, in items.
    private static func listStep(
        _ amount: Action.Amount, state: ReaderState,
        content: (kind: ListOverlay.Kind, items: [ListOverlay.Item], rows: [ListOverlay.Row])
    ) -> Int {
        switch amount {
        case .rows(let rows):
            return rows
        case .pages(let pages):
            let visible = ListOverlay.visibleRows(state, rowCount: content.rows.count)
            let perItem = content.kind == .notes ? 2 : 1
            return pages * max((visible - 1) / perItem, 1)
        }
    }

    /// Enter: closes the list and shows the item's passage with the cursor on it (a recorded
    /// jump); an orphan has no passage to go to.
    private static func open(_ item: ListOverlay.Item?, _ state: inout ReaderState) -> [Effect] {
        guard let item else { return [.bell] }
        guard let range = item.range else {
            state.message = .orphaned
            return [.bell]
        }
        state.mode = .normal
        return jump(&state, showing: range)
    }

    /// Stores `list` as the open list, scrolled to show its selection.
    static func setList(
        _ state: inout ReaderState, _ list: ListState, kind: ListOverlay.Kind, rows: [ListOverlay.Row]
    ) {
        var list = list
        let visible = ListOverlay.visibleRows(state, rowCount: rows.count)
        list.top = ListOverlay.scrolledTop(list.top, selected: list.selected, rows: rows, visible: visible)
        switch kind {
        case .notes: state.mode = .notes(list)
        case .bookmarks: state.mode = .bookmarks(list)
        case .findings: state.mode = .findings(list)
        case .changes: state.mode = .changes(list)
        }
    }

    /// A list as it opens: on the first item at or after the reading cursor (else the last
    /// anchored one), so a long list opens where the reader is.
    static func openedList(_ kind: ListOverlay.Kind, _ state: ReaderState) -> ListState {
        let items = ListOverlay.items(kind, state)
        let position = state.position
        let anchored = items.filter { $0.range != nil }
        let selected = anchored.firstIndex { ($0.range?.upperBound ?? 0) > position } ?? max(anchored.count - 1, 0)
        let strings = UIStrings.of(state.language)
        let rows = ListOverlay.rows(
            kind, items: items, strings: strings, notice: ListOverlay.notice(kind, state),
            width: ListOverlay.textWidth(state), pending: kind == .findings && !state.findings.isComputed)
        let visible = ListOverlay.visibleRows(state, rowCount: rows.count)
        return ListState(
            selected: selected, top: ListOverlay.scrolledTop(0, selected: selected, rows: rows, visible: visible))
    }

    /// After the lists changed (or the terminal was resized) under an open list: the selection
    /// stays on an existing item and in view; a pending "delete?" is dropped if its item went.
    static func keepListInBounds(_ state: inout ReaderState) {
        guard let content = ListOverlay.content(state), var list = state.mode.list else { return }
        let last = max(content.items.count - 1, 0)
        if list.selected > last {
            list.selected = last
            list.isConfirmingDelete = false
        }
        if content.items.isEmpty { list.isConfirmingDelete = false }
        setList(&state, list, kind: content.kind, rows: content.rows)
    }
}
