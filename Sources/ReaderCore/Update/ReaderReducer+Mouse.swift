/// Mouse: clicks jump (outline) or move the cursor (text); the wheel scrolls the pane under it.
extension ReaderReducer {
    /// Rows one wheel step scrolls.
    static let wheelRows = 3

    /// Routes a mouse event by the pane under the pointer.
    static func mouse(_ state: inout ReaderState, _ event: InputEvent.MouseEvent) -> [Effect] {
        let geometry = state.geometry
        guard !geometry.isTiny else { return [] }
        switch state.mode {
        case .help:
            if event.kind != .press {
                help(&state, .scrollHelp(.rows(event.kind == .wheelUp ? -wheelRows : wheelRows)))
            }
            return []
        case .prompt:
            return chooserMouse(&state, event)
        case .noteView:
            // The wheel scrolls the note; a click does nothing under the overlay.
            guard event.kind != .press else { return [] }
            let rows = event.kind == .wheelUp ? -wheelRows : wheelRows
            return reading(&state, .scrollNoteView(.rows(rows))).filter { $0 != .bell }
        case .navigationList:
            return navigationListMouse(&state, event)
        case .bookmarks, .notes, .findings, .changes:
            return listMouse(&state, event)
        case .normal:
            break
        }
        guard event.row >= 0, event.row < geometry.paneRows else { return [] }
        if let outline = geometry.outline, outline.contains(col: event.col) {
            return outlineMouse(&state, event, pane: outline)
        }
        guard geometry.text != nil else { return [] }
        if event.kind == .press {
            clickText(&state, row: event.row, col: event.col)
            return []
        }
        // A wheel that hits the end rings no bell: it would ring on every step of a flick.
        return scroll(&state, by: .rows(event.kind == .wheelUp ? -wheelRows : wheelRows)).filter { $0 != .bell }
    }

    /// A click on an outline row selects it and jumps there (a click on its fold marker folds or
    /// unfolds instead); the wheel scrolls the outline without moving the selection.
    private static func outlineMouse(
        _ state: inout ReaderState, _ event: InputEvent.MouseEvent, pane: ScreenGeometry.Pane
    ) -> [Effect] {
        let rows = state.outlineRows
        guard event.kind == .press else {
            let delta = event.kind == .wheelUp ? -wheelRows : wheelRows
            let limit = max(rows.count - state.geometry.paneRows, 0)
            state.outlineTop = min(max(state.outlineTop + delta, 0), limit)
            return []
        }
        let index = state.outlineTop + event.row
        guard rows.indices.contains(index) else { return [] }
        let node = rows[index]
        state.outlineSelection = node
        let markerColumn = pane.x + OutlineTree.markerColumn(depth: state.document.nodes[node].depth)
        if event.col == markerColumn, OutlineTree.isFoldable(node, in: state.document) {
            if state.folded.contains(node) { state.folded.remove(node) } else { state.folded.insert(node) }
            return []
        }
        return outline(&state, .openSelection)
    }

    /// A click in the text puts the cursor on the sentence under the pointer and gives the text
    /// the focus.
    private static func clickText(_ state: inout ReaderState, row: Int, col: Int) {
        guard let pane = state.geometry.text else { return }
        var layout = state.makeLayout()
        let window = layout.lines(fromLineStart: state.top, count: state.geometry.paneRows)
        state.focus = .text
        guard window.indices.contains(row), !window[row].isBlank else { return }
        let line = window[row]
        var offset = line.range.lowerBound
        if case .gap = line.kind {
            // The gap row draws a label, not its text: any column means the gap itself.
        } else {
            offset = self.offset(in: layout.glyphs(of: line), column: col - pane.x - line.indent) ?? offset
        }
        state.cursor = state.document.cursorSentence(for: offset)
    }

    /// The source offset of the glyph drawn at `column` of a row (the first or last glyph when
    /// the column is before or after the text).
    private static func offset(in glyphs: [Glyph], column: Int) -> Int? {
        var used = 0
        for glyph in glyphs {
            used += glyph.columns
            if column < used { return glyph.source.lowerBound }
        }
        return glyphs.last?.source.lowerBound
    }
}
