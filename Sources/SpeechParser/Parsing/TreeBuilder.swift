/// Builds the node tree from the scan's events: nesting by marker form, paths by ordinal among
/// numbered siblings, ranges that run to the next node outside the subtree.
struct TreeBuilder {
    let scanner: UTF8Scanner

    struct Tree {
        var nodes: [Node]
        var roots: [Int]
    }

    private struct OpenNode {
        var index: Int
        /// 0 for a section, a heading's level, 5 for an article, 6 for a requirement (a leaf).
        var rank: Int
        /// The number the node's marker carries.
        var ordinal: Int
    }

    /// The rank of a leaf: requirements, and the items of an article.
    private static let leafRank = 6
    private static let articleRank = 5

    /// What the parser found besides the events: the title, where the preamble may start (after
    /// the title and any page furniture), and the heading level of each division form present
    /// (index = `MarkerCandidate.Form.division` rank, 0 when absent).
    struct Frame {
        var title: TitleLine?
        var preambleStart: Int
        var divisionLevels: [Int]
    }

    func build(_ events: [OutlineEvent], frame: Frame) -> Tree {
        var nodes: [Node] = []
        // One per event, a title, a preamble, and an untitled section after each gap: the array
        // never grows, since growing would hold two copies of every node at once.
        let gaps = events.reduce(0) { count, event in
            if case .gap = event { return count + 1 }
            return count
        }
        nodes.reserveCapacity(events.count + 2 + gaps)
        var stack: [OpenNode] = []
        var afterGap: Int?  // where the text after the last gap starts, while no marker has come yet
        let topLevel =
            events.compactMap { event -> Int? in
                guard case .marker(let form, _, _) = event else { return nil }
                let rank = rank(of: form, frame: frame)
                return rank >= 1 && rank <= 4 ? rank : nil
            }.min() ?? 1

        if let title = frame.title { nodes.append(titleNode(title)) }
        let first = events.first?.start ?? scanner.count
        if frame.preambleStart < first, hasText(frame.preambleStart..<first) {
            nodes.append(plainNode(.preamble, range: frame.preambleStart..<first, depth: 0))
        }
        for (position, event) in events.enumerated() {
            switch event {
            case .marker(let form, let place, let title):
                var rank = rank(of: form, frame: frame)
                // Inside an article, numbered headings are the article's items.
                var isItem = false
                if case .heading = form { isItem = stack.contains { $0.rank == Self.articleRank } }
                if isItem { rank = Self.leafRank }
                if let gapEnd = afterGap, rank > topLevel {
                    // The section heading was lost in the gap: hold its orphans in an untitled node.
                    stack.removeAll()
                    nodes.append(untitledNode(level: topLevel, start: gapEnd))
                    stack.append(OpenNode(index: nodes.count - 1, rank: topLevel, ordinal: 0))
                }
                afterGap = nil
                while let top = stack.last, top.rank >= rank || top.rank == Self.leafRank { stack.removeLast() }
                let kind = isItem ? .requirement : kind(of: form, frame: frame)
                nodes.append(
                    markerNode(
                        at: place.range, kind: kind, title: title.range, parent: stack.last?.index,
                        depth: stack.count))
                stack.append(OpenNode(index: nodes.count - 1, rank: rank, ordinal: form.ordinal))
            case .section(let title):
                stack.removeAll()
                afterGap = nil
                nodes.append(sectionNode(title: title.range))
                stack.append(OpenNode(index: nodes.count - 1, rank: 0, ordinal: 0))
            case .gap(let span, let next):
                let range = span.range
                // A gap inside a section whose numbering goes on after it (（一）…gap…（二）) stays
                // in that section; otherwise it stands at the top level and what follows is orphaned.
                if let sibling = continuedSibling(after: position, in: events, stack: stack, frame: frame) {
                    stack.removeSubrange(sibling...)
                    afterGap = nil
                } else {
                    stack.removeAll()
                    afterGap = Int(next)
                }
                var gap = plainNode(.gap, range: range, depth: stack.count)
                gap.parent = stack.last?.index
                gap.setTitleInText(range)
                nodes.append(gap)
            case .closing(let start):
                stack.removeAll()
                afterGap = nil
                nodes.append(plainNode(.closing, range: Int(start)..<scanner.count, depth: 0))
            }
        }
        let roots = finish(&nodes)
        return Tree(nodes: nodes, roots: roots)
    }

    /// Where in `stack` the open node sits whose numbering the first marker after the gap at
    /// `position` continues (same rank, ordinal one higher), if any.
    private func continuedSibling(
        after position: Int, in events: [OutlineEvent], stack: [OpenNode], frame: Frame
    ) -> Int? {
        guard position + 1 < events.count, case .marker(let next, _, _) = events[position + 1] else { return nil }
        let rank = rank(of: next, frame: frame)
        guard let index = stack.lastIndex(where: { $0.rank == rank }),
            // `最后，` carries Int.max: compare without overflowing (`最后，…gap…第一，` trapped).
            stack[index].ordinal > 0, stack[index].ordinal == next.ordinal - 1
        else { return nil }
        return index
    }

