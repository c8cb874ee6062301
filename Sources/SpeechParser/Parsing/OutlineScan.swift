/// One parse of a text's lines: markers and gaps found line by line, the title, sections and
/// furniture recognised by line shape, the tree built, then display blocks.
struct OutlineScan {
    let scanner: UTF8Scanner
    let lines: [LineTable.Line]
    /// Offsets where a line starts that was cut out of a flattened paragraph (sorted).
    let cutLineStarts: [Int]
    let hints: ParseHints

    /// The outline without its sentences: those are split once this scan, and with it the line
    /// table, is gone (`ParsedOutline.splitSentences(of:)`), since the sentence table is made at
    /// the parse's peak of memory.
    func parse() -> ParsedOutline {
        // The tree and blocks are made in a function of their own, so its working arrays
        // (candidates, events) are freed before the caller builds the sentence table.
        let (tree, blocks, furniture) = outlineAndBlocks()
        return ParsedOutline(nodes: tree.nodes, roots: tree.roots, sentences: [], blocks: blocks, furniture: furniture)
    }

    private func outlineAndBlocks() -> (TreeBuilder.Tree, OffsetRanges, [Range<Int>]) {
        let furnitureLines = FurnitureDetector.furniture(lines: lines, scanner: scanner)
        let tree = outlineTree(furnitureLines: furnitureLines)
        // (A loop, not filter + map: filtering would copy the nodes themselves.)
        var headingStarts: [Int] = []
        for node in tree.nodes where (node.kind.isHeadingLike || node.kind == .article) && !node.isUntitled {
            headingStarts.append(node.range.lowerBound)
        }
        var furniture: [Range<Int>] = []
        for (index, line) in lines.enumerated() where furnitureLines[index] {
            let start = scanner.skipSpaces(from: line.content.lowerBound, limit: line.content.upperBound)
            furniture.append(scanner.trimTrailingSpaces(start..<line.content.upperBound))
        }
        return (tree, BlockSplitter.blocks(lines: lines, breaks: headingStarts), furniture)
    }

    /// An elision line: its trimmed text and where the next line starts.
    private struct FoundGap {
        let range: Range<Int>
        let next: Int
    }

    /// The outline: markers and gaps found line by line, sequences checked, the title and
    /// sections found, titles taken, the closing found, then nested into a tree.
    private func outlineTree(furnitureLines: [Bool]) -> TreeBuilder.Tree {
        var candidates: [MarkerCandidate] = []
        var gaps: [FoundGap] = []
        var gapLines = [Bool](repeating: false, count: lines.count)
        var markerStarts = [Bool](repeating: false, count: lines.count)
        var markerLines = [Bool](repeating: false, count: lines.count)
        let collector = MarkerCollector(markers: MarkerScanner(scanner: scanner))
        var nextCut = 0
        for (index, line) in lines.enumerated() {
            let start = scanner.skipSpaces(from: line.content.lowerBound, limit: line.content.upperBound)
            while nextCut < cutLineStarts.count, cutLineStarts[nextCut] < line.content.lowerBound { nextCut += 1 }
            let isCut = nextCut < cutLineStarts.count && cutLineStarts[nextCut] == line.content.lowerBound
            guard !furnitureLines[index] else { continue }
            let trimmed = scanner.trimTrailingSpaces(start..<line.content.upperBound)
            if GapDetector.isGap(trimmed, in: scanner) {
                gaps.append(FoundGap(range: trimmed, next: line.next))
                gapLines[index] = true
                continue
            }
            let before = candidates.count
            collector.collect(in: start..<line.content.upperBound, line: index, isCut: isCut, into: &candidates)
            if candidates.count > before {
                markerLines[index] = true
                markerStarts[index] = candidates[before].range.lowerBound == start
            }
        }
        let accepted = RequirementSequencer.accepted(WeakMarkerFilter.accepted(candidates))
        candidates = []
        let context = LineContext(
            scanner: scanner, lines: lines, furniture: furnitureLines, gaps: gapLines, markerStarts: markerStarts,
            markerLines: markerLines)
        let title = TitleDetector.title(in: context, hint: hints.title)
        let afterTitle = (title?.lastLine).map { $0 + 1 } ?? 0
        let sections = SectionDetector.sections(in: context, from: afterTitle)
        // Room for every event at once: grown by doubling, the array held two copies of itself at
        // the parse's peak of memory.
        var events = titledEvents(accepted, room: accepted.count + sections.count + gaps.count + 1)
        for section in sections {
            events.append(.section(title: OffsetSpan(section)))
        }
        var lastStart = max(accepted.last?.range.lowerBound ?? -1, gaps.last?.range.lowerBound ?? -1)
        if case .section(let title)? = events.last { lastStart = max(lastStart, title.lowerBound) }
        for gap in gaps { events.append(.gap(OffsetSpan(gap.range), next: UInt32(clamping: gap.next))) }
        if let closing = ClosingDetector.closingStart(in: context, lastMarkerStart: lastStart) {
            events.append(.closing(start: UInt32(clamping: closing)))
        }
        events.sort { $0.start < $1.start }
        let preambleStart = context.contentLine(from: afterTitle).map { lines[$0].content.lowerBound } ?? scanner.count
        let frame = TreeBuilder.Frame(
            title: title?.title, preambleStart: preambleStart, divisionLevels: Self.divisionLevels(accepted))
        return TreeBuilder(scanner: scanner).build(events, frame: frame)
    }

    /// The heading level of each division form (编 章 节) by rank among the forms present: with
    /// only 章 and 节, 章 is 1 and 节 is 2.
    private static func divisionLevels(_ accepted: [MarkerCandidate]) -> [Int] {
        var present = [false, false, false]
        for candidate in accepted {
            if case .division(let rank, _) = candidate.form, present.indices.contains(rank) { present[rank] = true }
        }
        var levels = [0, 0, 0]
        var level = 0
        for rank in 0..<3 where present[rank] {
            level += 1
            levels[rank] = level
        }
        return levels
    }

    /// Pairs each accepted marker with its title: up to the first sentence end, the line end,
    /// or the next accepted marker on the same line.
    /// `room` is the capacity to reserve, for the events the caller adds.
    private func titledEvents(_ accepted: [MarkerCandidate], room: Int) -> [OutlineEvent] {
        var events: [OutlineEvent] = []
        events.reserveCapacity(room)
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
            let title = scanner.trimTrailingSpaces(start..<end)
            events.append(.marker(candidate.form, at: OffsetSpan(candidate.range), title: OffsetSpan(title)))
        }
        return events
    }
}
