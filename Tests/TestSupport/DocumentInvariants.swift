import SpeechParser

/// Structural promises every parsed document keeps, whatever its text. Each check returns the
/// violations it finds as readable strings: tests `#expect` the list empty, and the fuzz targets
/// (`scripts/fuzz.sh` compiles this file into them) stop on the first non-empty list. So this file
/// imports only `SpeechParser`: no `Testing`, no other test helper.
public enum DocumentInvariants {
    /// Every violation in `document` (empty when the document is well formed). The lookups the
    /// reader and command line use are checked once the structure is sound (they assume it).
    public static func violations(in document: Document) -> [String] {
        let utf8 = Array(document.text.utf8)
        let structural =
            rangeViolations(document, utf8) + treeViolations(document) + pathViolations(document)
            + sentenceViolations(document, utf8) + blockViolations(document, utf8)
        return structural.isEmpty ? lookupViolations(document, utf8) : structural
    }

    /// Whether `offset` is inside the text and not inside a UTF-8 multibyte sequence.
    public static func isScalarBoundary(_ offset: Int, in document: Document) -> Bool {
        let utf8 = document.text.utf8
        guard offset >= 0, offset <= utf8.count else { return false }
        return offset == utf8.count || utf8[utf8.index(utf8.startIndex, offsetBy: offset)] & 0xC0 != 0x80
    }

    /// Whether `range` lies inside the text and starts and ends on scalar boundaries.
    public static func isAligned(_ range: Range<Int>, in document: Document) -> Bool {
        isScalarBoundary(range.lowerBound, in: document) && isScalarBoundary(range.upperBound, in: document)
    }

    /// Ranges inside the text, scalar-aligned, nested (marker, title, body inside the node), and
    /// marker/title ranges spelling the marker and title of marker nodes.
    public static func rangeViolations(_ document: Document) -> [String] {
        rangeViolations(document, Array(document.text.utf8))
    }

