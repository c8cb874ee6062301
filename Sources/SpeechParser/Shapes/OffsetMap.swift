/// Maps offsets in the working text the parser reads back to the decoded text.
///
/// The working text differs from the decoded text only where `TextShape` edited it: a soft line
/// break removed, a run of spaces in a flattened paragraph replaced by a line break. Offsets
/// between edits shift by the bytes removed before them.
struct OffsetMap {
    /// One edit, in both coordinates.
    struct Edit {
        var working: Int
        var workingLength: Int
        var original: Int
        var originalLength: Int
        var workingEnd: Int { working + workingLength }
    }

    /// Sorted by position (edits never overlap).
    let edits: [Edit]

    /// The decoded-text offset of working offset `offset`. At a removed line break an offset
    /// that starts something maps after the break, one that ends something before it, so a
    /// range never takes in a break it did not span.
    func original(_ offset: Int, endsRange: Bool) -> Int {
        var low = 0
        var high = edits.count
        while low < high {
            let mid = (low + high) / 2
            let edit = edits[mid]
            let before =
                edit.workingEnd < offset || (edit.workingEnd == offset && !(endsRange && edit.workingLength == 0))
            if before { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return offset }
        let edit = edits[low - 1]
        return edit.original + edit.originalLength + (offset - edit.workingEnd)
    }

    /// A working range in decoded-text offsets (an empty range stays empty).
    func original(_ range: Range<Int>) -> Range<Int> {
        let lower = original(range.lowerBound, endsRange: false)
        guard !range.isEmpty else { return lower..<lower }
        return lower..<max(lower, original(range.upperBound, endsRange: true))
    }
}
