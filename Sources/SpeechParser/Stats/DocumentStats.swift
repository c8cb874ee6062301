/// Sizes of a document's nodes: spoken characters (`SpeakingTime.isSpoken`) of each node with its
/// descendants. An elision line (a gap) is not speech: it counts 0 and is left out of the nodes
/// that contain it.
public struct DocumentStats: Hashable, Sendable {
    /// Per node, in `Document.nodes` order.
    public let characters: [Int]
    /// The whole text, gaps left out.
    public let totalCharacters: Int

    public init(document: Document) {
        // The spoken count before every node boundary, taken in one walk over the text: memory
        // in proportion to the nodes, not to the characters (a table per scalar held 16 bytes
        // for each of the 17 million characters of a 50 MB text).
        var boundaries: [Int] = []
        boundaries.reserveCapacity(document.nodes.count * 2)
        for node in document.nodes {
            boundaries.append(node.range.lowerBound)
            boundaries.append(node.range.upperBound)
        }
        boundaries.sort()
        var unique: [Int] = []
        unique.reserveCapacity(boundaries.count)
        for boundary in boundaries where unique.last != boundary { unique.append(boundary) }
        var countBefore = [Int](repeating: 0, count: unique.count)
        var next = 0
        var offset = 0
        var count = 0
        for scalar in document.text.unicodeScalars {
            while next < unique.count, unique[next] <= offset {
                countBefore[next] = count
                next += 1
            }
            offset += UTF8.width(scalar)
            if Self.counts(scalar) { count += 1 }
        }
        while next < unique.count {
            countBefore[next] = count
            next += 1
        }
        func spoken(_ range: Range<Int>) -> Int {
            Self.value(at: range.upperBound, unique, countBefore)
                - Self.value(at: range.lowerBound, unique, countBefore)
        }
        var characters = document.nodes.map { spoken($0.range) }
        var total = count
        for (index, node) in document.nodes.enumerated() where node.kind == .gap {
            let elided = characters[index]
            characters[index] = 0
            total -= elided
            var parent = node.parent
            while let ancestor = parent {
                characters[ancestor] -= elided
                parent = document.nodes[ancestor].parent
            }
        }
        self.characters = characters
        totalCharacters = total
    }

    /// Minutes for node `index` at `rate`, rounded to one decimal.
    public func minutes(ofNode index: Int, rate: Int = SpeakingTime.defaultRate) -> Double {
        SpeakingTime.roundedMinutes(characters: characters[index], rate: rate)
    }

    private static func counts(_ scalar: Unicode.Scalar) -> Bool {
        // Fast path: CJK ideographs are most of a Chinese text and always count.
        if (0x4E00...0x9FFF).contains(scalar.value) { return true }
        return SpeakingTime.isSpoken(scalar)
    }

    /// The spoken count before `offset`, one of `boundaries` (sorted).
    private static func value(at offset: Int, _ boundaries: [Int], _ countBefore: [Int]) -> Int {
        var low = 0
        var high = boundaries.count
        while low < high {
            let mid = (low + high) / 2
            if boundaries[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low < boundaries.count ? countBefore[low] : 0
    }
}
