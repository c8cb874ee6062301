/// Half-open UTF-8 offset ranges in order, stored as 32-bit bounds: 8 bytes a range instead of
/// the 16 of `[Range<Int>]`.
///
/// A large document has hundreds of thousands of sentences and blocks; at 16 bytes each (and
/// twice that while an array grows) they were the largest thing held besides the text.
/// `SpeechDecoder` refuses texts of 4 GiB or more, so every offset of a decoded text fits.
public struct OffsetRanges: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// Lower and upper bounds, interleaved.
    private var bounds: [UInt32]

    /// No ranges.
    public init() { bounds = [] }

    /// The ranges of `sequence`, in its order.
    public init<S: Sequence>(_ sequence: S) where S.Element == Range<Int> {
        bounds = []
        bounds.reserveCapacity(sequence.underestimatedCount * 2)
        for range in sequence { append(range) }
    }

    public init(arrayLiteral elements: Range<Int>...) { self.init(elements) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { bounds.count / 2 }

    public subscript(position: Int) -> Range<Int> {
        Int(bounds[2 * position])..<Int(bounds[2 * position + 1])
    }

    /// Adds `range` at the end. Offsets past `UInt32.max` (never those of a decoded text) are
    /// clamped rather than trapping.
    public mutating func append(_ range: Range<Int>) {
        bounds.append(UInt32(clamping: range.lowerBound))
        bounds.append(UInt32(clamping: range.upperBound))
    }

    /// Room for `count` ranges without growing.
    public mutating func reserveCapacity(_ count: Int) {
        bounds.reserveCapacity(count * 2)
    }
}

extension OffsetRanges: CustomStringConvertible {
    public var description: String { Array(self).description }
}
