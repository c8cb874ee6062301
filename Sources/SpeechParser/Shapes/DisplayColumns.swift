/// Display columns of a line, as a monospaced wrap counts them: CJK, kana, Hangul syllables,
/// full-width forms and characters beyond the BMP take two, everything else one (ambiguous-width
/// quotes and dashes one, as the reader counts them). Read from UTF-8 lead bytes alone, so it is
/// a close approximation of UAX #11, enough to find the width a text was wrapped at.
enum DisplayColumns {
    /// The columns of `range`, counted up to `limit` (a longer line answers `limit`).
    static func width(of range: Range<Int>, in scanner: UTF8Scanner, limit: Int) -> Int {
        // Every scalar takes at least one column and at most four bytes: a line of more than
        // `limit` scalars is wider than `limit`, without reading it.
        if range.count > 4 * limit { return limit }
        return scanner.columns(in: range, limit: limit)
    }

    /// Whether a scalar is wide, as `width(of:in:limit:)` counts it: U+3000…U+DFFF, U+F000
    /// and above.
    static func isWide(_ value: UInt32) -> Bool {
        (0x3000...0xDFFF).contains(value) || value >= 0xF000
    }
}
