/// The outline pane: focus, selection, folding, and keeping the interesting row in view.
extension ReaderState {
    /// The outline row that stands for the current node (itself or its folded ancestor).
    var visibleCurrentNode: Int {
        guard let node = currentNode else { return 0 }
        return OutlineTree.visibleNode(for: node, in: document, folded: folded)
    }

    /// The row index of `node`'s visible stand-in among `rows` (node indices, ascending).
    func row(of node: Int, in rows: [Int]) -> Int {
        let shown = OutlineTree.visibleNode(for: node, in: document, folded: folded)
        var low = 0
        var high = rows.count
        while low < high {
            let mid = (low + high) / 2
            if rows[mid] < shown { low = mid + 1 } else { high = mid }
        }
        return min(low, max(rows.count - 1, 0))
    }
}

extension ReaderReducer {
    /// Tab: the outline takes the keys with its selection on the current node, or gives them back.
    static func toggleFocus(_ state: inout ReaderState) {
        if state.focus == .text {
            state.focus = .outline
            state.outlineSelection = state.visibleCurrentNode
        } else {
            state.focus = .text
        }
    }

    /// Selection moves, Enter, folding.
    static func outline(_ state: inout ReaderState, _ action: Action) -> [Effect] {
        let rows = state.outlineRows
        guard !rows.isEmpty else { return [.bell] }
        let current = state.row(of: state.outlineSelection, in: rows)
        switch action {
        case .moveSelection(let amount):
            let delta = rowCount(amount, paneRows: state.geometry.paneRows)
            state.outlineSelection = rows[min(max(current + delta, 0), rows.count - 1)]
        case .selectFirst:
            state.outlineSelection = rows[0]
        case .selectLast:
            state.outlineSelection = rows[rows.count - 1]
        case .openSelection:
            let effects = jump(&state, toNode: rows[current])
            state.outlineSelection = rows[current]
            if !state.geometry.isTwoPane {
                state.focus = .text  // alone on screen, the outline would hide where we went
            }
            return effects.filter { $0 != .bell }
        case .fold, .unfold:
            fold(&state, node: rows[current], unfold: action == .unfold)
        case .toggleFoldAll:
            toggleFoldAll(&state)
        default:
            break
        }
        return []
    }

    /// `h`/← and `l`/→: fold or unfold the selected node; on a folded node or a leaf, `h` selects
    /// the parent, and on an unfolded node `l` selects the first child (as tree views do).
    private static func fold(_ state: inout ReaderState, node: Int, unfold: Bool) {
        let document = state.document
        let foldable = OutlineTree.isFoldable(node, in: document)
        if unfold {
            if state.folded.contains(node) {
                state.folded.remove(node)
            } else if foldable, let child = document.nodes[node].children.first {
                state.outlineSelection = child
            }
        } else if foldable, !state.folded.contains(node) {
            state.folded.insert(node)
            state.outlineSelection = node
        } else if let parent = document.nodes[node].parent {
            state.outlineSelection = parent
        }
    }

    /// `z`: fold every node that has children, or unfold everything if anything is folded.
    private static func toggleFoldAll(_ state: inout ReaderState) {
        if state.folded.isEmpty {
            let document = state.document
            state.folded = Set(document.nodes.indices.filter { !document.nodes[$0].children.isEmpty })
        } else {
            state.folded = []
        }
        state.outlineSelection = OutlineTree.visibleNode(
            for: state.outlineSelection, in: state.document, folded: state.folded)
    }

    /// Whether the outline scroll follows the selection (or the current node) after `action`:
    /// always, except after the wheel scrolled the outline itself.
    static func keepsOutlineInView(_ action: Action, state: ReaderState) -> Bool {
        guard case .mouse(let event) = action, event.kind != .press else { return true }
        return !(state.geometry.outline?.contains(col: event.col) ?? false)
    }

    /// Scrolls the outline as little as possible to show the selection (outline focus) or the
    /// current node (text focus).
    static func keepOutlineInView(_ state: inout ReaderState) {
        let rows = state.outlineRows
        let height = state.geometry.paneRows
        let node = state.focus == .outline ? state.outlineSelection : state.visibleCurrentNode
        let row = state.row(of: node, in: rows)
        var top = state.outlineTop
        if row < top { top = row }
        if row >= top + height { top = row - height + 1 }
        state.outlineTop = min(max(top, 0), max(rows.count - height, 0))
    }
}
