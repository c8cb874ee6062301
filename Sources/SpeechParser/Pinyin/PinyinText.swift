/// A text prepared for pinyin matching: one unit per scalar — a Han character's reading set, a
/// literal ASCII letter or digit (folded from full width and upper case), or a break — with
/// each scalar's UTF-8 offset.
struct PinyinText {
    /// A reading-set id (≥ 0), a literal byte (`-1 - byte`), or `PinyinText.breaker`.
    var units: [Int32] = []
    /// UTF-8 offset of each unit, plus the end offset; 32-bit, as texts are below 4 GiB (a
    /// search prepares one per character of the whole text).
    var offsets: [UInt32] = []

    static let breaker = Int32.min

    /// Units for `text`; offsets count from `base`.
    init(_ text: some StringProtocol, readings: PinyinReadings, base: Int = 0) {
        var offset = base
        units.reserveCapacity(text.utf8.count / 3 + 1)
        offsets.reserveCapacity(text.utf8.count / 3 + 2)
        for scalar in text.unicodeScalars {
            offsets.append(UInt32(clamping: offset))
            offset += UTF8.width(scalar)
            units.append(Self.unit(of: scalar, readings: readings))
        }
        offsets.append(UInt32(clamping: offset))
    }

    /// The unit of one scalar: its reading set's id, a folded ASCII letter or digit, or a break.
    static func unit(of scalar: Unicode.Scalar, readings: PinyinReadings) -> Int32 {
        if let id = readings.ids[scalar] { return Int32(id) }
        let folded = SearchFolding.fold(scalar)
        let isAlphanumeric = (0x61...0x7A).contains(folded) || (0x30...0x39).contains(folded)
        return isAlphanumeric ? -1 - Int32(folded) : breaker
    }

    /// Non-overlapping matches of `query`, leftmost first, each as short as it can be; unit ranges.
    func matches(of query: PinyinQuery, readings: PinyinReadings, limit: Int = .max) -> [Range<Int>] {
        var matcher = PinyinMatcher(query: query.bytes, readings: readings)
        var found: [Range<Int>] = []
        var start = 0
        while start < units.count, found.count < limit {
            if let end = matcher.matchEnd(in: units, from: start) {
                found.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    /// The UTF-8 range of a unit range.
    func byteRange(_ range: Range<Int>) -> Range<Int> {
        Int(offsets[range.lowerBound])..<Int(offsets[range.upperBound])
    }
}
