/// The go-to chooser, the requirement and match lists, and the navigation parts of the status
/// line and the outline (sizes, the filter).
extension Renderer {
    /// The chooser over the panes while `:` names several places.
    static func drawChooser(_ frame: inout Frame, _ state: ReaderState, strings: UIStrings) {
        guard case .prompt(let prompt) = state.mode, let chooser = prompt.chooser, !chooser.candidates.isEmpty else {
            return
        }
        let box = GotoChooserOverlay.box(chooser, state)
        guard box.width >= 6, box.height >= 3 else { return }
        let visible = box.height - 2
        let top = GotoChooserOverlay.top(chooser, visible: visible)
        drawFrame(
            &frame, box, title: strings.chooserTitle(chooser.candidates.count, ambiguous: chooser.isAmbiguousAddress),
            moreAbove: top > 0, moreBelow: top + visible < chooser.candidates.count)
        let document = state.document
        let shown = chooser.candidates[top..<min(top + visible, chooser.candidates.count)]
        let pathWidth = min(shown.map { DisplayWidth.of(document.nodes[$0].path) }.max() ?? 0, 12)
        for (offset, node) in shown.enumerated() {
            let row = box.y + 1 + offset
            let selected = top + offset == chooser.selected
            frame.fill(
                row: row, fromCol: box.x + 1, toCol: box.x + box.width - 1,
                style: selected ? Style(.outlineSelected) : .plain)
            var cursor = ListCursor(row: row, col: box.x + 2, end: box.x + box.width - 2, selected: selected)
            cursor.put(document.nodes[node].path, &frame, style: Style(.helpKey), width: pathWidth)
            cursor.skip(2)
            cursor.put(
                UIStrings.oneLine(OutlineTree.label(of: document.nodes[node], strings: strings)), &frame, style: .plain)
        }
    }

    /// The requirement list or the match list.
    static func drawNavigationList(_ frame: inout Frame, _ state: ReaderState, strings: UIStrings) {
        guard case .navigationList(let open) = state.mode, let content = NavigationListOverlay.content(state) else {
            return
        }
        let box = NavigationListOverlay.box(state, rowCount: content.rows.count)
        guard box.width >= 6, box.height >= 3 else { return }
        let visible = box.height - 2
        let top = NavigationListOverlay.scrolledTop(
            open.list.top, selected: open.list.selected, rows: content.rows, visible: visible)
        drawFrame(&frame, box, title: content.title, moreAbove: top > 0, moreBelow: top + visible < content.rows.count)
        let pathWidth = min(content.items.map { DisplayWidth.of($0.path) }.max() ?? 0, 12)
        for offset in 0..<visible {
            let row = box.y + 1 + offset
            let index = top + offset
            let selected = content.rows.indices.contains(index) && content.rows[index] == .entry(open.list.selected)
            frame.fill(
                row: row, fromCol: box.x + 1, toCol: box.x + box.width - 1,
                style: selected ? Style(.outlineSelected) : .plain)
            guard content.rows.indices.contains(index) else { continue }
            var cursor = ListCursor(row: row, col: box.x + 2, end: box.x + box.width - 2, selected: selected)
            switch content.rows[index] {
            case .heading(let title):
                cursor.put(title, &frame, style: Style(.helpTitle))
            case .empty(let text):
                cursor.put(text, &frame, style: Style(.dim))
            case .entry(let item):
                let item = content.items[item]
                cursor.skip(2)
                cursor.put(item.path, &frame, style: Style(.helpKey), width: pathWidth)
                cursor.skip(2)
                cursor.put(item.before, &frame, style: item.match.isEmpty ? .plain : Style(.dim))
                cursor.put(item.match, &frame, style: Style(.searchMatch))
                cursor.put(item.after, &frame, style: Style(.dim))
            }
        }
    }

    /// What the status line adds on the right: a pending count, `pinyin off`, and the current
    /// part's speaking time once the sizes are known.
    static func navigationStatus(_ state: ReaderState, _ strings: UIStrings) -> String {
        var text = ""
        if let count = state.navigation.count { text += String(count) + "  " }
        if !state.navigation.pinyinEnabled { text += strings.pinyinOffMark + "  " }
        if let stats = state.navigation.index?.stats, let node = state.currentNode,
            let part = state.document.ancestry(of: node).first, stats.characters.indices.contains(part)
        {
            text += strings.speakingTime(stats.minutes(ofNode: part, rate: state.reading.settings.readingRate)) + "  "
        }
        return text
    }

    /// The sizes of an outline row (`832 3.8`), right-aligned before `right`; returns the
    /// columns taken from the label, 0 when sizes are off or there is no room.
    static func drawOutlineStats(
        _ frame: inout Frame, _ state: ReaderState, node: Int, row: Int, right: Int, room: Int, style: Style
    ) -> Int {
        guard state.navigation.showsStats, let stats = state.navigation.index?.stats,
            stats.characters.indices.contains(node)
        else { return 0 }
        let charWidth = DisplayWidth.of(String(stats.totalCharacters))
        let chars = String(stats.characters[node])
        let minutes = UIStrings.oneDecimal(stats.minutes(ofNode: node, rate: state.reading.settings.readingRate))
        let text =
            String(repeating: " ", count: max(charWidth - DisplayWidth.of(chars), 0)) + chars + " "
            + String(repeating: " ", count: max(5 - DisplayWidth.of(minutes), 0)) + minutes
        let width = DisplayWidth.of(text)
        guard room - width - 1 >= 4 else { return 0 }
        frame.put(text, row: row, col: right - width, style: style)
        return width + 1
    }
}
