/// What one parse yields besides the text: the tree, sentences, display blocks and furniture,
/// all in offsets of the text that was scanned.
struct ParsedOutline {
    var nodes: [Node]
    var roots: [Int]
    var sentences: OffsetRanges
    var blocks: OffsetRanges
    var furniture: [Range<Int>]

    /// The same outline in offsets of the decoded text, for a parse of the working copy `working`
    /// of `original`. A marker or title that the decoded text does not spell at its mapped range
    /// (a soft break inside it was removed in the working copy) is kept as the node's own.
    func mapped(by map: OffsetMap, from working: UTF8Scanner, to original: UTF8Scanner) -> ParsedOutline {
        var result = self
        for index in result.nodes.indices {
            let node = nodes[index]
            let range = map.original(node.range)
            // An empty range at a removed break could map to either side of it: keep the parts
            // inside the node, as they were.
            func inside(_ part: Range<Int>) -> Range<Int> {
                let mapped = map.original(part)
                let lower = min(max(mapped.lowerBound, range.lowerBound), range.upperBound)
                return lower..<min(max(mapped.upperBound, lower), range.upperBound)
            }
            result.nodes[index].range = range
            let markerRange = inside(node.markerRange)
            let titleRange = inside(node.titleRange)
            result.nodes[index].markerRange = markerRange
            result.nodes[index].titleRange = titleRange
            if node.awaitsText,
                !working.bytes[node.markerRange].elementsEqual(original.bytes[markerRange])
                    || !working.bytes[node.titleRange].elementsEqual(original.bytes[titleRange])
            {
                result.nodes[index].keepOwnWords(
                    marker: working.string(node.markerRange), title: working.string(node.titleRange))
            }
            result.nodes[index].bodyRange = inside(node.bodyRange).lowerBound..<range.upperBound
        }
        result.sentences = OffsetRanges(sentences.lazy.map(map.original))
        result.blocks = OffsetRanges(blocks.lazy.map(map.original))
        result.furniture = furniture.map(map.original)
        return result
    }

    /// Splits the blocks of the scanned text into sentences; a node's start always begins one.
    mutating func splitSentences(of scanner: UTF8Scanner) {
        sentences = SentenceSplitter(scanner: scanner).sentences(blocks: blocks, breaks: NodeStarts(nodes: nodes))
    }

    /// Where each node starts, read in place: no array of its own, and no copy of a whole node
    /// (strings and all) at each read, as a lazy map made.
    private struct NodeStarts: RandomAccessCollection {
        let nodes: [Node]
        var startIndex: Int { 0 }
        var endIndex: Int { nodes.count }
        subscript(position: Int) -> Int { nodes[position].range.lowerBound }
    }

    /// Attaches the decoded text to the nodes whose marker and title are cut from it (those the
    /// tree builder made so), so that none keeps a string of its own.
    mutating func attachText(_ text: String) {
        for index in nodes.indices where nodes[index].awaitsText {
            nodes[index].attachText(text)
        }
    }
}
