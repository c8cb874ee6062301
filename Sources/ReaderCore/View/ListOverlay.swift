import Annotations

/// The bookmark and note lists: their items and rows, and the box they are drawn in. The reducer
/// scrolls and the renderer draws from these same rows, so they always agree.
///
/// Anchored items come first, in document order; orphaned ones (their passage is gone from the
/// text) follow under their own heading. A bookmark takes one row (path, label, quote); a note
/// two (path, state and quote; then its text).
enum ListOverlay {
    /// Which list.
    enum Kind: Hashable, Sendable {
        case bookmarks
        case notes
    }

    /// One note or bookmark as the list shows it.
    struct Item: Hashable, Sendable {
        /// The store's id.
        var id: Int64
        /// The passage in the current text; nil when orphaned.
        var range: Range<Int>?
        /// The node path of the passage (the original path when orphaned).
        var path: String
        /// How well the anchor fits the current text.
        var state: AnchorState
        /// The passage as it was quoted when the item was made.
        var quote: String
        /// The note's text, or the bookmark's label (possibly empty).
        var text: String
    }

    /// One row of the list.
    enum Row: Hashable, Sendable {
        /// The heading above the orphans.
        case heading(String)
        /// A row of an item: line 0 is the path, state and quote; line 1 a note's text.
        case entry(item: Int, line: Int)
        /// Space before the orphans' heading.
        case blank
        /// The only row of an empty list: what to do, or why the store is missing.
        case empty(String)

        /// Whether the row belongs to an item.
        var isEntry: Bool {
            if case .entry = self { return true }
            return false
        }
    }

    /// The items of `kind`: anchored ones first (in the store's document order), then orphans.
    static func items(_ kind: Kind, _ annotations: AnnotationState) -> [Item] {
        let all: [Item]
        switch kind {
        case .notes:
            all = annotations.notes.map {
                Item(id: $0.id, range: $0.range, path: $0.nodePath, state: $0.state, quote: $0.quote, text: $0.text)
            }
        case .bookmarks:
            all = annotations.bookmarks.map {
                Item(
                    id: $0.id, range: $0.range, path: $0.nodePath, state: $0.state, quote: $0.anchor.quote.exact,
                    text: $0.label)
            }
        }
        return all.filter { $0.range != nil } + all.filter { $0.range == nil }
    }

    /// The rows for `items`; an empty list's explanation is wrapped to `width` columns.
    static func rows(_ kind: Kind, items: [Item], strings: UIStrings, notice: String?, width: Int) -> [Row] {
        guard !items.isEmpty else {
            let text = notice.map { strings.text(for: .storeNotice($0)) } ?? strings.emptyList(kind)
            let lines = LineBreaker.wrap(text[...], width: max(width, 1)).map { range in
                String(text[range].reversed().drop { $0 == " " }.reversed())
            }
            return lines.map { Row.empty($0) }
        }
        let linesPerItem = kind == .notes ? 2 : 1
        var rows: [Row] = []
        let orphans = items.filter { $0.range == nil }.count
        for (index, item) in items.enumerated() {
            if item.range == nil, index == items.count - orphans {
                if index > 0 { rows.append(.blank) }
                rows.append(.heading(strings.orphanHeading(kind, count: orphans)))
            }
            for line in 0..<linesPerItem {
                rows.append(.entry(item: index, line: line))
            }
        }
        return rows
    }

    /// The items and rows of the list open in `state`, if any.
    static func content(_ state: ReaderState) -> (kind: Kind, items: [Item], rows: [Row])? {
        guard let kind = state.mode.listKind else { return nil }
        let items = items(kind, state.annotations)
        let strings = UIStrings.of(state.language)
        let rows = rows(kind, items: items, strings: strings, notice: state.annotations.notice, width: textWidth(state))
        return (kind, items, rows)
    }

    /// The box's width: the terminal less a column each side, at most 96.
    private static func boxWidth(_ state: ReaderState) -> Int {
        min(max(state.width - 2, 1), 96)
    }

    /// Columns for text inside the box (its border and a space each side taken off).
    static func textWidth(_ state: ReaderState) -> Int {
        boxWidth(state) - 4
    }

    /// The box: centred over the panes, as tall as the rows (plus its border) allow.
    static func box(_ state: ReaderState, rowCount: Int) -> HelpOverlay.Box {
        let paneRows = state.geometry.paneRows
        let width = boxWidth(state)
        let height = min(paneRows, max(rowCount, 1) + 2)
        return HelpOverlay.Box(x: (state.width - width) / 2, y: (paneRows - height) / 2, width: width, height: height)
    }

    /// Rows of the list visible inside its box.
    static func visibleRows(_ state: ReaderState, rowCount: Int) -> Int {
        max(box(state, rowCount: rowCount).height - 2, 0)
    }

    /// The first row to show: `top` moved as little as possible so that every row of the
    /// selected item is visible (with the orphans' heading above the first orphan), clamped so
    /// that the box is never emptier than it has to be.
    static func scrolledTop(_ top: Int, selected: Int, rows: [Row], visible: Int) -> Int {
        guard visible > 0 else { return 0 }
        var result = top
        let itemRows = rows.indices.filter {
            rows[$0] == .entry(item: selected, line: 0) || rows[$0] == .entry(item: selected, line: 1)
        }
        if let first = itemRows.first, let last = itemRows.last {
            var start = first
            while start > 0, !rows[start - 1].isEntry, last - (start - 1) < visible { start -= 1 }
            if start < result { result = start }
            if last >= result + visible { result = last - visible + 1 }
        }
        return min(max(result, 0), max(rows.count - visible, 0))
    }
}

extension ReaderState.Mode {
    /// The open list's cursor, if a list is open.
    var list: ListState? {
        switch self {
        case .bookmarks(let list), .notes(let list): return list
        default: return nil
        }
    }

    /// Which list is open, if any.
    var listKind: ListOverlay.Kind? {
        switch self {
        case .bookmarks: return .bookmarks
        case .notes: return .notes
        default: return nil
        }
    }
}
