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
                    case .heading(_, let ordinal)? = MarkerNumbering.form(at: node.markerRange.lowerBound, in: text),
                    ordinal > 0
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
        return result
    }
}
