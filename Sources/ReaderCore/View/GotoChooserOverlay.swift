/// Where the go-to chooser is drawn: a box resting on the status line, as tall as its
/// candidates (up to the panes' height), scrolled to keep the selection in view.
enum GotoChooserOverlay {
    /// The box for `chooser` in `state`.
    static func box(_ chooser: GotoChooser, _ state: ReaderState) -> HelpOverlay.Box {
        let paneRows = state.geometry.paneRows
        let width = min(max(state.width - 2, 1), 96)
        let height = min(paneRows, max(chooser.candidates.count, 1) + 2)
        return HelpOverlay.Box(x: (state.width - width) / 2, y: paneRows - height, width: width, height: height)
    }

    /// The first candidate shown: the selection is kept on the box's last row at most.
    static func top(_ chooser: GotoChooser, visible: Int) -> Int {
        guard visible > 0 else { return 0 }
        return max(chooser.selected - visible + 1, 0)
    }

    /// The candidate drawn at screen row `row`, if any.
    static func item(atRow row: Int, _ chooser: GotoChooser, _ state: ReaderState) -> Int? {
        let box = box(chooser, state)
        let visible = box.height - 2
        let index = top(chooser, visible: visible) + row - box.y - 1
        guard row > box.y, row < box.y + box.height - 1, chooser.candidates.indices.contains(index) else { return nil }
        return index
    }
}
