/// A text as UTF-8 bytes, with the searches re-anchoring needs. Offsets are byte offsets.
///
/// Searching bytes instead of `String` keeps the work linear and allocation-free; a needle that
/// is valid UTF-8 can only match at a scalar boundary, so every match is a valid text range.
struct ByteText: Sendable {
    let bytes: [UInt8]
    private let index: GramIndex

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        index = GramIndex(bytes)
    }

    var count: Int { bytes.count }

    /// Whether `needle` occurs at `offset`.
    func matches(_ needle: [UInt8], at offset: Int) -> Bool {
        // `offset` may be any stored value: compare without computing `offset + needle.count`.
        guard offset >= 0, !needle.isEmpty, offset <= bytes.count - needle.count else { return false }
        for index in needle.indices where bytes[offset + index] != needle[index] { return false }
        return true
    }

    /// Start offsets of occurrences of `needle` lying wholly inside `range`, in order, at most `limit`.
    func occurrences(of needle: [UInt8], in range: Range<Int>, limit: Int) -> [Int] {
        guard !needle.isEmpty, limit > 0 else { return [] }
        let lower = Swift.max(0, range.lowerBound)
        let last = Swift.min(bytes.count, range.upperBound) - needle.count
        guard lower <= last else { return [] }
        if let candidates = index.candidates(for: needle) {
            return indexedOccurrences(of: needle, among: candidates, from: lower, through: last, limit: limit)
        }
        return scannedOccurrences(of: needle, from: lower, through: last, limit: limit)
    }

    /// A needle too short for the index: a plain scan (only very short quotes get here).
    private func scannedOccurrences(of needle: [UInt8], from lower: Int, through last: Int, limit: Int) -> [Int] {
        var found: [Int] = []
        var offset = lower
        while offset <= last {
            if bytes[offset] == needle[0], matches(needle, at: offset) {
                found.append(offset)
                if found.count == limit { break }
            }
            offset += 1
        }
        return found
    }

    private func indexedOccurrences(
        of needle: [UInt8], among candidates: [Int32], from lower: Int, through last: Int, limit: Int
    ) -> [Int] {
        // Candidates are sorted: find the first at or after `lower` by bisection.
        var low = 0
        var high = candidates.count
        while low < high {
            let middle = (low + high) / 2
            if Int(candidates[middle]) < lower { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        for candidate in candidates[low...] {
            let offset = Int(candidate)
            if offset > last { break }
            if matches(needle, at: offset) {
                found.append(offset)
                if found.count == limit { break }
            }
        }
        return found
    }

    /// How many bytes of context agree around `range`: the common tail of `prefix` with the
    /// bytes before, plus the common head of `suffix` with the bytes after.
    func contextAgreement(around range: Range<Int>, prefix: [UInt8], suffix: [UInt8]) -> Int {
        var agreed = 0
        var textIndex = range.lowerBound - 1
        var prefixIndex = prefix.count - 1
        while textIndex >= 0, prefixIndex >= 0, bytes[textIndex] == prefix[prefixIndex] {
            agreed += 1
            textIndex -= 1
            prefixIndex -= 1
        }
        textIndex = range.upperBound
        var suffixIndex = 0
        while textIndex < bytes.count, suffixIndex < suffix.count, bytes[textIndex] == suffix[suffixIndex] {
            agreed += 1
            textIndex += 1
            suffixIndex += 1
        }
        return agreed
    }

    /// `offset` clamped to the text and moved back to the start of its scalar.
    func scalarBoundary(atOrBefore offset: Int) -> Int {
        var clamped = Swift.max(0, Swift.min(offset, bytes.count))
        while clamped > 0, clamped < bytes.count, bytes[clamped] & 0xC0 == 0x80 { clamped -= 1 }
        return clamped
    }

    /// The scalars of `range` (scalar-aligned) with the byte offset where each starts, plus the
    /// end offset as a final entry of `offsets`.
    func scalars(in range: Range<Int>) -> (values: [UInt32], offsets: [Int]) {
        var values: [UInt32] = []
        var offsets: [Int] = []
        values.reserveCapacity(range.count / 2)
        offsets.reserveCapacity(range.count / 2 + 1)
        var offset = range.lowerBound
        while offset < range.upperBound {
            offsets.append(offset)
            let (value, length) = decode(at: offset)
            values.append(value)
            offset += length
        }
        offsets.append(Swift.min(offset, bytes.count))
        return (values, offsets)
    }

    /// The scalar value starting at `offset` and its length in bytes (invalid bytes count as one).
    private func decode(at offset: Int) -> (UInt32, Int) {
        let lead = bytes[offset]
        let length: Int
        switch lead {
        case 0..<0x80: return (UInt32(lead), 1)
        case 0xC0..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF8: length = 4
        default: return (UInt32(lead), 1)
        }
        guard offset + length <= bytes.count else { return (UInt32(lead), 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return (value, length)
    }
}
