/// Parses a decoded text into a `Document` in linear passes over its UTF-8 bytes.
enum OutlineParser {
    static func parse(_ source: String) -> Document {
        var text = source
        text.makeContiguousUTF8()
        // The content hash is one long chain of multiplications: for a large text it runs on
        // another core while this one parses (it takes about half as long as the parse).
        let hash = ConcurrentHash(text, concurrently: text.utf8.count >= 1 << 20)
        let parsed = text.utf8.withContiguousStorageIfAvailable { bytes -> Document in
            parse(text: text, scanner: UTF8Scanner(bytes: bytes), hash: hash)
        }
        // A native contiguous string always offers its storage; this only guards the API's optional.
        return parsed ?? Document(text: text, nodes: [], roots: [], sentences: [], blocks: [], textHash: hash.value())
    }

    private static func parse(text: String, scanner: UTF8Scanner, hash: ConcurrentHash) -> Document {
        // The tree and blocks are made in a function of their own, so its working arrays (lines,
        // candidates, events) are freed before the sentence table, the last large one, is built.
        let (tree, blocks) = outlineAndBlocks(scanner)
        let nodeStarts = tree.nodes.map(\.range.lowerBound)
        let sentences = SentenceSplitter(scanner: scanner).sentences(blocks: blocks, breaks: nodeStarts)
        return Document(
            text: text, nodes: tree.nodes, roots: tree.roots, sentences: sentences, blocks: blocks,
            textHash: hash.value())
    }

    private static func outlineAndBlocks(_ scanner: UTF8Scanner) -> (TreeBuilder.Tree, [Range<Int>]) {
        let lines = LineTable(scanner).lines
        let tree = outlineTree(lines: lines, scanner: scanner)
        // (A loop, not filter + map: filtering would copy the nodes themselves.)
        var headingStarts: [Int] = []
        for node in tree.nodes where node.kind.headingLevel != nil && !node.isUntitled {
            headingStarts.append(node.range.lowerBound)
        }
        return (tree, BlockSplitter.blocks(lines: lines, breaks: headingStarts))
    }

    /// The outline: markers and gaps found line by line, requirement sequences checked, titles
    /// taken, the closing found, then nested into a tree.
    private static func outlineTree(lines: [LineTable.Line], scanner: UTF8Scanner) -> TreeBuilder.Tree {
        var candidates: [MarkerCandidate] = []
        var gaps: [(range: Range<Int>, next: Int, line: Int)] = []
        let markers = MarkerScanner(scanner: scanner)
        for (index, line) in lines.enumerated() {
            let start = scanner.skipSpaces(from: line.content.lowerBound, limit: line.content.upperBound)
            let trimmed = scanner.trimTrailingSpaces(start..<line.content.upperBound)
            if GapDetector.isGap(trimmed, in: scanner) {
                gaps.append((trimmed, line.next, index))
                continue
            }
            collectMarkers(in: start..<line.content.upperBound, line: index, markers: markers, into: &candidates)
        }
        let accepted = RequirementSequencer.accepted(candidates)
        candidates = []
        var events = titledEvents(accepted, lines: lines, scanner: scanner)
        let lastStart = max(accepted.last?.range.lowerBound ?? -1, gaps.last?.range.lowerBound ?? -1)
        for gap in gaps { events.append(.gap(gap.range, next: gap.next)) }
        if let closing = ClosingDetector.closingStart(lines: lines, scanner: scanner, lastMarkerStart: lastStart) {
            events.append(.closing(start: closing))
        }
        events.sort { $0.start < $1.start }
        return TreeBuilder(scanner: scanner).build(events)
    }

    /// Markers at the start of the line and right after each sentence end on it.
    private static func collectMarkers(
        in line: Range<Int>, line index: Int, markers: MarkerScanner, into candidates: inout [MarkerCandidate]
    ) {
        let scanner = markers.scanner
        var offset = line.lowerBound
        if let candidate = markers.marker(at: line.lowerBound, line: index) {
            candidates.append(candidate)
            offset = candidate.range.upperBound
        }
        while offset < line.upperBound {
            // Everything up to the next 。！？；： (or !?;:) is stepped over unread.
            offset = scanner.nextMarkerOpener(from: offset, limit: line.upperBound)
            guard offset < line.upperBound, let (scalar, length) = scanner.scalar(at: offset) else { return }
            offset += length
            guard Punctuation.opensMarkerPosition(scalar) else { continue }
            var position = offset
            while let (mark, markLength) = scanner.scalar(at: position), position < line.upperBound,
                Punctuation.isClosingMark(mark)
            {
                position += markLength
            }
            position = scanner.skipSpaces(from: position, limit: line.upperBound)
            if position < line.upperBound, let candidate = markers.marker(at: position, line: index) {
                candidates.append(candidate)
                offset = candidate.range.upperBound
            }
        }
    }

    /// Pairs each accepted marker with its title: up to the first sentence end, the line end,
    /// or the next accepted marker on the same line.
    private static func titledEvents(
        _ accepted: [MarkerCandidate], lines: [LineTable.Line], scanner: UTF8Scanner
    ) -> [OutlineEvent] {
        var events: [OutlineEvent] = []
        events.reserveCapacity(accepted.count)
        for (index, candidate) in accepted.enumerated() {
            var limit = lines[candidate.line].content.upperBound
            if index + 1 < accepted.count, accepted[index + 1].line == candidate.line {
                limit = min(limit, accepted[index + 1].range.lowerBound)
            }
            let isRequirement: Bool
            if case .requirement = candidate.form { isRequirement = true } else { isRequirement = false }
            let start = scanner.skipSpaces(from: candidate.range.upperBound, limit: limit)
            var end = start
            while end < limit, let (scalar, length) = scanner.scalar(at: end) {
                let stops =
                    isRequirement ? Punctuation.endsRequirementTitle(scalar) : Punctuation.endsHeadingTitle(scalar)
                if stops { break }
                end += length
            }
            events.append(.marker(candidate, title: scanner.trimTrailingSpaces(start..<end)))
        }
        return events
    }
}
