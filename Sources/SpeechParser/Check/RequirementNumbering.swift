/// Numbering of requirement items (一是 二是 三是; 一要 二要; 第一， 第二，) within one heading.
///
/// A list is a run that starts at 1; a new 1 starts a new list (a section often holds several).
/// Only lists of two or more items are checked, so a lone sentence that begins `三是` is prose.
/// 首先/其次/再次/最后 are not checked: 再次 also means "once again".
enum RequirementNumbering {
    static func findings(in text: CheckText) -> [Finding] {
        var groups: [ScopeKey: [MarkerCandidate]] = [:]
        var order: [ScopeKey] = []
        for candidate in MarkerPositions.requirementCandidates(in: text) {
            guard case .requirement(let family, _) = candidate.form else { continue }
            let key = ScopeKey(scope: scope(of: candidate.range.lowerBound, in: text.document), family: family)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(candidate)
        }
        var result: [Finding] = []
        for key in order {
            for list in lists(groups[key] ?? [], in: text) where list.count >= 2 {
                result += NumberingSequence(startsAtOne: true, oneStartsNewList: true).findings(list)
            }
        }
        return result
    }

    private struct ScopeKey: Hashable {
        var scope: Int
        var family: RequirementFamily
    }

    /// The runs that start at 1, as numbered items; items before the first 1 are left out.
    private static func lists(_ candidates: [MarkerCandidate], in text: CheckText) -> [[NumberedItem]] {
        var lists: [[NumberedItem]] = []
        var previousStart: Int?
        for candidate in candidates {
            let start = candidate.range.lowerBound
            let afterGap = previousStart.map { text.hasGap(between: $0, and: start) } ?? false
            previousStart = start
            let item = NumberedItem(
                marker: text.string(candidate.range), ordinal: candidate.ordinal, range: candidate.range, title: "",
                afterGap: afterGap)
            if candidate.ordinal == 1 {
                lists.append([item])
            } else if !lists.isEmpty {
                lists[lists.count - 1].append(item)
            }
        }
        return lists
    }

    /// The heading, section or article a position belongs to (the deepest one containing it), or
    /// the top-level node (preamble, closing) when none contains it.
    private static func scope(of offset: Int, in document: Document) -> Int {
        guard var index = document.nodeIndex(containing: offset) else { return -1 }
        while document.nodes[index].kind == .requirement || document.nodes[index].kind == .gap,
            let parent = document.nodes[index].parent
        {
            index = parent
        }
        return index
    }
}
