import SpeechParser

/// The structural promises of a parsed `Document`, asserted with `require` (the same promises as
/// `Tests/SpeechParserTests/DocumentInvariants.swift`, plus blocks and the lookup functions).
enum DocumentChecks {
    static func check(_ document: Document) {
        let utf8 = Array(document.text.utf8)
        require(document.utf8Count == utf8.count, "utf8Count \(document.utf8Count) != \(utf8.count)")
        checkRanges(document, utf8)
        checkTree(document)
        checkPaths(document)
        checkSentences(document, utf8)
        checkBlocks(document, utf8)
        checkLookups(document, utf8)
    }

    static func checkRanges(_ document: Document, _ utf8: [UInt8]) {
        for (index, node) in document.nodes.enumerated() {
            let name = "node \(index) [\(node.path)] \(node.kind.code)"
            for (label, range) in [("range", node.range), ("markerRange", node.markerRange),
                                   ("titleRange", node.titleRange), ("bodyRange", node.bodyRange)] {
                require(isAlignedRange(range, in: utf8), "\(name): \(label) \(range) not inside the text (\(utf8.count)) on scalar boundaries")
                if label != "range" {
                    require(encloses(node.range, range), "\(name): \(label) \(range) outside range \(node.range)")
                }
            }
            if node.kind.isNumbered, !node.isUntitled {
                require(string(node.markerRange, in: utf8) == node.marker, "\(name): markerRange does not spell the marker")
                require(string(node.titleRange, in: utf8) == node.title, "\(name): titleRange does not spell the title")
                require(node.markerRange.lowerBound == node.range.lowerBound, "\(name): range does not start at the marker")
                require(node.titleRange.lowerBound >= node.markerRange.upperBound
                        && node.bodyRange.lowerBound >= node.titleRange.upperBound, "\(name): marker, title, body out of order")
                require(!node.marker.isEmpty, "\(name): numbered node with an empty marker")
            }
            require(!node.title.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }, "\(name): title crosses a line break")
            require(node.bodyRange.upperBound == node.range.upperBound, "\(name): bodyRange does not end with range")
        }
        for (previous, next) in zip(document.nodes, document.nodes.dropFirst()) {
            require(next.range.lowerBound >= previous.range.lowerBound, "nodes out of document order")
        }
    }

    static func checkTree(_ document: Document) {
        let nodes = document.nodes
        require(document.roots == nodes.indices.filter { nodes[$0].parent == nil }, "roots are not the parentless nodes")
        for (index, node) in nodes.enumerated() {
            for child in node.children {
                require(nodes.indices.contains(child) && child > index, "node \(index): child \(child) is not a later node")
                require(nodes[child].parent == index, "node \(child): parent is not \(index)")
                require(nodes[child].depth == node.depth + 1, "node \(child): depth is not parent's + 1")
                require(encloses(node.range, nodes[child].range), "node \(child) outside its parent \(index)")
            }
            if let parent = node.parent {
                require(nodes.indices.contains(parent) && nodes[parent].children.contains(index), "node \(index): parent does not list it")
            } else {
                require(node.depth == 0, "node \(index): root with depth \(node.depth)")
            }
            if node.kind == .requirement { require(node.children.isEmpty, "node \(index): requirement with children") }
            if let level = node.kind.headingLevel { require((1...4).contains(level), "node \(index): heading level \(level)") }
            let siblings = node.children.map { nodes[$0].range }
            for (left, right) in zip(siblings, siblings.dropFirst()) {
                require(left.upperBound <= right.lowerBound, "node \(index): children overlap")
            }
        }
        let roots = document.roots.map { nodes[$0].range }
        for (left, right) in zip(roots, roots.dropFirst()) {
            require(left.upperBound <= right.lowerBound, "top-level nodes overlap")
        }
    }

    static func checkPaths(_ document: Document) {
        let nodes = document.nodes
        var seen: Set<String> = []
        for node in nodes where !node.path.isEmpty {
            require(seen.insert(node.path).inserted, "path \(node.path) is not unique")
        }
        func visit(_ siblings: [Int], prefix: String) {
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
                require(node.path == expected, "node \(index): path \(node.path) expected \(expected)")
                visit(node.children, prefix: node.path)
            }
        }
        visit(document.roots, prefix: "")
        for (index, node) in nodes.enumerated() where !node.path.isEmpty {
            require(document.nodeIndex(path: node.path) == index, "nodeIndex(path: \(node.path)) is not \(index)")
        }
    }

    static func checkSentences(_ document: Document, _ utf8: [UInt8]) {
        for sentence in document.sentences {
            require(!sentence.isEmpty && isAlignedRange(sentence, in: utf8), "sentence \(sentence) empty or misaligned")
            let text = string(sentence, in: utf8)
            require(!text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }, "sentence \(sentence) crosses a line break")
            let spaces: Set<Unicode.Scalar> = [" ", "\t", "\u{3000}", "\u{A0}"]
            if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last {
                require(!spaces.contains(first) && !spaces.contains(last), "sentence \(sentence) not trimmed")
            }
        }
        for (left, right) in zip(document.sentences, document.sentences.dropFirst()) {
            require(left.upperBound <= right.lowerBound, "sentences \(left) and \(right) overlap or are out of order")
        }
        // A node start never falls inside a sentence (two pointers: both lists are sorted).
        let starts = document.nodes.filter { $0.kind.isNumbered && !$0.isUntitled }.map(\.range.lowerBound)
        var next = 0
        for sentence in document.sentences {
            while next < starts.count, starts[next] <= sentence.lowerBound { next += 1 }
            require(next >= starts.count || starts[next] >= sentence.upperBound,
                    "a sentence \(sentence) runs across the node start \(starts[next])")
        }
    }

    static func checkBlocks(_ document: Document, _ utf8: [UInt8]) {
        for block in document.blocks {
            require(isAlignedRange(block, in: utf8), "block \(block) misaligned")
            require(!utf8[block].contains(0x0A) && !utf8[block].contains(0x0D), "block \(block) contains a line break")
        }
        for (left, right) in zip(document.blocks, document.blocks.dropFirst()) {
            require(left.upperBound <= right.lowerBound, "blocks \(left) and \(right) overlap")
        }
    }

    /// The lookups the reader and command line use, at every interesting offset and beyond the text.
    static func checkLookups(_ document: Document, _ utf8: [UInt8]) {
        let count = utf8.count
        var offsets = [-1, 0, 1, count / 2, count - 1, count, count + 7, Int.min / 2, Int.max / 2]
        offsets += document.nodes.prefix(64).map(\.range.lowerBound)
        for offset in offsets {
            let index = document.index(atOffset: offset)
            let back = document.offset(of: index)
            require(isScalarBoundary(back, in: utf8), "index(atOffset: \(offset)) is not on a scalar boundary")
            require(back <= max(0, min(offset, count)), "index(atOffset: \(offset)) rounded up to \(back)")
            if let node = document.nodeIndex(containing: offset) {
                require(document.nodes[node].range.lowerBound <= offset, "nodeIndex(containing: \(offset)) starts after it")
                let chain = document.ancestry(of: node)
                require(chain.last == node && chain.first.map { document.nodes[$0].parent == nil } == true, "ancestry of \(node)")
            }
            if let sentence = document.sentenceIndex(atOrAfter: offset) {
                require(document.sentences[sentence].upperBound > offset, "sentenceIndex(atOrAfter: \(offset)) is before it")
            }
            let piece = document.substring(offset..<max(offset, offset &+ 5))
            require(piece.utf8.count <= count, "substring longer than the text")
        }
    }

    static func encloses(_ outer: Range<Int>, _ inner: Range<Int>) -> Bool {
        outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
    }
}
