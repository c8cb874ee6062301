/// Scalar-at-a-time reading of UTF-8 bytes by offset, without building Strings.
///
/// The parser works on offsets into the text's UTF-8 so one pass over a 50 MB document stays
/// linear; Strings are only made for the few pieces that become markers and titles.
struct UTF8Scanner {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    /// The scalar starting at `offset` and its length in bytes; nil at the end or on a
    /// continuation byte (offsets handed in are always scalar boundaries in valid UTF-8).
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard offset >= 0, offset < bytes.count else { return nil }
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xF0...0xF7:
            length = 4
            value = UInt32(lead & 0x07)
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        for index in 1..<length {
            value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The scalar that ends just before `offset`, and where it starts.
    func scalar(before offset: Int) -> (scalar: Unicode.Scalar, start: Int)? {
        var start = offset - 1
        while start >= 0, start > offset - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, let (scalar, length) = scalar(at: start), start + length == offset else { return nil }
        return (scalar, start)
    }

    /// The offset after any spaces, tabs and U+3000 starting at `offset`, not past `limit`.
    func skipSpaces(from offset: Int, limit: Int) -> Int {
        var position = offset
        while position < limit, let (scalar, length) = scalar(at: position), Punctuation.isSpace(scalar) {
            position += length
        }
        return position
    }

    /// The offset before trailing spaces of `range`.
    func trimTrailingSpaces(_ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound, let (scalar, start) = scalar(before: end), Punctuation.isSpace(scalar) {
            end = start
        }
        return range.lowerBound..<end
    }

    /// Whether the bytes at `offset` spell `literal`.
    func matches(_ literal: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + literal.count <= bytes.count else { return false }
        for (index, byte) in literal.enumerated() where bytes[offset + index] != byte { return false }
        return true
    }

    /// Whether `literal` occurs in `range`.
    func contains(_ literal: [UInt8], in range: Range<Int>) -> Bool {
        guard let first = literal.first, range.count >= literal.count else { return false }
        var offset = range.lowerBound
        while offset + literal.count <= range.upperBound {
            if bytes[offset] == first, matches(literal, at: offset) { return true }
            offset += 1
        }
        return false
    }

    /// The string for a byte range (callers pass scalar-aligned ranges).
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
