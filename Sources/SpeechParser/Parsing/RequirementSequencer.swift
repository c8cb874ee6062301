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
        // One open group per family, by `slot`. An array, not a dictionary keyed by the family:
        // the parser runs on every launch, and such a dictionary costs a scan of every protocol
        // conformance in the binary (about 0.43 M instructions) the first time it is built.
        var groups = [Group?](repeating: nil, count: familyCount)

        func close(_ slot: Int) {
            if let group = groups[slot], group.members.count >= 2 {
                for member in group.members { keep[member] = true }
            }
            groups[slot] = nil
        }
        func closeAll() {
            for slot in groups.indices { close(slot) }
        }

        for (index, candidate) in candidates.enumerated() {
            switch candidate.form {
            case .heading, .division, .article:
                closeAll()
                keep[index] = true
            case .requirement(let family, let ordinal):
                let slot = slot(of: family)
                if ordinal == 1 {
                    close(slot)
                    groups[slot] = Group(members: [index], last: 1)
                } else if var group = groups[slot], ordinal == group.last + 1 || ordinal == Int.max {
                    group.members.append(index)
                    group.last = ordinal
                    groups[slot] = group
                    if ordinal == Int.max { close(slot) }
                }
            }
        }
        closeAll()
        return candidates.indices.filter { keep[$0] }.map { candidates[$0] }
    }

    private static let familyCount = 4

    /// Where `family`'s open group is kept.
    private static func slot(of family: RequirementFamily) -> Int {
        switch family {
        case .shi: return 0
        case .yao: return 1
        case .di: return 2
        case .ordinalWords: return 3
        }
    }
}
