/// The help overlay: a centred box listing the key table in the UI language.
extension Renderer {
    static func drawHelp(_ frame: inout Frame, _ state: ReaderState, scroll: Int, strings: UIStrings) {
        let box = HelpOverlay.box(state)
        guard box.width >= 4, box.height >= 3 else { return }
        let entries = HelpOverlay.entries(state.language)
        let inner = box.width - 2
        let visible = box.height - 2
        let first = min(max(scroll, 0), max(entries.count - visible, 0))
        drawFrame(
            &frame, box, title: strings.helpTitle, moreAbove: first > 0,
            moreBelow: first + visible < entries.count)
        let keyWidth = min(entries.map(\.keyWidth).max() ?? 0, inner / 3)
        for offset in 0..<visible {
            let row = box.y + 1 + offset
            frame.fill(row: row, fromCol: box.x + 1, toCol: box.x + 1 + inner)
            guard entries.indices.contains(first + offset) else { continue }
            let col = box.x + 2
            let room = inner - 2
            switch entries[first + offset] {
            case .title(let title):
                frame.put(
                    TextClip.clip(title, to: room), row: row, col: col, style: Style(.helpTitle), maxColumns: room)
            case .binding(let keys, let text):
                frame.put(
                    TextClip.pad(keys, to: keyWidth), row: row, col: col + 1, style: Style(.helpKey),
                    maxColumns: keyWidth)
                let textCol = col + 1 + keyWidth + 2
                let textRoom = box.x + 1 + inner - textCol - 1
                frame.put(TextClip.clip(text, to: textRoom), row: row, col: textCol, maxColumns: textRoom)
            case .blank:
                break
            }
        }
    }

    /// The box's border with the title in the top edge and ▲/▼ where more rows are hidden (the
    /// help and the lists).
    static func drawFrame(
        _ frame: inout Frame, _ box: HelpOverlay.Box, title: String, moreAbove: Bool, moreBelow: Bool
    ) {
        let border = Style(.border)
        let horizontal = String(repeating: "─", count: box.width - 2)
        let bottomRow = box.y + box.height - 1
        frame.put("┌" + horizontal + "┐", row: box.y, col: box.x, style: border)
        frame.put("└" + horizontal + "┘", row: bottomRow, col: box.x, style: border)
        for row in (box.y + 1)..<bottomRow {
            frame.put("│", row: row, col: box.x, style: border)
            frame.put("│", row: row, col: box.x + box.width - 1, style: border)
        }
        let label = TextClip.clip(" " + title + " ", to: box.width - 4)
        let labelCol = box.x + max((box.width - DisplayWidth.of(label)) / 2, 1)
        frame.put(label, row: box.y, col: labelCol, style: Style(.helpTitle))
        if moreAbove { frame.put("▲", row: box.y, col: box.x + box.width - 3, style: border) }
        if moreBelow { frame.put("▼", row: bottomRow, col: box.x + box.width - 3, style: border) }
    }
}

extension HelpOverlay.Entry {
    /// Columns of the key label (0 for other rows).
    var keyWidth: Int {
        if case .binding(let keys, _) = self { return DisplayWidth.of(keys) }
        return 0
    }
}
