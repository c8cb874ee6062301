/// Splits blocks into sentences: after 。！？； (and half-width !?;) and after ……, keeping the
/// closing quotes and brackets that follow with the sentence they end. A node start always
/// begins a new sentence, so a note on `一是…` never reaches back into the previous item.
struct SentenceSplitter {
    let scanner: UTF8Scanner

    /// Sentences of every block, trimmed of surrounding spaces; `breaks` must be sorted.
    ///
    /// Two walks: the first counts, so the table is made at its exact size. Grown by doubling, it
    /// held its old and new storage at once, the parse's peak of memory on a large text; a walk
    /// costs a few milliseconds on 50 MB.
    func sentences<Breaks: RandomAccessCollection<Int>>(blocks: OffsetRanges, breaks: Breaks) -> OffsetRanges
    where Breaks.Index == Int {
        var count = 0
        walk(blocks: blocks, breaks: breaks) { _ in count += 1 }
        var sentences = OffsetRanges()
        sentences.reserveCapacity(count)
        walk(blocks: blocks, breaks: breaks) { sentences.append($0) }
        return sentences
    }

    /// Calls `emit` with each sentence of every block, in order, trimmed and never empty.
    private func walk<Breaks: RandomAccessCollection<Int>>(
        blocks: OffsetRanges, breaks: Breaks, _ emit: (Range<Int>) -> Void
    ) where Breaks.Index == Int {
        var nextBreak = 0
        for block in blocks {
            var start = block.lowerBound
            var offset = block.lowerBound
            while nextBreak < breaks.count, breaks[nextBreak] <= start { nextBreak += 1 }
            while offset < block.upperBound {
                if nextBreak < breaks.count, breaks[nextBreak] == offset {
                    emitTrimmed(start..<offset, emit)
                    start = offset
                    nextBreak += 1
                }
                // Step over scalars that cannot end a sentence unread, up to the next break
                // (checked at its exact offset above) or the next possible sentence end.
                let pending = nextBreak < breaks.count ? breaks[nextBreak] : Int.max
                let stop = pending > offset ? min(pending, block.upperBound) : block.upperBound
                let candidate = scanner.nextSentenceEndCandidate(from: offset, limit: stop)
                if candidate > offset {
                    offset = candidate
                    continue
                }
                guard let (scalar, length) = scanner.scalar(at: offset) else { break }
                offset += length
                if endsSentence(scalar, at: offset, limit: block.upperBound) {
                    offset = afterClosingMarks(from: offset, limit: block.upperBound)
                    emitTrimmed(start..<offset, emit)
                    start = offset
                    while nextBreak < breaks.count, breaks[nextBreak] <= start { nextBreak += 1 }
                }
            }
            emitTrimmed(start..<block.upperBound, emit)
        }
    }

    /// `scalar` (just read, ending at `offset`) ends a sentence: a stop mark, or the second … of ……
    /// (so …… is never split from itself).
    private func endsSentence(_ scalar: Unicode.Scalar, at offset: Int, limit: Int) -> Bool {
        if Punctuation.endsSentence(scalar) { return true }
        guard scalar == "…" else { return false }
        if let (next, _) = scanner.scalar(at: offset), offset < limit, next == "…" { return false }
        if let (previous, _) = scanner.scalar(before: offset - 3), previous == "…" { return true }
        return false
    }

    private func afterClosingMarks(from offset: Int, limit: Int) -> Int {
        var position = offset
        while position < limit, let (scalar, length) = scanner.scalar(at: position),
            Punctuation.isClosingMark(scalar) || Punctuation.endsSentence(scalar)
        {
            position += length
        }
        return position
    }

    private func emitTrimmed(_ range: Range<Int>, _ emit: (Range<Int>) -> Void) {
        let start = scanner.skipSpaces(from: range.lowerBound, limit: range.upperBound)
        let trimmed = scanner.trimTrailingSpaces(start..<range.upperBound)
        if !trimmed.isEmpty { emit(trimmed) }
    }
}
