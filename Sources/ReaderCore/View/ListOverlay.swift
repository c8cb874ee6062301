import Annotations
import SpeechParser

/// The bookmark, note, finding and change lists: their items and rows, and the box they are
/// drawn in. The reducer scrolls and the renderer draws from these same rows, so they always agree.
///
/// Anchored items come first, in document order; orphaned ones (their passage is gone from the
/// text; for changes, the removed entries) follow under their own heading. A bookmark takes one
/// row (path, label, quote); a note two (path, state and quote; then its text); a finding one
/// (path, rule id, message); a change one (path, what changed, the entry's title).
enum ListOverlay {
    /// Which list.
    enum Kind: Hashable, Sendable {
        case bookmarks
        case notes
        case findings
        case changes
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
        /// The passage as it was quoted when the item was made; a finding's message; a changed
        /// entry's label.
        var quote: String
        /// The note's text, the bookmark's label (possibly empty), a finding's rule id, or what
        /// happened to a changed entry.
        var text: String
        /// Whether the item is drawn as an error (a finding of an error rule).
        var isError = false
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
    static func items(_ kind: Kind, _ state: ReaderState) -> [Item] {
        let annotations = state.annotations
        let all: [Item]
        switch kind {
        case .findings:
            all = findingItems(state)
        case .changes:
            all = changeItems(state)
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
    /// `pending`: the finding list before the check has reported (it says so rather than "none").
    static func rows(
        _ kind: Kind, items: [Item], strings: UIStrings, notice: String?, width: Int, pending: Bool = false
    ) -> [Row] {
        guard !items.isEmpty else {
            let text =
                pending
                ? strings.checkPending : notice.map { strings.text(for: .storeNotice($0)) } ?? strings.emptyList(kind)
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
        let items = items(kind, state)
        let strings = UIStrings.of(state.language)
        let rows = rows(
            kind, items: items, strings: strings, notice: notice(kind, state), width: textWidth(state),
            pending: kind == .findings && !state.findings.isComputed)
        return (kind, items, rows)
    }

    /// Why a list is empty when it is the store's fault (notes and bookmarks only); the empty
    /// finding list says whether the check has run instead.
    static func notice(_ kind: Kind, _ state: ReaderState) -> String? {
        switch kind {
        case .bookmarks, .notes: return state.annotations.notice
        case .findings, .changes: return nil
        }
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
        case .bookmarks(let list), .notes(let list), .findings(let list), .changes(let list): return list
        default: return nil
        }
    }

    /// Which list is open, if any.
    var listKind: ListOverlay.Kind? {
        switch self {
        case .bookmarks: return .bookmarks
        case .notes: return .notes
        case .findings: return .findings
        case .changes: return .changes
        default: return nil
        }
    }
}

extension ListOverlay {
    /// The findings as list items: where each is, its rule id and its message in the UI language.
    static func findingItems(_ state: ReaderState) -> [Item] {
        let language: CheckLanguage = state.language == .chinese ? .chinese : .english
        return state.findings.findings.enumerated().map { index, finding in
            Item(
                id: Int64(index), range: finding.range, path: state.path(at: finding.range.lowerBound), state: .exact,
                quote: finding.message.text(in: language), text: finding.rule.rawValue,
                isError: finding.severity == .error)
        }
    }

    /// The changed entries as list items: edited and added ones where they are now, removed ones
    /// (no range) by their old path and title.
    static func changeItems(_ state: ReaderState) -> [Item] {
        let strings = UIStrings.of(state.language)
        let nodes = state.document.nodes
        return state.revisions.changes.enumerated().compactMap { index, change in
            let what = strings.changeLabel(change.kind)
            if let node = change.node, nodes.indices.contains(node) {
                return Item(
                    id: Int64(index), range: nodes[node].range, path: nodes[node].path, state: .exact,
                    quote: OutlineTree.label(of: nodes[node], strings: strings), text: what)
            }
            guard let original = change.original else { return nil }
            return Item(
                id: Int64(index), range: nil, path: original.path, state: .orphaned,
                quote: OutlineTree.label(of: original, strings: strings), text: what)
        }
    }
}