    /// A heading's level (a division's level among the division forms present), 5 for an
    /// article, 6 for a requirement.
    private func rank(of form: MarkerCandidate.Form, frame: Frame) -> Int {
        switch form {
        case .heading(let level, _): return level
        case .division(let rank, _):
            return frame.divisionLevels.indices.contains(rank) ? max(1, frame.divisionLevels[rank]) : 1
        case .article: return Self.articleRank
        case .requirement: return Self.leafRank
        }
    }

    private func kind(of form: MarkerCandidate.Form, frame: Frame) -> NodeKind {
        switch form {
        case .heading(let level, _): return .heading(level: level)
        case .division: return .heading(level: rank(of: form, frame: frame))
        case .article: return .article
        case .requirement: return .requirement
        }
    }

    /// Links parents and children, closes ranges, assigns paths and the titles of unnumbered
    /// nodes; returns the roots. (In place: a copy of the array would copy every node.)
    private func finish(_ nodes: inout [Node]) -> [Int] {
        var roots: [Int] = []
        var open: [Int] = []
        for index in nodes.indices {
            let depth = nodes[index].depth
            while let top = open.last, nodes[top].depth >= depth {
                close(&nodes[top], at: nodes[index].range.lowerBound)
                open.removeLast()
            }
            if let parent = nodes[index].parent { nodes[parent].children.append(index) } else { roots.append(index) }
            open.append(index)
        }
        for index in open { close(&nodes[index], at: scanner.count) }
        assignPaths(&nodes, roots: roots)
        return roots
    }

    private func close(_ node: inout Node, at end: Int) {
        let lower = node.range.lowerBound
        node.range = lower..<max(lower, end)
        node.bodyRange = min(node.bodyRange.lowerBound, node.range.upperBound)..<node.range.upperBound
        if node.kind == .preamble || node.kind == .closing {
            node.setTitleInText(summaryTitle(of: node.range))
        }
    }

    private func assignPaths(_ nodes: inout [Node], roots: [Int]) {
        func visit(_ siblings: [Int], prefix: String) {
            var ordinal = 0
            for index in siblings {
                switch nodes[index].kind {
                case .preamble: nodes[index].path = "preamble"
                case .closing: nodes[index].path = "closing"
                case .gap: nodes[index].path = ""
                case .title: nodes[index].path = "title"
                case .section, .heading, .article, .requirement:
                    ordinal += 1
                    nodes[index].path = prefix.isEmpty ? String(ordinal) : prefix + "." + String(ordinal)
                }
                visit(nodes[index].children, prefix: nodes[index].path)
            }
        }
        visit(roots, prefix: "")
    }

    private func markerNode(
        at marker: Range<Int>, kind: NodeKind, title: Range<Int>, parent: Int?, depth: Int
    ) -> Node {
        Node(
            kind: kind, range: marker.lowerBound..<marker.lowerBound, markerRange: marker, titleRange: title,
            bodyRange: title.upperBound..<title.upperBound, parent: parent, depth: depth)
    }

    private func titleNode(_ title: TitleLine) -> Node {
        Node(
            kind: .title, marker: "", title: title.text, path: "", range: title.range,
            markerRange: title.range.lowerBound..<title.range.lowerBound, titleRange: title.titleRange,
            bodyRange: title.titleRange.upperBound..<title.titleRange.upperBound, parent: nil, children: [], depth: 0)
    }

    private func sectionNode(title: Range<Int>) -> Node {
        let start = title.lowerBound
        return Node(
            kind: .section, range: start..<start, markerRange: start..<start, titleRange: title,
            bodyRange: title.upperBound..<title.upperBound, parent: nil, depth: 0)
    }

    private func untitledNode(level: Int, start: Int) -> Node {
        Node(
            kind: .heading(level: level), marker: "", title: "", path: "", range: start..<start,
            markerRange: start..<start, titleRange: start..<start, bodyRange: start..<start,
            parent: nil, children: [], depth: 0)
    }

    private func plainNode(_ kind: NodeKind, range: Range<Int>, depth: Int) -> Node {
        let start = range.lowerBound
        return Node(
            kind: kind, marker: "", title: "", path: "", range: range, markerRange: start..<start,
            titleRange: start..<start, bodyRange: range, parent: nil, children: [], depth: depth)
    }

    /// A preamble or closing is named by its first sentence (up to 。！？； or the line end).
    private func summaryTitle(of range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound, let (scalar, length) = scanner.scalar(at: start),
            Punctuation.isSpace(scalar) || scalar == "\n" || scalar == "\r"
        {
            start += length
        }
        var end = start
        while end < range.upperBound, let (scalar, length) = scanner.scalar(at: end),
            !Punctuation.endsHeadingTitle(scalar), scalar != "\n", scalar != "\r"
        {
            end += length
        }
        return scanner.trimTrailingSpaces(start..<end)
    }

    private func hasText(_ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset < range.upperBound, let (scalar, length) = scanner.scalar(at: offset) {
            if !Punctuation.isSpace(scalar), scalar != "\n", scalar != "\r" { return true }
            offset += length
        }
        return false
    }
}
