import SpeechParser
import TestSupport
import Testing

@testable import Annotations

/// Inputs the `Reanchor` fuzz target (`Fuzz/`, `scripts/fuzz.sh`) found trapping the re-anchorer.
/// Stored positions and hints are read from the store, a file a user or another program can edit:
/// whatever they hold, resolving places the anchor inside the text or orphans it, never traps.
@Suite("Fuzzing regressions: re-anchoring")
struct ReanchorerFuzzRegressionTests {
    let sentence = "一是要坚持调查研究，掌握实际情况。"

    static let wild: [Int] = [Int.max, Int.max - 3, Int.min, Int.min + 1, -1, 1 << 62, -(1 << 62)]

    /// `ByteText.matches` computed `offset + needle.count`, which overflowed for a stored start
    /// near Int.max; the searches then computed `expected ± neighbourhood` and distances from
    /// the stored start and hint, which overflowed at either extreme.
    @Test("absurd stored positions and hints are resolved without trapping", arguments: wild)
    func absurdPositions(value: Int) throws {
        let made = TextAnchor(document: Fixture.document(), range: try Fixture.range(of: sentence, in: Fixture.speech))
        let stored = TextAnchor(
            position: TextPositionSelector(start: value, end: value), quote: made.quote, nodePath: made.nodePath)
        let edited = "开头新增的一句话。\n" + Fixture.speech
        let reanchorer = Reanchorer(text: edited)
        let expected = try Fixture.range(of: sentence, in: edited)
        for hint in [nil, value, 0, Int.max, Int.min] as [Int?] {
            let result = reanchorer.resolve(stored, hint: hint)
            #expect(
                result == AnchorResolution(state: .moved, range: expected),
                "start \(value), hint \(String(describing: hint))")
        }
        // In a batch, a shift learnt from an absurd position must not overflow the next guess.
        let batch = reanchorer.resolveAll([(stored, value), (made, nil), (stored, nil), (made, Int.min)])
        #expect(batch.allSatisfy { $0 == AnchorResolution(state: .moved, range: expected) }, "\(batch)")
        // A quote that is gone, with an absurd position: orphaned or fuzzy, inside the text.
        let gone = TextAnchor(position: stored.position, quote: TextQuoteSelector(exact: "完全不存在的一段引文内容"), nodePath: "")
        let orphan = reanchorer.resolve(gone, hint: value)
        #expect(orphan.range.map { $0.lowerBound >= 0 && $0.upperBound <= edited.utf8.count } ?? true)
    }

    /// The stored position, clamped for the searches, still decides `exact` as it was stored: a
    /// position before the text is never reported as exact at offset 0.
    @Test func aPositionBeforeTheTextIsNotExactAtItsStart() throws {
        let text = Fixture.speech
        let quote = String(text.prefix(6))
        let stored = TextAnchor(
            position: TextPositionSelector(start: -4, end: 14), quote: TextQuoteSelector(exact: quote), nodePath: "")
        let result = Reanchorer(text: text).resolve(stored)
        #expect(result.state == .moved)
        #expect(result.range == 0..<quote.utf8.count)
    }
}
