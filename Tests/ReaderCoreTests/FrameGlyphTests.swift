import Testing

@testable import ReaderCore

/// `Frame.putGlyph` is a fast path of `put` for one measured glyph: whatever the glyph, the
/// position and the limit, the frame it leaves and the columns it returns are `put`'s.
@Suite("Frame glyphs")
struct FrameGlyphTests {
    /// Glyphs of every kind a text row can hand over: the fast path's (ASCII, CJK, fullwidth
    /// punctuation) and the ones it must pass on (controls, combining sequences, zero-width code
    /// points, emoji sequences, a tab's spaces, an escaped control's visible form).
    static let glyphs: [String] = [
        "a", " ", "中", "，", "Ａ", "—", "…", "\u{1B}", "\u{202E}", "e\u{301}", "\u{200B}", "\u{301}",
        "👍🏽", "👨‍👩‍👧", "   ", "^[", "U+202E", "ｶ", "🙂"
    ]

    @Test(arguments: glyphs)
    func putGlyphLeavesWhatPutLeaves(_ glyph: String) {
        let columns = DisplayWidth.of(glyph)
        for col in [-1, 0, 3, 4, 5] {
            for maxColumns in [0, 1, 2, 3, 10] {
                // Over text already there, so half-covered wide characters are handled alike.
                var expected = Frame(width: 6, height: 2)
                expected.put("字字字", row: 1, col: 0)
                var actual = expected
                let put = expected.put(glyph, row: 1, col: col, style: Style(.heading1), maxColumns: maxColumns)
                let putGlyph = actual.putGlyph(
                    glyph, columns: columns, row: 1, col: col, style: Style(.heading1), maxColumns: maxColumns)
                #expect(putGlyph == put, "\(glyph) at \(col), limit \(maxColumns)")
                #expect(actual == expected, "\(glyph) at \(col), limit \(maxColumns)")
            }
        }
    }

    @Test func aMeasureThatDisagreesWithTheTextIsNotTrusted() {
        var expected = Frame(width: 4, height: 1)
        var actual = expected
        #expect(actual.putGlyph("中", columns: 1, row: 0, col: 0, maxColumns: 4) == expected.put("中", row: 0, col: 0))
        #expect(actual == expected)
        #expect(actual.lines() == ["中"])
    }

    @Test func rowsOutsideTheFrameAreLeftAlone() {
        var frame = Frame(width: 4, height: 1)
        #expect(frame.putGlyph("中", columns: 2, row: 1, col: 0, maxColumns: 4) == 0)
        #expect(frame.putGlyph("中", columns: 2, row: -1, col: 0, maxColumns: 4) == 0)
        #expect(frame == Frame(width: 4, height: 1))
    }
}
