/// Jumps: moves of the view that the jump history records and the shell persists.
extension ReaderReducer {
    /// `g` `G` `]` `[` `}` `{`.
    static func navigate(_ state: inout ReaderState, _ action: Action) -> [Effect] {
        let document = state.document
        var layout = state.makeLayout()
        switch action {
        case .documentStart:
            return moveView(&state, top: layout.firstLineStart(), cursor: 0)
        case .documentEnd:
            let top = layout.lastPageTop(rows: state.geometry.paneRows)
            return moveView(&state, top: top, cursor: max(document.sentences.count - 1, 0))
        case .nextNode:
            let next = document.nodeCount(startingAtOrBefore: state.position)
            return next < document.nodes.count ? jump(&state, toNode: next) : [.bell]
        case .previousNode:
            let previous = document.nodeCount(startingAtOrBefore: state.position - 1) - 1
            return previous >= 0 ? jump(&state, toNode: previous) : [.bell]
        case .nextSection:
            let after = state.position
            let root = document.topLevelParts.first { document.nodes[$0].range.lowerBound > after }
            return root.map { jump(&state, toNode: $0) } ?? [.bell]
        case .previousSection:
            let before = state.position
            let root = document.topLevelParts.last { document.nodes[$0].range.lowerBound < before }
            return root.map { jump(&state, toNode: $0) } ?? [.bell]
        default:
            return []
        }
    }

    /// Jumps to a node: its first row on top (as far as the last page allows), the cursor on its
    /// first sentence.
    static func jump(_ state: inout ReaderState, toNode node: Int) -> [Effect] {
        guard state.document.nodes.indices.contains(node) else { return [.bell] }
        let start = state.document.nodes[node].range.lowerBound
        return jump(&state, to: start, cursor: state.document.cursorSentence(for: start))
    }

    /// Jumps so that the row holding `offset` is on top (clamped to the last page).
    static func jump(_ state: inout ReaderState, to offset: Int, cursor: Int) -> [Effect] {
        var layout = state.makeLayout()
        let rows = state.geometry.paneRows
        let top = clampToLastPage(layout.lineStart(containing: offset), &layout, rows: rows)
        return moveView(&state, top: top, cursor: cursor)
    }

    /// Shows `range` (a search match): the view stays if it is on screen, otherwise its row goes
    /// on top. The cursor goes to the sentence holding it. Recorded like any jump.
    static func jump(_ state: inout ReaderState, showing range: Range<Int>) -> [Effect] {
        let before = state.historyEntry
        show(range, &state)
        return record(&state, leaving: before)
    }

    /// `show` without the history: used while a search is typed.
    static func show(_ range: Range<Int>, _ state: inout ReaderState) {
        var layout = state.makeLayout()
        state.cursor = state.document.cursorSentence(for: range.lowerBound)
        if range.lowerBound >= state.top, range.upperBound <= screenEnd(state, &layout) {
            return
        }
        let rows = state.geometry.paneRows
        let top = clampToLastPage(layout.lineStart(containing: range.lowerBound), &layout, rows: rows)
        state.top = top
        state.anchor = top
    }

    /// Sets the view to `top` (a line start) and the cursor, recording the jump if anything moved.
    static func moveView(_ state: inout ReaderState, top: Int, cursor: Int) -> [Effect] {
        let before = state.historyEntry
        state.top = top
        state.anchor = top
        state.cursor = cursor
        return record(&state, leaving: before)
    }

    /// After a jump from `before`: remembers it in the history, syncs the outline selection and
    /// reports the new position; nothing when the jump did not move.
    static func record(_ state: inout ReaderState, leaving before: JumpHistory.Entry) -> [Effect] {
        guard state.historyEntry != before else { return [] }
        state.history.record(before)
        state.outlineSelection = state.visibleCurrentNode
        return [positionEffect(state)]
    }

    /// Ctrl-O / Backspace and Ctrl-N: back and forward through the jump history.
    static func travel(_ state: inout ReaderState, back: Bool) -> [Effect] {
        let entry = back ? state.history.back.popLast() : state.history.forward.popLast()
        guard let entry else {
            state.message = back ? .noOlderPosition : .noNewerPosition
            return [.bell]
        }
        if back {
            state.history.forward.append(state.historyEntry)
        } else {
            state.history.back.append(state.historyEntry)
        }
        var layout = state.makeLayout()
        state.anchor = entry.anchor
        state.top = layout.lineStart(containing: entry.anchor)
        state.cursor = state.document.sentences.indices.contains(entry.cursor) ? entry.cursor : 0
        state.outlineSelection = state.visibleCurrentNode
        return [positionEffect(state)]
    }
}
