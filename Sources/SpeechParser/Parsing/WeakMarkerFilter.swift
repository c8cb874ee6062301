/// Keeps a marker found after a space in the middle of a line (`四、时段划分 1. 为高效…`, or in a
/// paragraph whose line breaks were flattened into spaces) only when it continues a numbering
/// sequence: its number is one more than the last kept marker of its form, or it is a 1 that a 2
/// of its form follows before a higher form does. So `（一）` after a space counts in a list
/// `（一）…（二）…`, while a stray `一、` in `发展 一、二、三产业` or a lone `3.` does not.
///
/// Requirement items are left to `RequirementSequencer`, which already demands sequences.
enum WeakMarkerFilter {
    /// Ranks run from -3 (第X编) to 6 (requirements); index = rank + 3.
    private static let rankCount = 10

    static func accepted(_ candidates: [MarkerCandidate]) -> [MarkerCandidate] {
        guard candidates.contains(where: \.isWeak) else { return candidates }
        let followedByTwo = nextIsTwo(candidates)
        var last = [Int?](repeating: nil, count: rankCount)
        var kept: [MarkerCandidate] = []
        kept.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            let slot = candidate.rank + 3
            guard candidate.rank < 6, last.indices.contains(slot) else {
                kept.append(candidate)
                continue
            }
            if candidate.isWeak {
                let continues = last[slot].map { candidate.ordinal == $0 + 1 } ?? false
                guard continues || (candidate.ordinal == 1 && followedByTwo[index]) else { continue }
            }
            kept.append(candidate)
            last[slot] = candidate.ordinal
            // A new higher-level heading starts the numbering of every form below it afresh.
            for deeper in (slot + 1)..<rankCount { last[deeper] = nil }
        }
        return kept
    }

    /// For each candidate: whether the next candidate of its form, before any of a higher form,
    /// carries 2. One backward pass.
    private static func nextIsTwo(_ candidates: [MarkerCandidate]) -> [Bool] {
        var result = [Bool](repeating: false, count: candidates.count)
        var next = [Int?](repeating: nil, count: rankCount)
        for index in candidates.indices.reversed() {
            let candidate = candidates[index]
            let slot = candidate.rank + 3
            guard candidate.rank < 6, next.indices.contains(slot) else { continue }
            for deeper in (slot + 1)..<rankCount { next[deeper] = nil }
            result[index] = next[slot] == 2
            next[slot] = candidate.ordinal
        }
        return result
    }
}
