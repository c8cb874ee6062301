/// `level-skip`: GB/T 9704-2012 §7.3.3 nests 一、 > （一） > 1. > （1）. A heading directly under
/// a heading more than one level up skips a form; a heading after a sibling of a deeper level
/// uses the forms out of order; a heading of a lower level than the document's top with no
/// parent at all stands outside the structure.
enum LevelRule {
    static func findings(in text: CheckText) -> [Finding] {
        let nodes = text.document.nodes
        let levels = nodes.compactMap { $0.isUntitled ? nil : $0.kind.headingLevel }
        guard let topLevel = levels.min() else { return [] }
        var result: [Finding] = []
        for node in nodes {
            guard let level = node.kind.headingLevel, !node.isUntitled else { continue }
            if let parentIndex = node.parent {
                let parent = nodes[parentIndex]
                // Under a heading lost in a gap nothing is known about the levels in between.
                guard let parentLevel = parent.kind.headingLevel, !parent.isUntitled else { continue }
                if level > parentLevel + 1 {
                    let message = CheckMessage.levelSkip(
                        marker: node.marker, level: level, parent: parent.marker, parentLevel: parentLevel,
                        expected: CheckStrings.form(ofLevel: parentLevel + 1))
                    result.append(Finding(rule: .levelSkip, range: node.markerRange, message: message))
                }
            } else if level > topLevel, !followsGap(node, in: text) {
                let message = CheckMessage.levelWithoutParent(marker: node.marker, level: level, topLevel: topLevel)
                result.append(Finding(rule: .levelSkip, range: node.markerRange, message: message))
            }
        }
        result += outOfOrder(in: text)
        return result
    }

    /// Siblings whose levels go back up: `1.` … then `（一）` under the same `一、`.
    private static func outOfOrder(in text: CheckText) -> [Finding] {
        let nodes = text.document.nodes
        var result: [Finding] = []
        var parents: [[Int]] = [text.document.roots]
        for node in nodes where !node.children.isEmpty { parents.append(node.children) }
        for siblings in parents {
            var deepest: Node?
            for index in siblings {
                let node = nodes[index]
                guard let level = node.kind.headingLevel, !node.isUntitled else { continue }
                if let earlier = deepest, let earlierLevel = earlier.kind.headingLevel, earlierLevel > level {
                    let message = CheckMessage.levelOrder(
                        marker: node.marker, level: level, earlier: earlier.marker, earlierLevel: earlierLevel)
                    result.append(Finding(rule: .levelSkip, range: node.markerRange, message: message))
                    continue
                }
                if (deepest?.kind.headingLevel ?? 0) < level { deepest = node }
            }
        }
        return result
    }

    /// Whether an elision comes before the node: its parent may be what was elided.
    private static func followsGap(_ node: Node, in text: CheckText) -> Bool {
        text.gapStarts.first.map { $0 < node.range.lowerBound } ?? false
    }
}
