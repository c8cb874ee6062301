@testable import SpeechParser

/// Structural promises every parsed document keeps, whatever its text. Each check returns the
/// violations it finds as readable strings, so a failing randomized case says what broke.
enum DocumentInvariants {
    /// Every violation in `document` (empty when the document is well formed).
    static func violations(in document: Document) -> [String] {
        rangeViolations(document) + treeViolations(document) + pathViolations(document)
            + sentenceViolations(document)
    }

    /// Whether `offset` is inside the text and not inside a UTF-8 multibyte sequence.
    static func isScalarBoundary(_ offset: Int, in document: Document) -> Bool {
        let utf8 = document.text.utf8
        guard offset >= 0, offset <= utf8.count else { return false }
        return offset == utf8.count || utf8[utf8.index(utf8.startIndex, offsetBy: offset)] & 0xC0 != 0x80
    }

    static func isAligned(_ range: Range<Int>, in document: Document) -> Bool {
        isScalarBoundary(range.lowerBound, in: document) && isScalarBoundary(range.upperBound, in: document)
    }

    /// Ranges inside the text, scalar-aligned, nested (marker, title, body inside the node), and
    /// marker/title ranges spelling the marker and title of marker nodes.
    static func rangeViolations(_ document: Document) -> [String] {
        var found: [String] = []
        for (index, node) in document.nodes.enumerated() {
            let name = "node \(index) [\(node.path)] \(node.kind.code)"
            for (label, range) in [
                ("range", node.range), ("markerRange", node.markerRange),
                ("titleRange", node.titleRange), ("bodyRange", node.bodyRange)
            ] {
                if !isAligned(range, in: document) {
                    found.append("\(name): \(label) \(range) not scalar-aligned in the text")
                }
                if label != "range", !node.range.encloses(range) {
                    found.append("\(name): \(label) \(range) outside range \(node.range)")
                }
            }
            if node.kind.isNumbered, !node.isUntitled {
                if document.string(node.markerRange) != node.marker {
                    found.append(
                        "\(name): markerRange spells \(document.string(node.markerRange).debugDescription), marker is \(node.marker.debugDescription)"
                    )
                }
                if document.string(node.titleRange) != node.title {
                    found.append(
                        "\(name): titleRange spells \(document.string(node.titleRange).debugDescription), title is \(node.title.debugDescription)"
                    )
                }
                if node.markerRange.lowerBound != node.range.lowerBound {
                    found.append("\(name): range \(node.range) does not start at the marker \(node.markerRange)")
                }
                if node.titleRange.lowerBound < node.markerRange.upperBound
                    || node.bodyRange.lowerBound < node.titleRange.upperBound
                {
                    found.append("\(name): marker, title and body out of order")
                }
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
    /// exactly the parentless nodes.
    static func treeViolations(_ document: Document) -> [String] {
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
                if !node.range.encloses(nodes[child].range) {
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
            let siblings = node.children.map { nodes[$0].range }
            for (left, right) in zip(siblings, siblings.dropFirst()) where left.upperBound > right.lowerBound {
                found.append("node \(index): children \(left) and \(right) overlap")
            }
        }
        let roots = document.roots.map { nodes[$0].range }
        for (left, right) in zip(roots, roots.dropFirst()) where left.upperBound > right.lowerBound {
            found.append("top-level nodes \(left) and \(right) overlap")
        }
        return found
    }

    /// Paths: unique, `preamble`/`closing`/empty only for those kinds, and a numbered node's path
    /// is its parent's path plus its ordinal among numbered siblings (1, 2, 3 …).
    static func pathViolations(_ document: Document) -> [String] {
        var found: [String] = []
        let nodes = document.nodes
        var seen: Set<String> = []
        for node in nodes where !node.path.isEmpty {
            if !seen.insert(node.path).inserted { found.append("path \(node.path) is not unique") }
        }
        func check(_ siblings: [Int], prefix: String) {
            var ordinal = 0
            for index in siblings {
                let node = nodes[index]
                let expected: String
                switch node.kind {
                case .preamble: expected = "preamble"
                case .closing: expected = "closing"
                case .gap: expected = ""
                case .heading, .requirement:
                    ordinal += 1
                    expected = prefix.isEmpty ? "\(ordinal)" : "\(prefix).\(ordinal)"
                }
                if node.path != expected { found.append("node \(index): path \(node.path) expected \(expected)") }
                check(node.children, prefix: node.path)
            }
        }
        check(document.roots, prefix: "")
        for (index, node) in nodes.enumerated()
        where node.kind.isNumbered && document.nodeIndex(path: node.path) != index {
            found.append("nodeIndex(path: \(node.path)) is not \(index)")
        }
        return found
    }

    /// Sentences: non-empty, inside the text, aligned, ordered, not overlapping, never across a
    /// line break, not starting or ending with spaces, and never running across a node start.
    static func sentenceViolations(_ document: Document) -> [String] {
        var found: [String] = []
        let count = document.utf8Count
        for sentence in document.sentences {
            if sentence.isEmpty || !(0..<count).encloses(sentence) {
                found.append("sentence \(sentence) empty or outside the text (\(count))")
                continue
            }
            if !isAligned(sentence, in: document) { found.append("sentence \(sentence) not scalar-aligned") }
            let text = document.string(sentence)
            if text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
                found.append("sentence \(sentence) \(text.debugDescription) crosses a line break")
            }
            if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
                [" ", "\t", "\u{3000}"].contains(first) || [" ", "\t", "\u{3000}"].contains(last)
            {
                found.append("sentence \(sentence) \(text.debugDescription) not trimmed")
            }
        }
        for (left, right) in zip(document.sentences, document.sentences.dropFirst())
        where left.upperBound > right.lowerBound {
            found.append("sentences \(left) and \(right) overlap or are out of order")
        }
        for node in document.nodes where node.kind.isNumbered && !node.isUntitled {
            let start = node.range.lowerBound
            if document.sentences.contains(where: { $0.lowerBound < start && start < $0.upperBound }) {
                found.append("a sentence runs across the start of [\(node.path)] at \(start)")
            }
        }
        return found
    }
}

extension Range where Bound == Int {
    /// Whether `other` lies within this range (an empty `other` at either end counts as inside).
    func encloses(_ other: Range<Int>) -> Bool {
        lowerBound <= other.lowerBound && other.upperBound <= upperBound
    }
}
