/// Finds a passage that was edited a little: a bounded approximate search for a quote.
///
/// Work is bounded twice. Candidates come from a filter: the quote is cut into pieces, and a
/// match with at most k edits keeps at least one of k + 1 pieces intact (pigeonhole), so only
/// places where a piece occurs exactly are verified. Verification (a dynamic programme over a
/// small window) stops when a budget of steps is spent. The neighbourhood of the old position
/// is searched before the whole text.
struct FuzzyLocator {
    /// The text searched.
    let text: ByteText
    /// Bytes searched on each side of the expected position before the whole text.
    var neighbourhood = 64 * 1024
    /// Most pieces cut from a quote (a long quote is sampled rather than fully covered).
    var maximumPieces = 24
    /// Most exact occurrences collected per piece.
    var occurrencesPerPiece = 512
    /// Most dynamic-programme steps spent on one quote.
    static let stepsPerQuote = 8_000_000

    /// The range (UTF-8 offsets) of the best match of `quote` with at most `maxErrors` edits,
    /// preferring matches near `expected`; nil when none is found. Spends at most
    /// `stepsPerQuote` steps, taken from `budget` (shared by a batch of quotes).
    func locate(
        _ quote: [UInt32], quoteBytes: [UInt8], expected: Int, maxErrors: Int, budget sharedBudget: inout Int
    ) -> Range<Int>? {
        guard !quote.isEmpty, maxErrors >= 0, sharedBudget > 0 else { return nil }
        var budget = Swift.min(Self.stepsPerQuote, sharedBudget)
        let initial = budget
        defer { sharedBudget -= initial - budget }
        let near = (expected - neighbourhood)..<(expected + quoteBytes.count + neighbourhood)
        if let found = search(
            quote, quoteBytes: quoteBytes, in: near, expected: expected,
            maxErrors: maxErrors, budget: &budget)
        {
            return found
        }
        guard near.lowerBound > 0 || near.upperBound < text.count else { return nil }
        return search(
            quote, quoteBytes: quoteBytes, in: 0..<text.count, expected: expected,
            maxErrors: maxErrors, budget: &budget)
    }

    private func search(
        _ quote: [UInt32], quoteBytes: [UInt8], in range: Range<Int>, expected: Int, maxErrors: Int,
        budget: inout Int
    ) -> Range<Int>? {
        let slack = 4 * maxErrors + 4
        let bigrams = Bigrams(quote)
        // q-gram lemma (q = 2): a match with k edits keeps at least m - 1 - 2k of the quote's
        // bigrams, so a window with fewer cannot hold one and skips the dynamic programme.
        // Worth it for longer quotes only: for short ones the programme costs about as much.
        let requiredBigrams = quote.count >= 24 ? quote.count - 1 - 2 * maxErrors : 0
        var best: (range: Range<Int>, distance: Int)?
        // Boilerplate repeats: once a match is found, only a few more candidates (less
        // supported or farther away) get a chance to beat it.
        var remainingAfterMatch = 16
        for cluster in candidateClusters(quote, in: range, expected: expected, maxErrors: maxErrors) {
            if best != nil {
                remainingAfterMatch -= 1
                if remainingAfterMatch < 0 { break }
            }
            let window =
                text.scalarBoundary(
                    atOrBefore: cluster.lowerBound - slack)..<text.scalarBoundary(
                    atOrBefore: cluster.upperBound + quoteBytes.count + slack + 3)
            let scalars = text.scalars(in: window)
            if requiredBigrams > 0 {
                budget -= scalars.values.count
                guard bigrams.shared(with: scalars.values) >= requiredBigrams else { continue }
            }
            let cost = quote.count * scalars.values.count
            guard cost <= budget else { break }
            budget -= cost
            guard let match = ApproximateMatch.best(of: quote, in: scalars.values, maxErrors: maxErrors) else {
                continue
            }
            let bytes = scalars.offsets[match.range.lowerBound]..<scalars.offsets[match.range.upperBound]
            if best.map({ match.distance < $0.distance }) ?? true { best = (bytes, match.distance) }
            if match.distance == 0 { break }
        }
        return best?.range
    }

