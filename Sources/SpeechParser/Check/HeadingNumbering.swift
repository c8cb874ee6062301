/// Numbering of headings: siblings of one level under one parent should count 1, 2, 3 …
/// The parser keeps every heading as written, so the tree holds all of them.
enum HeadingNumbering {
    static func findings(in text: CheckText) -> [Finding] {
        let nodes = text.document.nodes
        var result: [Finding] = []
        var parents: [Int?] = [nil]
        parents += nodes.indices.filter { !nodes[$0].children.isEmpty }.map { Optional($0) }
        for parent in parents {
            let children = parent.map { nodes[$0].children } ?? text.document.roots
            // The parent's heading was lost in a gap: its first children may start anywhere.
            let parentLost = parent.map { nodes[$0].isUntitled } ?? false
            let start = parent.map { nodes[$0].range.lowerBound } ?? 0
            var byLevel: [Int: [NumberedItem]] = [:]
            var lastStart: [Int: Int] = [:]
            for child in children {
                let node = nodes[child]
                guard let level = node.kind.headingLevel, !node.isUntitled,
                    let ordinal = headingOrdinal(of: node, in: text), ordinal > 0
                else { continue }
                let from = lastStart[level] ?? start
                let item = NumberedItem(
                    marker: node.marker, ordinal: ordinal, range: node.markerRange, title: node.title,
                    afterGap: text.hasGap(between: from, and: node.markerRange.lowerBound))
                byLevel[level, default: []].append(item)
                lastStart[level] = node.markerRange.lowerBound
            }
            for level in byLevel.keys.sorted() {
                let sequence = NumberingSequence(startsAtOne: !parentLost, oneStartsNewList: false)
                result += sequence.findings(byLevel[level] ?? [])
            }
        }
        return result + articleFindings(in: text)
    }

    /// The number of a heading's marker: `（三）` → 3, `第三章` → 3.
    private static func headingOrdinal(of node: Node, in text: CheckText) -> Int? {
        switch MarkerNumbering.form(at: node.markerRange.lowerBound, in: text) {
        case .heading(_, let ordinal)?, .division(_, let ordinal)?: return ordinal
        default: return nil
        }
    }

    /// A regulation numbers its articles straight through the document, across its chapters and
    /// sections (`第一章` holds 第一条…第三条, `第二章` goes on at 第四条).
    private static func articleFindings(in text: CheckText) -> [Finding] {
        var items: [NumberedItem] = []
        var lastStart = 0
        for node in text.document.nodes where node.kind == .article {
            guard case .article(let ordinal)? = MarkerNumbering.form(at: node.markerRange.lowerBound, in: text) else {
                continue
            }
            items.append(
                NumberedItem(
                    marker: node.marker, ordinal: ordinal, range: node.markerRange, title: node.title,
                    afterGap: text.hasGap(between: lastStart, and: node.markerRange.lowerBound)))
            lastStart = node.markerRange.lowerBound
        }
        return NumberingSequence(startsAtOne: true, oneStartsNewList: false).findings(items)
    }
}
