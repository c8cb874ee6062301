/// Finding the next place where one of a few scalars starts, sixteen bytes at a time.
///
/// The parser's passes look for rare scalars (line breaks, sentence ends, the punctuation after
/// which a marker may start) in long runs of text. Each search compares sixteen bytes at once
/// against the UTF-8 of the scalars sought (including their continuation bytes, so that `，`,
/// which shares its lead byte with `！`, does not stop it) and checks the exact bytes only in
/// a block where something matched. Every scalar sought starts with an ASCII or a lead byte, so
/// a match is always a scalar boundary.
extension UTF8Scanner {
    private typealias Block = SIMD16<UInt8>

    /// The first offset in `from..<limit` where CR or LF is, else `limit`.
    func nextLineBreak(from: Int, limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return limit }
        let lf = Block(repeating: 0x0A)
        let cr = Block(repeating: 0x0D)
        var offset = from
        while offset + 16 <= limit {
            let block = Self.load(base + offset)
            if Self.any(Self.equal(block, lf) | Self.equal(block, cr)) { break }
            offset += 16
        }
        while offset < limit, base[offset] != 0x0A, base[offset] != 0x0D { offset += 1 }
        return offset
    }

    /// The first offset in `from..<limit` where a scalar that `Punctuation.opensMarkerPosition`
    /// accepts starts (。！？；： and !?;:), else `limit`.
    func nextMarkerOpener(from: Int, limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return limit }
        let count = bytes.count
        let exclamation = Block(repeating: 0x21)
        let colon = Block(repeating: 0x3A)
        let semicolon = Block(repeating: 0x3B)
        let question = Block(repeating: 0x3F)
        let e3 = Block(repeating: 0xE3)
        let x80 = Block(repeating: 0x80)
        let x82 = Block(repeating: 0x82)
        let ef = Block(repeating: 0xEF)
        let bc = Block(repeating: 0xBC)
        let x81 = Block(repeating: 0x81)
        let x9f = Block(repeating: 0x9F)
        let x9b = Block(repeating: 0x9B)
        let x9a = Block(repeating: 0x9A)
        var offset = from
        while offset + 16 <= limit, offset + 18 <= count {
            let first = Self.load(base + offset)
            let second = Self.load(base + offset + 1)
            let third = Self.load(base + offset + 2)
            let ascii =
                Self.equal(first, exclamation) | Self.equal(first, colon) | Self.equal(first, semicolon)
                | Self.equal(first, question)
            let fullStop = Self.equal(first, e3) & Self.equal(second, x80) & Self.equal(third, x82)
            let fullWidth =
                Self.equal(first, ef) & Self.equal(second, bc)
                & (Self.equal(third, x81) | Self.equal(third, x9f) | Self.equal(third, x9b) | Self.equal(third, x9a))
            if Self.any(ascii | fullStop | fullWidth) { break }
            offset += 16
        }
        while offset < limit, !opensMarker(at: offset) { offset += 1 }
        return offset
    }

    /// The first offset in `from..<limit` where 。！？； !?; or … starts (the scalars after which
    /// `SentenceSplitter` may end a sentence), else `limit`.
    func nextSentenceEndCandidate(from: Int, limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return limit }
        let count = bytes.count
        let exclamation = Block(repeating: 0x21)
        let semicolon = Block(repeating: 0x3B)
        let question = Block(repeating: 0x3F)
        let e3 = Block(repeating: 0xE3)
        let x80 = Block(repeating: 0x80)
        let x82 = Block(repeating: 0x82)
        let ef = Block(repeating: 0xEF)
        let bc = Block(repeating: 0xBC)
        let x81 = Block(repeating: 0x81)
        let x9f = Block(repeating: 0x9F)
        let x9b = Block(repeating: 0x9B)
        let e2 = Block(repeating: 0xE2)
        let xa6 = Block(repeating: 0xA6)
        var offset = from
        while offset + 16 <= limit, offset + 18 <= count {
            let first = Self.load(base + offset)
            let second = Self.load(base + offset + 1)
            let third = Self.load(base + offset + 2)
            let ascii = Self.equal(first, exclamation) | Self.equal(first, semicolon) | Self.equal(first, question)
            let fullStop = Self.equal(first, e3) & Self.equal(second, x80) & Self.equal(third, x82)
            let ellipsis = Self.equal(first, e2) & Self.equal(second, x80) & Self.equal(third, xa6)
            let fullWidth =
                Self.equal(first, ef) & Self.equal(second, bc)
                & (Self.equal(third, x81) | Self.equal(third, x9f) | Self.equal(third, x9b))
            if Self.any(ascii | fullStop | ellipsis | fullWidth) { break }
            offset += 16
        }
        while offset < limit, !endsSentenceCandidate(at: offset) { offset += 1 }
        return offset
    }

    /// The first offset in `from..<limit` where 隐, 省 or 下 starts (the first characters of
    /// 隐藏, 省略 and 下载后查看, which every elision notice contains), else `limit`.
    func nextElisionKeyword(from: Int, limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return limit }
        let count = bytes.count
        let e9 = Block(repeating: 0xE9)
        let x9a = Block(repeating: 0x9A)
        let x90 = Block(repeating: 0x90)
        let e7 = Block(repeating: 0xE7)
        let x9c = Block(repeating: 0x9C)
        let x81 = Block(repeating: 0x81)
        let e4 = Block(repeating: 0xE4)
        let xb8 = Block(repeating: 0xB8)
        let x8b = Block(repeating: 0x8B)
        var offset = from
        while offset + 16 <= limit, offset + 18 <= count {
            let first = Self.load(base + offset)
            let second = Self.load(base + offset + 1)
            let third = Self.load(base + offset + 2)
            let hidden = Self.equal(first, e9) & Self.equal(second, x9a) & Self.equal(third, x90)
            let omitted = Self.equal(first, e7) & Self.equal(second, x9c) & Self.equal(third, x81)
            let below = Self.equal(first, e4) & Self.equal(second, xb8) & Self.equal(third, x8b)
            if Self.any(hidden | omitted | below) { break }
            offset += 16
        }
        while offset < limit, !startsElisionKeyword(at: offset) { offset += 1 }
        return offset
    }

    /// The first offset in `from..<limit` where a space, a tab or U+3000 (E3 80 80) starts, else
    /// `limit`.
    func nextSpace(from: Int, limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return limit }
        let count = bytes.count
        let space = Block(repeating: 0x20)
        let tab = Block(repeating: 0x09)
        let e3 = Block(repeating: 0xE3)
        let x80 = Block(repeating: 0x80)
        var offset = from
        while offset + 16 <= limit, offset + 18 <= count {
            let first = Self.load(base + offset)
            let ideographic =
                Self.equal(first, e3) & Self.equal(Self.load(base + offset + 1), x80)
                & Self.equal(Self.load(base + offset + 2), x80)
            if Self.any(Self.equal(first, space) | Self.equal(first, tab) | ideographic) { break }
            offset += 16
        }
        while offset < limit {
            let byte = base[offset]
            if byte == 0x20 || byte == 0x09 { break }
            if byte == 0xE3, offset + 2 < count, base[offset + 1] == 0x80, base[offset + 2] == 0x80 { break }
            offset += 1
        }
        return offset
    }

    /// Display columns of `range` as `DisplayColumns` counts them, from the UTF-8 lead bytes;
    /// stops counting at `limit`.
    func columns(in range: Range<Int>, limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var width = 0
        var offset = range.lowerBound
        while offset < range.upperBound {
            width += Self.columns(lead: base[offset])
            if width >= limit { return limit }
            offset += 1
        }
        return width
    }

    /// The columns a scalar with this lead byte takes (0 for a continuation byte).
    @inline(__always)
    static func columns(lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80, 0xC0..<0xE3, 0xEE: return 1
        case 0xE3...0xED, 0xEF...0xFF: return 2
        default: return 0
        }
    }

    @inline(__always)
    private func startsElisionKeyword(at offset: Int) -> Bool {
        guard offset + 2 < bytes.count else { return false }
        switch (bytes[offset], bytes[offset + 1], bytes[offset + 2]) {
        case (0xE9, 0x9A, 0x90), (0xE7, 0x9C, 0x81), (0xE4, 0xB8, 0x8B): return true
        default: return false
        }
    }

    /// The first offset in `from..<limit` where U+FFFD (EF BF BD) starts, else `limit`.
    func nextReplacementCharacter(from: Int, limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return limit }
        let count = bytes.count
        let ef = Block(repeating: 0xEF)
        let bf = Block(repeating: 0xBF)
        let bd = Block(repeating: 0xBD)
        var offset = from
        while offset + 16 <= limit, offset + 18 <= count {
            let first = Self.load(base + offset)
            let second = Self.load(base + offset + 1)
            let third = Self.load(base + offset + 2)
            if Self.any(Self.equal(first, ef) & Self.equal(second, bf) & Self.equal(third, bd)) { break }
            offset += 16
        }
        while offset < limit,
            !(offset + 2 < count && base[offset] == 0xEF && base[offset + 1] == 0xBF && base[offset + 2] == 0xBD)
        {
            offset += 1
        }
        return offset
    }

    /// Whether the bytes at `offset` spell 。！？；： or one of !?;:.
    @inline(__always)
    private func opensMarker(at offset: Int) -> Bool {
        switch bytes[offset] {
        case 0x21, 0x3A, 0x3B, 0x3F:
            return true
        case 0xE3:
            return offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x82
        case 0xEF:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0xBC else { return false }
            switch bytes[offset + 2] {
            case 0x81, 0x9F, 0x9B, 0x9A: return true
            default: return false
            }
        default:
            return false
        }
    }

    /// Whether the bytes at `offset` spell 。！？；… or one of !?;.
    @inline(__always)
    private func endsSentenceCandidate(at offset: Int) -> Bool {
        switch bytes[offset] {
        case 0x21, 0x3B, 0x3F:
            return true
        case 0xE3:
            return offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x82
        case 0xE2:
            return offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0xA6
        case 0xEF:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0xBC else { return false }
            switch bytes[offset + 2] {
            case 0x81, 0x9F, 0x9B: return true
            default: return false
            }
        default:
            return false
        }
    }

    @inline(__always)
    private static func load(_ pointer: UnsafePointer<UInt8>) -> Block {
        UnsafeRawPointer(pointer).loadUnaligned(as: Block.self)
    }

    /// 0xFF in the lanes where `block` equals `value`, 0 elsewhere. (Comparing through the mask
    /// type's bit pattern keeps the code vectorised; `any()` on the mask was not, here.)
    @inline(__always)
    private static func equal(_ block: Block, _ value: Block) -> Block {
        unsafeBitCast(block .== value, to: Block.self)
    }

    @inline(__always)
    private static func any(_ lanes: Block) -> Bool {
        let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }
}
