import SpeechParser

/// The requirement list (`R`) and the match list (`F`): their items and rows, and the box they
/// are drawn in, shared by the reducer (scrolling) and the renderer so the two always agree.
enum NavigationListOverlay {
    /// One place to jump to.
    struct Item: Hashable, Sendable {
        /// Where it is (a node's range, or a match).
        var range: Range<Int>
        /// The node to jump to (a requirement), or nil for a match.
        var node: Int?
        /// The path of the node holding it.
        var path: String
        /// Text before the highlighted part, the highlighted part, and after it (one line each).
        var before: String
        var match: String
        var after: String
    }

    /// One row of the list.
    enum Row: Hashable, Sendable {
        /// A group heading (the node holding some requirements, with their count).
        case heading(String)
        /// An item.
        case entry(Int)
        /// The only row of an empty list.
        case empty(String)
    }

    /// The most matches listed.
    static let matchLimit = 2000

    /// The items, rows and title of the list open in `state`.
    static func content(_ state: ReaderState) -> (items: [Item], rows: [Row], title: String)? {
        guard case .navigationList(let list) = state.mode else { return nil }
        let strings = UIStrings.of(state.language)
        var items: [Item] = []
        var rows: [Row] = []
        var groups = 0
        var scopePath: String?
        switch list.kind {
        case .requirements(let scope):
            let document = state.document
            scopePath = scope.map { document.nodes[$0].path }
            for group in document.requirementGroups(within: scope) {
                groups += 1
                let heading =
                    group.parent.map { parent in
                        let node = document.nodes[parent]
                        let label = OutlineTree.label(of: node, strings: strings)
                        return node.kind.isNumbered ? node.path + " " + label : label
                    } ?? strings.topLevelRequirements
                let count = group.requirements.count
                let counted = state.language == .chinese ? "（\(count)）" : " (\(count))"
                rows.append(.heading(UIStrings.oneLine(heading) + counted))
                for index in group.requirements {
                    let node = document.nodes[index]
                    rows.append(.entry(items.count))
                    items.append(
                        Item(
                            range: node.range, node: index, path: node.path,
                            before: UIStrings.oneLine(node.marker + node.title), match: "", after: ""))
                }
            }
        case .matches:
            for range in state.search.matches.prefix(matchLimit) {
                rows.append(.entry(items.count))
                items.append(matchItem(range, state))
            }
        }
        if items.isEmpty { rows = [.empty(strings.emptyNavigationList(list.kind))] }
        let title = strings.navigationListTitle(list.kind, count: items.count, groups: groups, scopePath: scopePath)
        return (items, rows, title)
    }

    /// A match with a little of its line on each side.
    private static func matchItem(_ range: Range<Int>, _ state: ReaderState) -> Item {
        let document = state.document
        let before = document.substring(max(range.lowerBound - 60, 0)..<range.lowerBound)
        let after = document.substring(range.upperBound..<min(range.upperBound + 240, document.utf8Count))
        let lead = before.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).last ?? ""
        let tail = after.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).first ?? ""
        return Item(
            range: range, node: nil, path: state.path(at: range.lowerBound),
            before: UIStrings.oneLine(String(lead.suffix(12))),
            match: UIStrings.oneLine(String(document.substring(range))),
            after: UIStrings.oneLine(String(tail)))
    }

    /// The box: centred over the panes, as tall as the rows (plus its border) allow.
    static func box(_ state: ReaderState, rowCount: Int) -> HelpOverlay.Box {
        let paneRows = state.geometry.paneRows
        let width = min(max(state.width - 2, 1), 96)
        let height = min(paneRows, max(rowCount, 1) + 2)
        return HelpOverlay.Box(x: (state.width - width) / 2, y: (paneRows - height) / 2, width: width, height: height)
    }

    /// The row of item `selected`.
    static func row(of selected: Int, in rows: [Row]) -> Int {
        rows.firstIndex(of: .entry(selected)) ?? 0
    }

    /// The first row to show: `top` moved as little as possible to show the selected item
    /// (and its group's heading when it is the group's first item).
    static func scrolledTop(_ top: Int, selected: Int, rows: [Row], visible: Int) -> Int {
        guard visible > 0 else { return 0 }
        var row = row(of: selected, in: rows)
        var result = top
        if row > 0, case .heading = rows[row - 1] { row -= 1 }
        if row < result { result = row }
        let entry = self.row(of: selected, in: rows)
        if entry >= result + visible { result = entry - visible + 1 }
        return min(max(result, 0), max(rows.count - visible, 0))
    }
}
