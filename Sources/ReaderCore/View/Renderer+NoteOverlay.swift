/// The note overlay: a box over the panes with the cursor sentence's notes in full.
extension Renderer {
    static func drawNoteOverlay(_ frame: inout Frame, _ state: ReaderState, strings: UIStrings) {
        guard case .noteView(let view) = state.mode else { return }
        let rows = NoteOverlay.rows(view, state)
        let box = NoteOverlay.box(state, rowCount: rows.count)
        guard box.width >= 6, box.height >= 3 else { return }
        let visible = box.height - 2
        let top = min(max(view.scroll, 0), max(rows.count - visible, 0))
        drawFrame(
            &frame, box, title: strings.noteViewTitle(NoteOverlay.notes(view, state).count),
            moreAbove: top > 0, moreBelow: top + visible < rows.count)
        let room = box.width - 4
        for offset in 0..<visible {
            let row = box.y + 1 + offset
            frame.fill(row: row, fromCol: box.x + 1, toCol: box.x + box.width - 1, style: .plain)
            guard rows.indices.contains(top + offset) else { continue }
            let line = rows[top + offset]
            frame.put(
                TextClip.clip(line.text, to: room), row: row, col: box.x + 2, style: Style(line.role), maxColumns: room)
        }
    }
}
