import Annotations

/// The note overlay's content and box: each note on the cursor sentence in full — where it is
/// and its state, the quoted passage, then its text with its own line breaks — wrapped with the
/// CJK line breaker to the box. The reducer scrolls and the renderer draws from these rows.
enum NoteOverlay {
    /// One row inside the box.
    struct Row: Hashable, Sendable {
        var text: String
        var role: Style.Role
    }

    /// The notes the overlay shows (those still in the store, in its order).
    static func notes(_ view: NoteView, _ state: ReaderState) -> [Note] {
        view.ids.compactMap { id in state.annotations.notes.first { $0.id == id } }
    }

    /// The box: centred over the panes like the lists, at most 72 columns wide.
    static func box(_ state: ReaderState, rowCount: Int) -> HelpOverlay.Box {
        let paneRows = state.geometry.paneRows
        let width = min(max(state.width - 2, 1), 72)
        let height = min(paneRows, max(rowCount, 1) + 2)
        return HelpOverlay.Box(x: (state.width - width) / 2, y: (paneRows - height) / 2, width: width, height: height)
    }

    /// Columns of text inside the box (its border and a space each side taken off).
    static func textWidth(_ state: ReaderState) -> Int {
        max(min(max(state.width - 2, 1), 72) - 4, 1)
    }

    /// Every row of `view`, wrapped to the box.
    static func rows(_ view: NoteView, _ state: ReaderState) -> [Row] {
        let strings = UIStrings.of(state.language)
        let width = textWidth(state)
        var rows: [Row] = []
        for note in notes(view, state) {
            if !rows.isEmpty { rows.append(Row(text: "", role: .normal)) }
            let place = note.state == .exact ? note.nodePath : note.nodePath + "  " + strings.stateLabel(note.state)
            rows += wrapped(place, width: width, role: .helpKey)
            rows += wrapped("“" + UIStrings.oneLine(note.anchor.quote.exact) + "”", width: width, role: .dim)
            for paragraph in note.text.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = UIStrings.oneLine(String(paragraph))
                rows += line.isEmpty ? [Row(text: "", role: .normal)] : wrapped(line, width: width, role: .normal)
            }
        }
        return rows
    }

    /// Rows of text visible in the box.
    static func visibleRows(_ state: ReaderState, rowCount: Int) -> Int {
        max(box(state, rowCount: rowCount).height - 2, 0)
    }

    /// The largest useful scroll of `view`.
    static func maxScroll(_ view: NoteView, _ state: ReaderState) -> Int {
        let count = rows(view, state).count
        return max(count - visibleRows(state, rowCount: count), 0)
    }

    /// The notes' texts as copied by `y`: each note's text, a blank line between notes.
    static func copiedText(_ view: NoteView, _ state: ReaderState) -> String {
        notes(view, state).map(\.text).joined(separator: "\n\n")
    }

    private static func wrapped(_ text: String, width: Int, role: Style.Role) -> [Row] {
        LineBreaker.wrap(text[...], width: width).map { range in
            Row(text: String(text[range].reversed().drop { $0 == " " }.reversed()), role: role)
        }
    }
}
