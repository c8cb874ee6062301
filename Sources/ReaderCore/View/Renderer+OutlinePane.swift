/// The outline pane: the foldable tree, the current node highlighted, the selection when focused,
/// and at the right of a row its findings (`!2`) and notes (`·3`).
extension Renderer {
    static func drawOutline(_ frame: inout Frame, _ state: ReaderState, pane: ScreenGeometry.Pane, strings: UIStrings) {
        let document = state.document
        let rows = state.outlineRows
        let current = state.visibleCurrentNode
        let right = pane.x + pane.width
        for row in 0..<state.geometry.paneRows {
            let index = state.outlineTop + row
            guard rows.indices.contains(index) else { break }
            let nodeIndex = rows[index]
            let node = document.nodes[nodeIndex]
            let selected = state.focus == .outline && nodeIndex == state.outlineSelection
            let style: Style
            if selected {
                style = Style(.outlineSelected)
                frame.fill(row: row, fromCol: pane.x, toCol: right, style: style)
            } else if nodeIndex == current {
                style = Style(.outlineCurrent)
            } else if node.kind == .gap {
                style = Style(.gapMarker)
            } else if node.isUntitled || node.kind == .preamble || node.kind == .closing {
                style = Style(.dim)
            } else if let filter = state.navigation.outlineFilter, !filter.matches.contains(nodeIndex) {
                style = Style(.dim)  // an ancestor shown only to place a match
            } else {
                style = .plain
            }
            let markerCol = pane.x + OutlineTree.markerColumn(depth: node.depth)
            if OutlineTree.isFoldable(nodeIndex, in: document) {
                frame.put(
                    state.folded.contains(nodeIndex) ? "▸" : "▾", row: row, col: markerCol, style: style,
                    maxColumns: right - markerCol)
            }
            // One column stays free before the border, so a clipped label never touches it.
            let labelCol = markerCol + 2
            let isFolded = state.folded.contains(nodeIndex)
            let notes = state.annotations.noteCount(forNode: nodeIndex, folded: isFolded, in: document)
            let noteWidth = drawCount(
                &frame, "·", notes, row: row, right: right - 1, room: right - 1 - labelCol,
                style: selected ? style : Style(.dim))
            let findings = state.findings.count(forNode: nodeIndex, folded: isFolded, in: document)
            let findingWidth = drawCount(
                &frame, "!", findings, row: row, right: right - 1 - noteWidth, room: right - 1 - labelCol - noteWidth,
                style: selected ? style : Style(.findingMarker))
            let countWidth = noteWidth + findingWidth
            let statsWidth = drawOutlineStats(
                &frame, state, node: nodeIndex, row: row, right: right - 1 - countWidth,
                room: right - 1 - labelCol - countWidth, style: selected ? style : Style(.dim))
            let room = right - 1 - labelCol - countWidth - statsWidth
            let label = TextClip.clip(OutlineTree.label(of: node, strings: strings), to: room)
            frame.put(label, row: row, col: labelCol, style: style, maxColumns: room)
        }
    }

    /// A count of an outline row (`·2` notes, `!1` findings), right-aligned before `right`;
    /// returns the columns it took from the label (with a space before it), 0 when there is none
    /// or no room.
    private static func drawCount(
        _ frame: inout Frame, _ mark: String, _ count: Int, row: Int, right: Int, room: Int, style: Style
    ) -> Int {
        guard count > 0 else { return 0 }
        let suffix = mark + String(count)
        let width = DisplayWidth.of(suffix)
        guard room - width - 1 >= 2 else { return 0 }
        frame.put(suffix, row: row, col: right - width, style: style)
        return width + 1
    }
}
