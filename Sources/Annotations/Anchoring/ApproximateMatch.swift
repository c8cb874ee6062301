/// Approximate substring matching (Sellers' dynamic programme): the substring of a text with the
/// fewest edits (insertions, deletions, substitutions) from a pattern.
enum ApproximateMatch {
    /// The best match of `pattern` anywhere in `text` with at most `maxErrors` edits, as scalar
    /// indices into `text`; ties go to the match whose length is closest to the pattern's, then
    /// to the earliest. Costs `pattern.count * text.count` steps.
    static func best(
        of pattern: [UInt32], in text: [UInt32], maxErrors: Int
    ) -> (range: Range<Int>, distance: Int)? {
        let rows = pattern.count
        guard rows > 0, !text.isEmpty else { return nil }
        // One column per text position; each cell keeps its distance and the text index where
        // its alignment started, so the match's start falls out without a second pass.
        var distance = Array(0...rows)
        var origin = [Int](repeating: 0, count: rows + 1)
        var nextDistance = distance
        var nextOrigin = origin
        var best: (range: Range<Int>, distance: Int)?
        for column in 1...text.count {
            let character = text[column - 1]
            nextDistance[0] = 0
            nextOrigin[0] = column
            for row in 1...rows {
                var cost = distance[row - 1] + (pattern[row - 1] == character ? 0 : 1)
                var from = origin[row - 1]
                if distance[row] + 1 < cost {
                    cost = distance[row] + 1
                    from = origin[row]
                }
                if nextDistance[row - 1] + 1 < cost {
                    cost = nextDistance[row - 1] + 1
                    from = nextOrigin[row - 1]
                }
                nextDistance[row] = cost
                nextOrigin[row] = from
            }
            swap(&distance, &nextDistance)
            swap(&origin, &nextOrigin)
            let found = distance[rows]
            guard found <= maxErrors else { continue }
            let range = origin[rows]..<column
            if isBetter(range: range, distance: found, than: best, patternLength: rows) {
                best = (range, found)
            }
        }
        return best
    }

    private static func isBetter(
        range: Range<Int>, distance: Int, than best: (range: Range<Int>, distance: Int)?, patternLength: Int
    ) -> Bool {
        guard let best else { return true }
        if distance != best.distance { return distance < best.distance }
        return abs(range.count - patternLength) < abs(best.range.count - patternLength)
    }
}
