/// Keeps only requirement items that form a sequence: `一是…二是…`, `第一，…第二，…`,
/// `首先，…其次，…最后，`. A lone `首先，` or a stray `三是` is prose.
///
/// Headings are kept as they are (numbering that skips or repeats is reported, not dropped);
/// a heading ends the scope of any open sequence.
enum RequirementSequencer {
    private struct Group {
        var members: [Int]
        var last: Int
    }

    /// The candidates to keep, in order.
    static func accepted(_ candidates: [MarkerCandidate]) -> [MarkerCandidate] {
        var keep = [Bool](repeating: false, count: candidates.count)
        var groups: [RequirementFamily: Group] = [:]

        func close(_ family: RequirementFamily) {
            if let group = groups.removeValue(forKey: family), group.members.count >= 2 {
                for member in group.members { keep[member] = true }
            }
        }
        func closeAll() {
            for family in Array(groups.keys) { close(family) }
        }

        for (index, candidate) in candidates.enumerated() {
            switch candidate.form {
            case .heading, .division, .article:
                closeAll()
                keep[index] = true
            case .requirement(let family, let ordinal):
                if ordinal == 1 {
                    close(family)
                    groups[family] = Group(members: [index], last: 1)
                } else if var group = groups[family], ordinal == group.last + 1 || ordinal == Int.max {
                    group.members.append(index)
                    group.last = ordinal
                    groups[family] = group
                    if ordinal == Int.max { close(family) }
                }
            }
        }
        closeAll()
        return candidates.indices.filter { keep[$0] }.map { candidates[$0] }
    }
}
