/// Clicks in the bookmark, note, finding and change lists: the first click on an item selects
/// it, a click on the selected item opens it as Enter does. A double click is two clicks, so it
/// opens too; a single click never jumps away from a list the reader is still looking through.
extension ReaderReducer {
    /// The wheel moves the selection; a click selects, a click on the selection opens it.
    static func listMouse(_ state: inout ReaderState, _ event: InputEvent.MouseEvent) -> [Effect] {
        guard let content = ListOverlay.content(state), let list = state.mode.list, !list.isConfirmingDelete else {
            return []
        }
        guard event.kind == .press else {
            return self.list(&state, .listMove(.rows(event.kind == .wheelUp ? -1 : 1))).filter { $0 != .bell }
        }
        guard let item = listItem(atRow: event.row, col: event.col, content.rows, list, state) else { return [] }
        if item == list.selected { return self.list(&state, .listOpen) }
        var selected = list
        selected.selected = item
        setList(&state, selected, kind: content.kind, rows: content.rows)
        return []
    }

    /// The item drawn at a screen cell inside the open list's box, as the renderer scrolls it.
    static func listItem(
        atRow row: Int, col: Int, _ rows: [ListOverlay.Row], _ list: ListState, _ state: ReaderState
    ) -> Int? {
        let box = ListOverlay.box(state, rowCount: rows.count)
        guard row > box.y, row < box.y + box.height - 1, col > box.x, col < box.x + box.width - 1 else { return nil }
        let visible = box.height - 2
        let top = ListOverlay.scrolledTop(list.top, selected: list.selected, rows: rows, visible: visible)
        let index = top + row - box.y - 1
        guard rows.indices.contains(index), case .entry(let item, _) = rows[index] else { return nil }
        return item
    }
}