    static func rangeViolations(_ document: Document, _ utf8: [UInt8]) -> [String] {
        var found: [String] = []
        if document.utf8Count != utf8.count {
            found.append("utf8Count \(document.utf8Count) is not the text's \(utf8.count) bytes")
        }
        for (index, node) in document.nodes.enumerated() {
            let name = "node \(index) [\(node.path)] \(node.kind.code)"
            for (label, range) in [
                ("range", node.range), ("markerRange", node.markerRange),
                ("titleRange", node.titleRange), ("bodyRange", node.bodyRange)
            ] {
                if !aligned(range, utf8) {
                    found.append("\(name): \(label) \(range) not inside the text (\(utf8.count)) on scalar boundaries")
                }
                if label != "range", !encloses(node.range, range) {
                    found.append("\(name): \(label) \(range) outside range \(node.range)")
                }
            }
            if node.kind.isNumbered, !node.isUntitled {
                // A title or marker may run across a soft line break (a hard-wrapped paragraph's):
                // it is spelled without it.
                let marker = text(node.markerRange, utf8, skipping: document.softLineBreaks)
                let title = text(node.titleRange, utf8, skipping: document.softLineBreaks)
                if marker != node.marker {
                    found.append(
                        "\(name): markerRange spells \(marker.debugDescription), marker is \(node.marker.debugDescription)"
                    )
                }
                if title != node.title {
                    found.append(
                        "\(name): titleRange spells \(title.debugDescription), title is \(node.title.debugDescription)")
                }
                if node.markerRange.lowerBound != node.range.lowerBound {
                    found.append("\(name): range \(node.range) does not start at the marker \(node.markerRange)")
                }
                if node.titleRange.lowerBound < node.markerRange.upperBound
                    || node.bodyRange.lowerBound < node.titleRange.upperBound
                {
                    found.append("\(name): marker, title and body out of order")
                }
                if node.marker.isEmpty, node.kind != .section {
                    found.append("\(name): numbered node with an empty marker")
                }
            }
            if node.title.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
                found.append("\(name): title \(node.title.debugDescription) crosses a line break")
            }
            if node.bodyRange.upperBound != node.range.upperBound {
                found.append("\(name): bodyRange \(node.bodyRange) does not end with range \(node.range)")
            }
        }
        for (previous, next) in zip(document.nodes, document.nodes.dropFirst())
        where next.range.lowerBound < previous.range.lowerBound {
            found.append(
                "nodes out of document order: [\(previous.path)] \(previous.range) before [\(next.path)] \(next.range)")
        }
        return found
    }

    /// Parent/child links agree, children lie inside parents, siblings do not overlap, roots are
    /// exactly the parentless nodes, heading levels are 1…4.
    public static func treeViolations(_ document: Document) -> [String] {
        var found: [String] = []
        let nodes = document.nodes
        if document.roots != nodes.indices.filter({ nodes[$0].parent == nil }) {
            found.append("roots \(document.roots) are not the parentless nodes")
        }
        for (index, node) in nodes.enumerated() {
            for child in node.children {
                guard nodes.indices.contains(child), child > index else {
                    found.append("node \(index): child \(child) is not a later node")
                    continue
                }
                if nodes[child].parent != index { found.append("node \(child): parent is not \(index)") }
                if nodes[child].depth != node.depth + 1 { found.append("node \(child): depth is not parent's + 1") }
                if !encloses(node.range, nodes[child].range) {
                    found.append(
                        "node \(child) [\(nodes[child].path)] \(nodes[child].range) outside parent [\(node.path)] \(node.range)"
                    )
                }
            }
            if let parent = node.parent, !(nodes.indices.contains(parent) && nodes[parent].children.contains(index)) {
                found.append("node \(index): parent \(parent) does not list it")
            }
            if node.parent == nil, node.depth != 0 { found.append("node \(index): root with depth \(node.depth)") }
            if node.kind == .requirement, !node.children.isEmpty {
                found.append("node \(index): requirement with children")
            }
            if node.kind == .title, index != 0 || node.parent != nil {
                found.append("node \(index): a title that is not the first top-level node")
            }
            if let level = node.kind.headingLevel, !(1...4).contains(level) {
                found.append("node \(index): heading level \(level)")
            }
            let siblings = node.children.filter { nodes.indices.contains($0) }.map { nodes[$0].range }
            for (left, right) in zip(siblings, siblings.dropFirst()) where left.upperBound > right.lowerBound {
                found.append("node \(index): children \(left) and \(right) overlap")
            }
        }
        let roots = document.roots.filter { nodes.indices.contains($0) }.map { nodes[$0].range }
        for (left, right) in zip(roots, roots.dropFirst()) where left.upperBound > right.lowerBound {
            found.append("top-level nodes \(left) and \(right) overlap")
        }
        return found
    }

    /// Paths: unique, `preamble`/`closing`/empty only for those kinds, and a numbered node's path
    /// is its parent's path plus its ordinal among numbered siblings (1, 2, 3 …).
    public static func pathViolations(_ document: Document) -> [String] {
        var found: [String] = []
        let nodes = document.nodes
        var seen: Set<String> = []
        for node in nodes where !node.path.isEmpty {
            if !seen.insert(node.path).inserted { found.append("path \(node.path) is not unique") }
        }
        func check(_ siblings: [Int], prefix: String) {
            var ordinal = 0
            for index in siblings where nodes.indices.contains(index) {
                let node = nodes[index]
                let expected: String
                switch node.kind {
                case .preamble: expected = "preamble"
                case .closing: expected = "closing"
                case .gap: expected = ""
                case .title: expected = "title"
                case .section, .heading, .article, .requirement:
                    ordinal += 1
                    expected = prefix.isEmpty ? "\(ordinal)" : "\(prefix).\(ordinal)"
                }
                if node.path != expected { found.append("node \(index): path \(node.path) expected \(expected)") }
                check(node.children.filter { $0 > index }, prefix: node.path)
            }
        }
        check(document.roots, prefix: "")
        for (index, node) in nodes.enumerated()
        where !node.path.isEmpty && document.nodeIndex(path: node.path) != index {
            found.append("nodeIndex(path: \(node.path)) is not \(index)")
        }
        return found
    }

    /// Sentences: non-empty, inside the text, aligned, ordered, not overlapping, never across a
    /// line break, not starting or ending with spaces, and never running across a node start.
    public static func sentenceViolations(_ document: Document) -> [String] {
        sentenceViolations(document, Array(document.text.utf8))
    }

    static func sentenceViolations(_ document: Document, _ utf8: [UInt8]) -> [String] {
        var found: [String] = []
        let spaces: Set<Unicode.Scalar> = [" ", "\t", "\u{3000}", "\u{A0}"]
        for sentence in document.sentences {
            if sentence.isEmpty || !aligned(sentence, utf8) {
                found.append("sentence \(sentence) empty, outside the text (\(utf8.count)) or not scalar-aligned")
                continue
            }
            let words = text(sentence, utf8)
            if text(sentence, utf8, skipping: document.softLineBreaks).unicodeScalars.contains(where: {
                $0 == "\n" || $0 == "\r"
            }) {
                found.append("sentence \(sentence) \(words.debugDescription) crosses a line break")
            }
            if let first = words.unicodeScalars.first, let last = words.unicodeScalars.last,
                spaces.contains(first) || spaces.contains(last)
            {
                found.append("sentence \(sentence) \(words.debugDescription) not trimmed")
            }
        }
        for (left, right) in zip(document.sentences, document.sentences.dropFirst())
        where left.upperBound > right.lowerBound {
            found.append("sentences \(left) and \(right) overlap or are out of order")
        }
        // A node start never falls inside a sentence (two pointers: both lists are sorted).
        let starts = document.nodes.filter { $0.kind.isNumbered && !$0.isUntitled }.map(\.range.lowerBound).sorted()
        var next = 0
        for sentence in document.sentences {
            while next < starts.count, starts[next] <= sentence.lowerBound { next += 1 }
            if next < starts.count, starts[next] < sentence.upperBound {
                found.append("a sentence \(sentence) runs across the node start at \(starts[next])")
            }
        }
        return found
    }

    /// Blocks (the paragraphs the reader lays out): aligned, without line breaks, in order.
    public static func blockViolations(_ document: Document) -> [String] {
        blockViolations(document, Array(document.text.utf8))
    }

    static func blockViolations(_ document: Document, _ utf8: [UInt8]) -> [String] {
        var found: [String] = []
        for block in document.blocks {
            guard aligned(block, utf8) else {
                found.append("block \(block) not inside the text (\(utf8.count)) on scalar boundaries")
                continue
            }
            let outside = text(block, utf8, skipping: document.softLineBreaks).utf8
            if outside.contains(0x0A) || outside.contains(0x0D) {
                found.append("block \(block) contains a line break")
            }
        }
        for (left, right) in zip(document.blocks, document.blocks.dropFirst()) where left.upperBound > right.lowerBound
        {
            found.append("blocks \(left) and \(right) overlap")
        }
        return found
    }

    /// The lookups the reader and command line use, at interesting offsets and beyond the text,
    /// on a well-formed document.
    public static func lookupViolations(_ document: Document) -> [String] {
        lookupViolations(document, Array(document.text.utf8))
    }

    static func lookupViolations(_ document: Document, _ utf8: [UInt8]) -> [String] {
        var found: [String] = []
        let count = utf8.count
        var offsets = [-1, 0, 1, count / 2, count - 1, count, count + 7, Int.min / 2, Int.max / 2]
        offsets += document.nodes.prefix(64).map(\.range.lowerBound)
        for offset in offsets {
            let back = document.offset(of: document.index(atOffset: offset))
            if !isBoundary(back, utf8) {
                found.append("index(atOffset: \(offset)) is not on a scalar boundary")
            }
            if back > max(0, min(offset, count)) {
                found.append("index(atOffset: \(offset)) rounded up to \(back)")
            }
            if let node = document.nodeIndex(containing: offset) {
                if document.nodes[node].range.lowerBound > offset {
                    found.append("nodeIndex(containing: \(offset)) starts after it")
                }
                let chain = document.ancestry(of: node)
                if chain.last != node || chain.first.map({ document.nodes[$0].parent == nil }) != true {
                    found.append("ancestry of node \(node) is \(chain)")
                }
            }
            if let sentence = document.sentenceIndex(atOrAfter: offset),
                document.sentences[sentence].upperBound <= offset
            {
                found.append("sentenceIndex(atOrAfter: \(offset)) is before it")
            }
            if document.substring(offset..<max(offset, offset &+ 5)).utf8.count > count {
                found.append("substring at \(offset) is longer than the text")
            }
        }
        return found
    }

    // MARK: - helpers (named apart from the fuzz targets' own free functions)

    private static func isBoundary(_ offset: Int, _ utf8: [UInt8]) -> Bool {
        guard offset >= 0, offset <= utf8.count else { return false }
        return offset == utf8.count || utf8[offset] & 0xC0 != 0x80
    }

    private static func aligned(_ range: Range<Int>, _ utf8: [UInt8]) -> Bool {
        isBoundary(range.lowerBound, utf8) && isBoundary(range.upperBound, utf8)
    }

    /// The text of an aligned UTF-8 range (empty when it is not inside the text).
    private static func text(_ range: Range<Int>, _ utf8: [UInt8]) -> String {
        guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return "" }
        return String(decoding: utf8[range], as: UTF8.self)
    }

    /// The text of a range without the parts of it inside `skipped` (sorted, disjoint).
    private static func text(_ range: Range<Int>, _ utf8: [UInt8], skipping skipped: [Range<Int>]) -> String {
        guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return "" }
        var kept: [UInt8] = []
        var offset = range.lowerBound
        var low = 0
        var high = skipped.count
        while low < high {
            let mid = (low + high) / 2
            if skipped[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        for gap in skipped[low...] where gap.lowerBound < range.upperBound {
            if gap.lowerBound > offset { kept += utf8[offset..<gap.lowerBound] }
            offset = max(offset, gap.upperBound)
        }
        if offset < range.upperBound { kept += utf8[offset..<range.upperBound] }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Whether `inner` lies within `outer` (an empty `inner` at either end counts as inside).
    private static func encloses(_ outer: Range<Int>, _ inner: Range<Int>) -> Bool {
        outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
    }
}
