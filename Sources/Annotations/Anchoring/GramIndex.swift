/// Where each 6-byte sequence starting at a scalar boundary occurs in a text, so a search for a
/// needle of 6 bytes or more (two Chinese characters) visits only the places that start like it
/// instead of scanning the whole text for every note.
struct GramIndex: Sendable {
    /// Bytes per gram.
    static let length = 6

    private let positions: [UInt64: [Int32]]

    /// Indexes `bytes` (offsets are kept as 32-bit integers; texts are far below 2 GiB).
    init(_ bytes: [UInt8]) {
        var positions: [UInt64: [Int32]] = [:]
        var offset = 0
        let last = bytes.count - Self.length
        while offset <= last {
            if bytes[offset] & 0xC0 != 0x80 {
                positions[Self.key(bytes, at: offset), default: []].append(Int32(truncatingIfNeeded: offset))
            }
            offset += 1
        }
        self.positions = positions
    }

    /// Offsets, in order, where the first `length` bytes of `needle` occur; nil if the needle is
    /// too short to use the index.
    func candidates(for needle: [UInt8]) -> [Int32]? {
        guard needle.count >= Self.length else { return nil }
        return positions[Self.key(needle, at: 0)] ?? []
    }

    private static func key(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        var key: UInt64 = 0
        for index in 0..<length { key |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        return key
    }
}