    /// Ranges of implied start offsets where pieces of the quote occur, best first: most pieces
    /// agreeing, then nearest to `expected`.
    private func candidateClusters(
        _ quote: [UInt32], in range: Range<Int>, expected: Int, maxErrors: Int
    ) -> [Range<Int>] {
        // k edits shift a piece by at most k scalars of at most 4 bytes each.
        let slack = 4 * maxErrors + 4
        var starts: [(offset: Int, piece: Int)] = []
        for (index, piece) in pieces(of: quote, maxErrors: maxErrors).enumerated() {
            for occurrence in text.occurrences(of: piece.bytes, in: range, limit: occurrencesPerPiece) {
                starts.append((occurrence - piece.byteOffset, index))
            }
        }
        starts.sort { $0.offset < $1.offset }
        var clusters: [(range: Range<Int>, votes: Int)] = []
        var current: (low: Int, high: Int, pieces: Set<Int>)?
        for start in starts {
            if let open = current, start.offset - open.high <= slack {
                current = (open.low, start.offset, open.pieces.union([start.piece]))
                continue
            }
            if let open = current { clusters.append((open.low..<open.high + 1, open.pieces.count)) }
            current = (start.offset, start.offset, [start.piece])
        }
        if let open = current { clusters.append((open.low..<open.high + 1, open.pieces.count)) }
        return clusters.sorted { left, right in
            if left.votes != right.votes { return left.votes > right.votes }
            return abs(left.range.lowerBound - expected) < abs(right.range.lowerBound - expected)
        }.map(\.range)
    }

    /// Consecutive pieces of the quote with their byte offsets inside it. Each piece is at least
    /// `GramIndex.length` bytes long (a too-short tail joins the piece before it), so every piece
    /// is found through the index rather than by scanning the text.
    private func pieces(of quote: [UInt32], maxErrors: Int) -> [(bytes: [UInt8], byteOffset: Int)] {
        // k + 1 pieces guarantee a hit for k edits; pieces of about four characters are selective
        // enough in Chinese text to keep the candidates few.
        let wanted = Swift.max(maxErrors + 1, quote.count / 4)
        let count = Swift.max(1, Swift.min(maximumPieces, Swift.min(wanted, quote.count)))
        let length = Swift.max(1, quote.count / count)
        var result: [(bytes: [UInt8], byteOffset: Int)] = []
        var current: [UInt8] = []
        var scalars = 0
        var byteOffset = 0
        for value in quote {
            if let scalar = Unicode.Scalar(value) { current.append(contentsOf: String(scalar).utf8) }
            scalars += 1
            if scalars >= length, current.count >= GramIndex.length, result.count < count - 1 {
                result.append((current, byteOffset))
                byteOffset += current.count
                current = []
                scalars = 0
            }
        }
        if !current.isEmpty {
            if current.count < GramIndex.length, let last = result.popLast() {
                result.append((last.bytes + current, last.byteOffset))
            } else {
                result.append((current, byteOffset))
            }
        }
        return result
    }
}

/// The set of adjacent scalar pairs of a quote.
private struct Bigrams {
    private let pairs: Set<UInt64>

    init(_ scalars: [UInt32]) {
        pairs = Set(zip(scalars, scalars.dropFirst()).map(Self.pair))
    }

    /// How many positions of `text` start a pair that the quote has (an upper bound on the
    /// bigrams a match inside `text` shares with the quote).
    func shared(with text: [UInt32]) -> Int {
        zip(text, text.dropFirst()).reduce(0) { count, pair in count + (pairs.contains(Self.pair(pair)) ? 1 : 0) }
    }

    private static func pair(_ pair: (UInt32, UInt32)) -> UInt64 {
        UInt64(pair.0) << 32 | UInt64(pair.1)
    }
}
