extension String {
    /// The text at a range of UTF-8 offsets (scalar-aligned), or an empty string when the range
    /// is not inside this text.
    ///
    /// Read from the UTF-8 storage, never through `String`'s own subscript: that rounds its
    /// bounds to grapheme boundaries, which cost more than the copy itself for every title read.
    func utf8Slice(_ range: Range<Int>) -> String {
        let slice = utf8.withContiguousStorageIfAvailable { bytes -> String in
            guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        if let slice { return slice }
        // Not contiguous (never for the parser's text, which is made contiguous before parsing).
        let bytes = Array(utf8)
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return "" }
        return String(decoding: bytes[range], as: UTF8.self)
    }
}
