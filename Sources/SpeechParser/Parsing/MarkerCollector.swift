/// Finds the marker candidates of one line: at its start, right after each sentence end on it,
/// and — as weak candidates that must continue a numbering sequence — right after a space
/// (`四、时段划分 1. 为高效…`).
struct MarkerCollector {
    let markers: MarkerScanner

    /// Appends the line's candidates in text order. `isCut`: the line was cut out of a
    /// flattened paragraph at a space, so a marker at its start is weak unless a sentence ended
    /// before the space.
    func collect(in line: Range<Int>, line index: Int, isCut: Bool, into candidates: inout [MarkerCandidate]) {
        let scanner = markers.scanner
        let first = candidates.count
        var offset = line.lowerBound
        if var candidate = markers.marker(at: line.lowerBound, line: index) {
            candidate.isWeak = isCut && !followsSentenceEnd(cutAt: line.lowerBound)
            candidates.append(candidate)
            offset = candidate.range.upperBound
        }
        while offset < line.upperBound {
            // Everything up to the next 。！？；： (or !?;:) is stepped over unread.
            offset = scanner.nextMarkerOpener(from: offset, limit: line.upperBound)
            guard offset < line.upperBound, let (scalar, length) = scanner.scalar(at: offset) else { break }
            offset += length
            guard Punctuation.opensMarkerPosition(scalar) else { continue }
            var position = offset
            while let (mark, markLength) = scanner.scalar(at: position), position < line.upperBound,
                Punctuation.isClosingMark(mark)
            {
                position += markLength
            }
            position = scanner.skipSpaces(from: position, limit: line.upperBound)
            if position < line.upperBound, let candidate = markers.marker(at: position, line: index, atLineStart: false)
            {
                candidates.append(candidate)
                offset = candidate.range.upperBound
            }
        }
        let afterSpace = weakCandidates(in: line, line: index)
        if !afterSpace.isEmpty { merge(afterSpace, into: &candidates, from: first) }
    }

    /// Heading markers right after a space run inside the line (not after a sentence end, where
    /// they are found already).
    private func weakCandidates(in line: Range<Int>, line index: Int) -> [MarkerCandidate] {
        let scanner = markers.scanner
        var found: [MarkerCandidate] = []
        var offset = scanner.nextSpace(from: line.lowerBound, limit: line.upperBound)
        while offset < line.upperBound {
            let end = scanner.skipSpaces(from: offset, limit: line.upperBound)
            if offset > line.lowerBound, end < line.upperBound, let (before, _) = scanner.scalar(before: offset),
                !Punctuation.opensMarkerPosition(before), !Punctuation.isSpace(before),
                var candidate = markers.marker(at: end, line: index, atLineStart: false)
            {
                if case .requirement = candidate.form {
                } else {
                    candidate.isWeak = true
                    found.append(candidate)
                }
            }
            offset = scanner.nextSpace(from: max(end, offset + 1), limit: line.upperBound)
        }
        return found
    }

    /// Merges weak candidates into the line's candidates (from index `first` on) by position,
    /// dropping any that overlaps one found already. Linear: both lists are in text order.
    private func merge(_ weak: [MarkerCandidate], into candidates: inout [MarkerCandidate], from first: Int) {
        var merged: [MarkerCandidate] = []
        merged.reserveCapacity(candidates.count - first + weak.count)
        var strong = first
        var lastEnd = Int.min
        for candidate in weak {
            while strong < candidates.count, candidates[strong].range.lowerBound < candidate.range.upperBound {
                merged.append(candidates[strong])
                lastEnd = candidates[strong].range.upperBound
                strong += 1
            }
            if candidate.range.lowerBound >= lastEnd {
                merged.append(candidate)
                lastEnd = candidate.range.upperBound
            }
        }
        merged.append(contentsOf: candidates[strong...])
        candidates.replaceSubrange(first..., with: merged)
    }

    /// Whether the text before the space where a flattened line was cut ends a sentence.
    private func followsSentenceEnd(cutAt start: Int) -> Bool {
        // The cut replaced the space run with one line break, just before `start`.
        guard let (_, breakStart) = markers.scanner.scalar(before: start),
            let (previous, _) = markers.scanner.scalar(before: breakStart)
        else { return true }
        var scalar = previous
        var position = breakStart
        while Punctuation.isClosingMark(scalar), let (earlier, earlierStart) = markers.scanner.scalar(before: position)
        {
            scalar = earlier
            position = earlierStart
        }
        return Punctuation.opensMarkerPosition(scalar)
    }
}
