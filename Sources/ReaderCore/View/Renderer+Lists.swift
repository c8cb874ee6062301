import Annotations

/// The bookmark and note lists: a centred box like the help, one row per bookmark and two per
/// note, the selected item reversed, the orphans under their own heading.
extension Renderer {
    static func drawList(_ frame: inout Frame, _ state: ReaderState, strings: UIStrings) {
        guard let content = ListOverlay.content(state), let list = state.mode.list else { return }
        let box = ListOverlay.box(state, rowCount: content.rows.count)
        guard box.width >= 6, box.height >= 3 else { return }
        let visible = box.height - 2
        let top = ListOverlay.scrolledTop(list.top, selected: list.selected, rows: content.rows, visible: visible)
        drawFrame(
            &frame, box, title: strings.listTitle(content.kind, count: content.items.count),
            moreAbove: top > 0, moreBelow: top + visible < content.rows.count)
        let columns = ListColumns(content.items, kind: content.kind, strings: strings)
        for offset in 0..<visible {
            let row = box.y + 1 + offset
            let index = top + offset
            var selected = false
            if content.rows.indices.contains(index), case .entry(let item, _) = content.rows[index] {
                selected = item == list.selected
            }
            let fill = selected ? Style(.outlineSelected) : Style.plain
            frame.fill(row: row, fromCol: box.x + 1, toCol: box.x + box.width - 1, style: fill)
            guard content.rows.indices.contains(index) else { continue }
            var cursor = ListCursor(row: row, col: box.x + 2, end: box.x + box.width - 2, selected: selected)
            switch content.rows[index] {
            case .heading(let title):
                cursor.put(title, &frame, style: Style(.helpTitle))
            case .empty(let text):
                cursor.put(text, &frame, style: Style(.dim))
            case .blank:
                break
            case .entry(let item, let line):
                columns.draw(content.items[item], line: line, &frame, &cursor)
            }
        }
    }
}

/// Where the next field of a list row goes: fields are laid left to right and clipped at the
/// box's inner edge, so nothing passes it and no wide character is cut.
struct ListCursor {
    let row: Int
    var col: Int
    let end: Int
    /// Whether the row belongs to the selected item (every field is then reversed).
    let selected: Bool

    /// Puts `text` clipped to the room left, in `style` (the selection's style when selected).
    mutating func put(_ text: String, _ frame: inout Frame, style: Style, width: Int? = nil) {
        let room = min(width ?? (end - col), end - col)
        guard room > 0 else { return }
        let shown = width == nil ? TextClip.clip(text, to: room) : TextClip.pad(text, to: room)
        frame.put(shown, row: row, col: col, style: selected ? Style(.outlineSelected) : style, maxColumns: room)
        col += width ?? DisplayWidth.of(shown)
    }

    /// Leaves `columns` blank.
    mutating func skip(_ columns: Int) {
        col = min(col + columns, end)
    }
}

/// The columns of a list: the path, then for notes the anchor state, then the quote (dim); a
/// note's second row is its text under the state column; a bookmark's label comes before its quote;
/// a finding shows its rule id and message, a changed entry what happened to it and its title.
struct ListColumns {
    private let kind: ListOverlay.Kind
    private let strings: UIStrings
    private let pathWidth: Int
    private let stateWidth: Int

    init(_ items: [ListOverlay.Item], kind: ListOverlay.Kind, strings: UIStrings) {
        self.kind = kind
        self.strings = strings
        pathWidth = min(items.map { DisplayWidth.of($0.path) }.max() ?? 0, 12)
        switch kind {
        case .notes: stateWidth = items.map { DisplayWidth.of(strings.stateLabel($0.state)) }.max() ?? 0
        case .findings, .changes: stateWidth = items.map { DisplayWidth.of($0.text) }.max() ?? 0
        case .bookmarks: stateWidth = 0
        }
    }

    func draw(_ item: ListOverlay.Item, line: Int, _ frame: inout Frame, _ cursor: inout ListCursor) {
        let text = UIStrings.oneLine(item.text)
        let quote = UIStrings.oneLine(item.quote)
        if line == 1 {
            cursor.skip(pathWidth + 2)
            cursor.put(text, &frame, style: .plain)
            return
        }
        cursor.put(item.path, &frame, style: Style(.helpKey), width: pathWidth)
        cursor.skip(2)
        switch kind {
        case .notes:
            let style = item.state == .exact ? Style(.dim) : Style(.message)
            cursor.put(strings.stateLabel(item.state), &frame, style: style, width: stateWidth)
            cursor.skip(2)
        case .bookmarks where !text.isEmpty:
            cursor.put(
                TextClip.clip(text, to: max((cursor.end - cursor.col) / 2, 1)), &frame, style: Style(.bookmarkMarker))
            cursor.skip(2)
        case .bookmarks:
            break
        case .findings:
            // The rule id, then the message: the message is the point, so it is not dimmed.
            cursor.put(item.text, &frame, style: Style(item.isError ? .error : .findingMarker), width: stateWidth)
            cursor.skip(2)
            cursor.put(quote, &frame, style: .plain)
            return
        case .changes:
            cursor.put(item.text, &frame, style: Style(item.range == nil ? .error : .message), width: stateWidth)
            cursor.skip(2)
            cursor.put(quote, &frame, style: .plain)
            return
        }
        cursor.put(quote, &frame, style: Style(.dim))
    }
}
