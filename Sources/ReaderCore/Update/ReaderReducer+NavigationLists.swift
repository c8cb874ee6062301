/// The requirement list (`R`) and the match list (`F`): opening, moving, jumping.
extension ReaderReducer {
    /// One key for (or opening) a navigation list.
    static func navigationList(_ state: inout ReaderState, _ action: NavigationAction) -> [Effect] {
        switch action {
        case .showRequirements:
            openNavigationList(&state, NavigationList(kind: .requirements(scope: nil)))
            return []
        case .showMatches:
            guard !state.search.query.isEmpty else {
                state.message = .noPreviousSearch
                return [.bell]
            }
            openNavigationList(&state, NavigationList(kind: .matches))
            return []
        default:
            break
        }
        guard case .navigationList(var open) = state.mode, let content = NavigationListOverlay.content(state) else {
            return []
        }
        let items = content.items
        switch action {
        case .listMove(let amount):
            guard !items.isEmpty else { return [.bell] }
            let visible = NavigationListOverlay.box(state, rowCount: content.rows.count).height - 2
            let step = rowCount(amount, paneRows: visible + 1)
            let target = min(max(open.list.selected + step, 0), items.count - 1)
            if target == open.list.selected { return [.bell] }
            open.list.selected = target
        case .listFirst:
            open.list.selected = 0
        case .listLast:
            open.list.selected = max(items.count - 1, 0)
        case .listOpen:
            guard items.indices.contains(open.list.selected) else { return [.bell] }
            state.mode = .normal
            return openItem(items[open.list.selected], index: open.list.selected, kind: open.kind, &state)
        case .listToggleScope:
            guard case .requirements(let scope) = open.kind else { return [.bell] }
            let part = state.currentNode.flatMap { state.document.ancestry(of: $0).first }
            guard scope != nil || part != nil else { return [.bell] }
            openNavigationList(&state, NavigationList(kind: .requirements(scope: scope == nil ? part : nil)))
            return []
        case .listClose:
            state.mode = .normal
            return []
        default:
            return []
        }
        setNavigationList(&state, open)
        return []
    }

    /// Opens a list on the first item at or after the reading position.
    private static func openNavigationList(_ state: inout ReaderState, _ list: NavigationList) {
        var list = list
        state.mode = .navigationList(list)
        guard let content = NavigationListOverlay.content(state) else { return }
        let position = state.position
        if list.kind == .matches, let current = state.search.current, current < content.items.count {
            list.list.selected = current
        } else {
            list.list.selected =
                content.items.firstIndex { $0.range.upperBound > position } ?? max(content.items.count - 1, 0)
        }
        list.list.top = 0
        setNavigationList(&state, list)
    }

    /// Stores `list` as the open list, scrolled to show its selection.
    private static func setNavigationList(_ state: inout ReaderState, _ list: NavigationList) {
        var list = list
        state.mode = .navigationList(list)
        guard let content = NavigationListOverlay.content(state) else { return }
        let visible = NavigationListOverlay.box(state, rowCount: content.rows.count).height - 2
        list.list.top = NavigationListOverlay.scrolledTop(
            list.list.top, selected: list.list.selected, rows: content.rows, visible: visible)
        state.mode = .navigationList(list)
    }

    /// Enter: a requirement's node, or a match (which becomes the current match).
    private static func openItem(
        _ item: NavigationListOverlay.Item, index: Int, kind: NavigationList.Kind, _ state: inout ReaderState
    ) -> [Effect] {
        if let node = item.node { return jump(&state, toNode: node) }
        if kind == .matches, state.search.matches.indices.contains(index) { state.search.current = index }
        return jump(&state, showing: item.range)
    }

    /// The wheel moves the selection; a click selects an item, a click on the selected one goes there.
    static func navigationListMouse(_ state: inout ReaderState, _ event: InputEvent.MouseEvent) -> [Effect] {
        guard case .navigationList(var open) = state.mode, let content = NavigationListOverlay.content(state) else {
            return []
        }
        guard event.kind == .press else {
            return navigationList(&state, .listMove(.rows(event.kind == .wheelUp ? -1 : 1))).filter { $0 != .bell }
        }
        let box = NavigationListOverlay.box(state, rowCount: content.rows.count)
        let row = open.list.top + event.row - box.y - 1
        guard event.row > box.y, event.row < box.y + box.height - 1, content.rows.indices.contains(row),
            case .entry(let item) = content.rows[row]
        else { return [] }
        // As in the other lists: the first click selects, a click on the selection goes there.
        if item == open.list.selected { return navigationList(&state, .listOpen) }
        open.list.selected = item
        state.mode = .navigationList(open)
        return []
    }
}
