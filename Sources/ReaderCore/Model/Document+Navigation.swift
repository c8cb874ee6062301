import SpeechParser

/// Lookups the reader needs beyond `Document+Lookup`: binary searches over sentences and nodes.
extension Document {
    /// The number of sentences that start before `offset`.
    func sentenceCount(startingBefore offset: Int) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The sentence the cursor goes to for `offset`: the one containing it or the next one, else
    /// the last sentence (0 without sentences).
    func cursorSentence(for offset: Int) -> Int {
        sentenceIndex(atOrAfter: offset) ?? max(sentences.count - 1, 0)
    }

    /// The number of nodes that start at or before `offset`.
    func nodeCount(startingAtOrBefore offset: Int) -> Int {
        var low = 0
        var high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid].range.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
