/// What one parse yields besides the text: the tree, sentences, display blocks and furniture,
/// all in offsets of the text that was scanned.
struct ParsedOutline {
    var nodes: [Node]
    var roots: [Int]
    var sentences: OffsetRanges
    var blocks: OffsetRanges
    var furniture: [Range<Int>]

    /// The same outline in offsets of the decoded text, for a parse of a working copy.
    func mapped(by map: OffsetMap) -> ParsedOutline {
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
            result.nodes[index].markerRange = inside(node.markerRange)
            result.nodes[index].titleRange = inside(node.titleRange)
            result.nodes[index].bodyRange = inside(node.bodyRange).lowerBound..<range.upperBound
        }
        result.sentences = OffsetRanges(sentences.lazy.map(map.original))
        result.blocks = OffsetRanges(blocks.lazy.map(map.original))
        result.furniture = furniture.map(map.original)
        return result
    }
}
