import SpeechParser

extension Document {
    /// The first sentence that starts inside the node at `nodeIndex` (UTF-8 range), or — for a
    /// node without sentences, such as a bare heading — its trimmed title, or nil when the node
    /// has no text at all. Bookmarks and default notes anchor here.
    public func firstSentenceRange(ofNode nodeIndex: Int) -> Range<Int>? {
        guard nodes.indices.contains(nodeIndex) else { return nil }
        let node = nodes[nodeIndex]
        if let sentence = sentenceIndex(atOrAfter: node.range.lowerBound).map({ sentences[$0] }),
            sentence.lowerBound < node.range.upperBound, !sentence.isEmpty
        {
            return sentence.lowerBound..<Swift.min(sentence.upperBound, node.range.upperBound)
        }
        return node.titleRange.isEmpty ? nil : node.titleRange
    }

    /// The first exact occurrence of `quote` inside the node at `nodeIndex` (its whole range,
    /// descendants included), as a UTF-8 range; nil when the quote is empty or not there.
    public func range(ofQuote quote: String, inNode nodeIndex: Int) -> Range<Int>? {
        guard nodes.indices.contains(nodeIndex), !quote.isEmpty else { return nil }
        let nodeRange = nodes[nodeIndex].range
        let lower = index(atOffset: nodeRange.lowerBound)
        let upper = index(atOffset: nodeRange.upperBound)
        guard let found = text[lower..<upper].utf8.firstRange(of: quote.utf8) else { return nil }
        return offset(of: found.lowerBound)..<offset(of: found.upperBound)
    }

    /// Ranges of the sentences from `first` through `last` (indices into `sentences`) merged into
    /// one UTF-8 range, for a note on a selection; nil when the indices are out of range.
    public func range(ofSentences first: Int, through last: Int) -> Range<Int>? {
        let low = Swift.min(first, last)
        let high = Swift.max(first, last)
        guard sentences.indices.contains(low), sentences.indices.contains(high) else { return nil }
        return sentences[low].lowerBound..<sentences[high].upperBound
    }
}
