extension Document {
    /// The text between two UTF-8 offsets, clamped to the text and to scalar boundaries.
    public func substring(_ range: Range<Int>) -> Substring {
        let start = index(atOffset: range.lowerBound)
        let end = Swift.max(start, index(atOffset: range.upperBound))
        return text[start..<end]
    }

    /// The string index of a UTF-8 offset (clamped, rounded down to a scalar boundary).
    public func index(atOffset offset: Int) -> String.Index {
        let utf8 = text.utf8
        var clamped = Swift.max(0, Swift.min(offset, utf8Count))
        // Round down to a scalar boundary: step back over UTF-8 continuation bytes.
        while clamped > 0, clamped < utf8Count, utf8[utf8.index(utf8.startIndex, offsetBy: clamped)] & 0xC0 == 0x80 {
            clamped -= 1
        }
        return utf8.index(utf8.startIndex, offsetBy: clamped)
    }

    /// The UTF-8 offset of a string index of `text`.
    public func offset(of index: String.Index) -> Int {
        text.utf8.distance(from: text.utf8.startIndex, to: index)
    }

    /// The deepest node whose range contains `offset`, or nil before the first node.
    public func nodeIndex(containing offset: Int) -> Int? {
        // Nodes are sorted by start; the last one starting at or before `offset` is the deepest
        // container, because a node's range runs until the next node that is not its descendant.
        var low = 0
        var high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid].range.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    /// The node with this path (`1.2.3`, `preamble`, `closing`), or nil.
    public func nodeIndex(path: String) -> Int? {
        let wanted = path.trimmingSpaces
        guard !wanted.isEmpty else { return nil }
        return nodes.firstIndex { $0.path == wanted }
    }

    /// Index of the sentence containing `offset`, or of the first sentence after it; nil past the last.
    public func sentenceIndex(atOrAfter offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count ? low : nil
    }

    /// The chain of nodes from the top level down to `index`.
    public func ancestry(of index: Int) -> [Int] {
        var chain: [Int] = []
        var current: Int? = index
        while let node = current, nodes.indices.contains(node) {
            chain.append(node)
            current = nodes[node].parent
        }
        return chain.reversed()
    }
}

extension StringProtocol {
    /// Trimmed of ASCII whitespace and U+3000 (the ideographic space used for indentation).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
