import SpeechParser

/// The outline as a foldable list: which nodes are shown, and how each is labelled.
enum OutlineTree {
    /// Node indices in document order, skipping the descendants of folded nodes. Descendants are
    /// contiguous after their ancestor in `Document.nodes` (a parent precedes its children).
    static func visibleRows(_ document: Document, folded: Set<Int>) -> [Int] {
        var rows: [Int] = []
        rows.reserveCapacity(document.nodes.count)
        var index = 0
        let nodes = document.nodes
        while index < nodes.count {
            rows.append(index)
            let depth = nodes[index].depth
            index += 1
            if folded.contains(index - 1) {
                while index < nodes.count, nodes[index].depth > depth { index += 1 }
            }
        }
        return rows
    }

    /// The node that stands for `node` in the outline: itself, or its outermost folded ancestor.
    static func visibleNode(for node: Int, in document: Document, folded: Set<Int>) -> Int {
        for ancestor in document.ancestry(of: node) where folded.contains(ancestor) {
            return ancestor
        }
        return node
    }

    /// The label of a node: marker and title as written, or a localized name for the unnumbered
    /// kinds (preamble, closing, gap) and for a section whose heading was lost.
    static func label(of node: Node, strings: UIStrings) -> String {
        switch node.kind {
        case .title:
            return node.title.isEmpty ? strings.title : node.title
        case .preamble:
            return strings.preamble
        case .closing:
            return strings.closing
        case .gap:
            return strings.elidedShort(TextLayout.elidedCount(node.title))
        case .section, .heading, .article, .requirement:
            if node.isUntitled { return strings.untitled }
            let label = node.marker + node.title
            return label.isEmpty ? strings.untitled : label
        }
    }

    /// Whether a node has children to fold.
    static func isFoldable(_ node: Int, in document: Document) -> Bool {
        document.nodes.indices.contains(node) && !document.nodes[node].children.isEmpty
    }
}

extension OutlineTree {
    /// The column (within the outline pane) of a row's fold marker: one column of padding, then
    /// two columns of indent per depth.
    static func markerColumn(depth: Int) -> Int {
        1 + 2 * min(depth, maxIndentDepth)
    }

    /// Depths beyond this are not indented further, so deep trees keep room for titles.
    static let maxIndentDepth = 6
}
