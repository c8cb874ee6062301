/// A half-open range of UTF-8 offsets with 32-bit bounds: 8 bytes instead of the 16 of
/// `Range<Int>`, for what the parser keeps one of per node or per event.
///
/// `SpeechDecoder` refuses texts of 4 GiB or more, so every offset of a decoded text fits;
/// larger ones are clamped rather than trapping.
struct OffsetSpan: Hashable, Sendable {
    let lower: UInt32
    let upper: UInt32

    /// The span of `range`.
    init(_ range: Range<Int>) {
        lower = UInt32(clamping: range.lowerBound)
        upper = UInt32(clamping: range.upperBound)
    }

    var range: Range<Int> { Int(lower)..<Int(upper) }
    var lowerBound: Int { Int(lower) }
    var upperBound: Int { Int(upper) }
}
