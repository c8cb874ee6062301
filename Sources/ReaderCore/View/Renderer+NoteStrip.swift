import Annotations

/// Notes in place: when the cursor sentence carries notes, their text shows in a strip of up to
/// four rows at the bottom of the text pane (at the top when the cursor sentence is down
/// there), wrapped by the CJK line breaker; `_` scrolls it. Reading a note needs no other key.
extension Renderer {
    /// The most rows the strip takes, its title row included.
    static let noteStripRows = 4

    static func drawNoteStrip(_ frame: inout Frame, _ state: ReaderState, window: [ScreenLine], strings: UIStrings) {
        guard state.mode == .normal, let pane = state.geometry.text, state.geometry.paneRows >= 8 else { return }
        let notes = ReaderReducer.notesOnCursor(state)
        guard !notes.isEmpty else { return }
        let width = max(pane.width - 2, 1)
        var lines: [String] = []
        for note in notes {
            for paragraph in note.text.split(separator: "\n", omittingEmptySubsequences: false) {
                let text = VisibleControls.escape(paragraph)
                let pieces = LineBreaker.wrap(Substring(text), width: width).map { String(text[$0]) }
                lines += pieces.isEmpty ? [""] : pieces
            }
        }
        let room = min(noteStripRows, state.geometry.paneRows / 3 + 1) - 1
        let scroll = state.reading.stripSentence == state.cursor ? state.reading.stripScroll : 0
        let start = lines.isEmpty ? 0 : scroll % max(lines.count, 1)
        let shown = Array(lines.dropFirst(start).prefix(room))
        let height = shown.count + 1
        // Out of the cursor sentence's way: at the bottom unless the cursor is down there.
        let cursorRows = window.indices.filter { row in
            state.cursorRange.map { window[row].range.overlaps($0) } ?? false
        }
        let bottom = state.geometry.paneRows - height
        let top = (cursorRows.last ?? 0) >= bottom ? 0 : bottom
        let title = strings.noteStripTitle(count: notes.count, scrollable: lines.count > room)
        frame.fill(row: top, fromCol: pane.x, toCol: pane.x + pane.width, style: .plain)
        frame.put(
            "• " + TextClip.clip(title, to: max(pane.width - 2, 1)), row: top, col: pane.x,
            style: Style(role: .noteMarker, bold: true, underline: true), maxColumns: pane.width)
        for (index, line) in shown.enumerated() {
            let row = top + 1 + index
            frame.fill(row: row, fromCol: pane.x, toCol: pane.x + pane.width, style: .plain)
            frame.put(line, row: row, col: pane.x + 2, style: Style(role: .noteMarker), maxColumns: width)
        }
    }
}
