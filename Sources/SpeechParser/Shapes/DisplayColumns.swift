/// Display columns of a line, as a monospaced wrap counts them: East Asian wide and full-width
/// characters take two, everything else one (ambiguous-width quotes and dashes one, as the
/// reader counts them).
enum DisplayColumns {
    /// The columns of `range`, counted up to `limit` (a longer line answers `limit`).
    static func width(of range: Range<Int>, in scanner: UTF8Scanner, limit: Int) -> Int {
        // Every scalar takes at least one column and at most four bytes: a line of more than
        // `limit` scalars is wider than `limit`, without reading it.
        if range.count > 4 * limit { return limit }
        var width = 0
        var offset = range.lowerBound
        while offset < range.upperBound, let (scalar, length) = scanner.scalar(at: offset) {
            width += isWide(scalar.value) ? 2 : 1
            if width >= limit { return limit }
            offset += length
        }
        return width
    }

    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
