/// A marker the scanner recognised by its form, before sequence checks.
struct MarkerCandidate: Sendable {
    enum Form: Hashable, Sendable {
        /// A heading of level 1…4.
        case heading(level: Int)
        /// A requirement item of a given family and ordinal (Int.max for `最后`).
        case requirement(family: RequirementFamily, ordinal: Int)
    }

    var form: Form
    /// The marker's bytes, e.g. `一、` or `第一，`.
    var range: Range<Int>
    /// The line the marker is on (index into the parser's line table).
    var line: Int
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
