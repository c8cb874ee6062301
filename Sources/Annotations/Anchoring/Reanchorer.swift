import SpeechParser

/// Places anchors made on one version of a text in another version. Pure: the same anchors and
/// text always give the same answer, and nothing is read or written but the arguments.
///
/// For each anchor, in order:
/// 1. the text at the stored position still equals the quote → `exact`;
/// 2. the quote occurs unchanged elsewhere → `moved`, to the occurrence that best agrees with the
///    stored prefix and suffix, nearer the old position breaking ties (the neighbourhood first,
///    then the whole text);
/// 3. a passage within about a quarter of the quote's length in edits (quotes of 4 characters or
///    more only) → `fuzzy`;
/// 4. otherwise `orphaned`: the caller keeps the anchor and its quote.
public struct Reanchorer: Sendable {
    /// Quotes shorter than this (in Unicode scalars) are only matched exactly.
    public static let minimumFuzzyLength = 4
    /// Quotes longer than this (in Unicode scalars) are only matched exactly, to bound the work.
    public static let maximumFuzzyLength = 4_096
    /// Most exact occurrences of one quote that are compared.
    static let maximumOccurrences = 4_096
    /// Bytes searched on each side of the expected position before the whole text.
    static let neighbourhood = 16 * 1024
    /// Most approximate-matching steps spent on one batch (`resolveAll`), so that reopening a
    /// rewritten document with thousands of notes stays quick; past it, notes that would need a
    /// fuzzy match are orphaned (still kept, and placed again when the text next changes).
    public static let batchStepBudget = 400_000_000

    let text: ByteText

    /// A re-anchorer for `text` (the current version).
    public init(text: String) {
        self.text = ByteText(text)
    }

    /// A re-anchorer for the current version of a document.
    public init(document: Document) {
        self.init(text: document.text)
    }

    /// Where `anchor` lands in the text. `hint` is where it was last placed (UTF-8 offset), if it
    /// was re-anchored before; the search starts there.
    public func resolve(_ anchor: TextAnchor, hint: Int? = nil) -> AnchorResolution {
        var budget = FuzzyLocator.stepsPerQuote
        return resolve(anchor, hint: hint, shift: nil, budget: &budget)
    }

    /// Resolves many anchors at once. After an insertion or deletion most later anchors move by
    /// the same amount, so each anchor first tries the shift the previous one moved by.
    public func resolveAll(_ anchors: [(anchor: TextAnchor, hint: Int?)]) -> [AnchorResolution] {
        var shift: Int?
        var budget = Self.batchStepBudget
        return anchors.map { item in
            let result = resolve(item.anchor, hint: item.hint, shift: shift, budget: &budget)
            if result.state == .moved, let range = result.range {
                shift = range.lowerBound - clamped(item.anchor.position.start)
            }
            return result
        }
    }

    private func resolve(_ anchor: TextAnchor, hint: Int?, shift: Int?, budget: inout Int) -> AnchorResolution {
        let quote = QuoteBytes(anchor.quote)
        guard !quote.exact.isEmpty else { return .orphaned }
        if text.matches(quote.exact, at: anchor.position.start) {
            let start = anchor.position.start
            return AnchorResolution(state: .exact, range: start..<start + quote.exact.count)
        }
        // Stored offsets come from a file a user or another program can edit: past either end
        // of the text they only say "near that end" (and must not overflow the arithmetic).
        let start = clamped(anchor.position.start)
        let hint = hint.map(clamped)
        if let found = quickCandidate(quote, start: start, hint: hint, shift: shift)
            ?? exactOccurrence(quote, expected: hint ?? start)
        {
            return AnchorResolution(state: .moved, range: found..<found + quote.exact.count)
        }
        let scalars = anchor.quote.exact.unicodeScalars.map(\.value)
        guard scalars.count >= Self.minimumFuzzyLength, scalars.count <= Self.maximumFuzzyLength else {
            return .orphaned
        }
        let locator = FuzzyLocator(text: text)
        guard
            let range = locator.locate(
                scalars, quoteBytes: quote.exact, expected: hint ?? start,
                maxErrors: scalars.count / 4, budget: &budget)
        else { return .orphaned }
        return AnchorResolution(state: .fuzzy, range: range)
    }

    /// `offset` moved into the text (0…count).
    private func clamped(_ offset: Int) -> Int {
        Swift.min(Swift.max(offset, 0), text.count)
    }

    /// The last placement, or the previous anchor's shift, if the quote is there unchanged. A
    /// shifted guess must also agree with the context, so it cannot land on a repeated phrase.
    private func quickCandidate(_ quote: QuoteBytes, start: Int, hint: Int?, shift: Int?) -> Int? {
        if let hint, hint != start, text.matches(quote.exact, at: hint) { return hint }
        guard let shift, shift != 0 else { return nil }
        let guess = start + shift
        guard text.matches(quote.exact, at: guess) else { return nil }
        return isStrong(quote, at: guess) ? guess : nil
    }

    /// The best unchanged occurrence: in the neighbourhood if one there agrees well with the
    /// context, else anywhere. Short quotes must agree with the context wherever they are.
    private func exactOccurrence(_ quote: QuoteBytes, expected: Int) -> Int? {
        let near = (expected - Self.neighbourhood)..<(expected + quote.exact.count + Self.neighbourhood)
        if let found = best(
            quote, among: text.occurrences(of: quote.exact, in: near, limit: Self.maximumOccurrences),
            expected: expected),
            isStrong(quote, at: found)
        {
            return found
        }
        let all = text.occurrences(of: quote.exact, in: 0..<text.count, limit: Self.maximumOccurrences)
        guard let found = best(quote, among: all, expected: expected) else { return nil }
        return quote.isShort && !isStrong(quote, at: found) ? nil : found
    }

    /// The occurrence with the most context agreeing, less a small penalty for distance (at most
    /// 32 bytes' worth, so context dominates).
    private func best(_ quote: QuoteBytes, among starts: [Int], expected: Int) -> Int? {
        let scale = Double(Swift.max(text.count, 1))
        return starts.max { left, right in
            score(quote, at: left, expected: expected, scale: scale)
                < score(quote, at: right, expected: expected, scale: scale)
        }
    }

    private func score(_ quote: QuoteBytes, at start: Int, expected: Int, scale: Double) -> Double {
        let agreed = text.contextAgreement(
            around: start..<start + quote.exact.count,
            prefix: quote.prefix, suffix: quote.suffix)
        return Double(agreed) - 32 * Double(abs(start - expected)) / scale
    }

    /// Whether at least half of the stored context agrees at this occurrence.
    private func isStrong(_ quote: QuoteBytes, at start: Int) -> Bool {
        let agreed = text.contextAgreement(
            around: start..<start + quote.exact.count,
            prefix: quote.prefix, suffix: quote.suffix)
        return 2 * agreed >= quote.prefix.count + quote.suffix.count
    }
}

/// A quote selector as UTF-8 bytes.
private struct QuoteBytes {
    let exact: [UInt8]
    let prefix: [UInt8]
    let suffix: [UInt8]
    let isShort: Bool

    init(_ quote: TextQuoteSelector) {
        exact = Array(quote.exact.utf8)
        prefix = Array(quote.prefix.utf8)
        suffix = Array(quote.suffix.utf8)
        isShort = quote.exact.unicodeScalars.count < Reanchorer.minimumFuzzyLength
    }
}
