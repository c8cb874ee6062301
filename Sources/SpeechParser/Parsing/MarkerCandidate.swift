/// A marker the scanner recognised by its form, before sequence checks.
struct MarkerCandidate: Sendable {
    enum Form: Hashable, Sendable {
        /// A heading of level 1…4 and its number as written (`（三）` → 3; 0 when it has none).
        case heading(level: Int, ordinal: Int)
        /// A requirement item of a given family and ordinal (Int.max for `最后`).
        case requirement(family: RequirementFamily, ordinal: Int)
    }

    var form: Form
    /// The marker's bytes, e.g. `一、` or `第一，`.
    var range: Range<Int>
    /// The line the marker is on (index into the parser's line table).
    var line: Int

    /// The number the marker carries, for continuity checks across a gap.
    var ordinal: Int {
        switch form {
        case .heading(_, let ordinal), .requirement(_, let ordinal): return ordinal
        }
    }
}

/// Requirement items only count in sequences of the same family: `一是…二是…` or `首先，…其次，…`.
enum RequirementFamily: Hashable, Sendable {
    /// 一是, 二是 …
    case shi
    /// 一要, 二要 …
    case yao
    /// 第一， 第二， …
    case di
    /// 首先， 其次， 再次， 最后，
    case ordinalWords
}
