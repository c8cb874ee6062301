/// Sizes of a document's nodes: spoken characters (`SpeakingTime.isSpoken`) of each node with its
/// descendants. An elision line (a gap) is not speech: it counts 0 and is left out of the nodes
/// that contain it.
public struct DocumentStats: Hashable, Sendable {
    /// Per node, in `Document.nodes` order.
    public let characters: [Int]
    /// The whole text, gaps left out.
    public let totalCharacters: Int

    public init(document: Document) {
        // Cumulative counts at every scalar start, so each node is two binary searches.
        var offsets: [Int] = [0]
        var cumulative: [Int] = [0]
        offsets.reserveCapacity(document.utf8Count / 3 + 2)
        cumulative.reserveCapacity(document.utf8Count / 3 + 2)
        var offset = 0
        var count = 0
        for scalar in document.text.unicodeScalars {
            offset += UTF8.width(scalar)
            if Self.counts(scalar) { count += 1 }
            offsets.append(offset)
            cumulative.append(count)
        }
        func spoken(_ range: Range<Int>) -> Int {
            Self.value(at: range.upperBound, offsets, cumulative)
                - Self.value(at: range.lowerBound, offsets, cumulative)
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

    /// The cumulative count at the last scalar start at or before `offset`.
    private static func value(at offset: Int, _ offsets: [Int], _ cumulative: [Int]) -> Int {
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? 0 : cumulative[low - 1]
    }
}
