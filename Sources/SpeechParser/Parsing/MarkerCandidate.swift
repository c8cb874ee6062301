/// A marker the scanner recognised by its form, before sequence checks.
struct MarkerCandidate: Sendable {
    enum Form: Hashable, Sendable {
        /// A heading of level 1…4 and its number as written (`（三）` → 3; 0 when it has none).
        case heading(level: Int, ordinal: Int)
        /// A requirement item of a given family and ordinal (Int.max for `最后`).
        case requirement(family: RequirementFamily, ordinal: Int)
        /// A regulation's division: `第X编` (rank 0), `第X章` (1), `第X节` (2). Its heading level
        /// is its rank among the division forms the document uses.
        case division(rank: Int, ordinal: Int)
        /// A regulation's article, `第十条`.
        case article(ordinal: Int)
    }

    var form: Form
    /// The marker's bytes, e.g. `一、` or `第一，`.
    var range: Range<Int>
    /// The line the marker is on (index into the parser's line table).
    var line: Int
    /// Found after a space in the middle of a line (or at the start of a line that was cut out of a
    /// flattened paragraph): it counts only when it continues a numbering sequence.
    var isWeak = false

    /// The number the marker carries, for continuity checks across a gap.
    var ordinal: Int { form.ordinal }

    /// Where the form stands in the outline, for nesting and for sequence checks: divisions
    /// (-3…-1) above headings (1…4), articles (5) below them, requirement items (6) at the bottom.
    var rank: Int {
        switch form {
        case .division(let rank, _): return rank - 3
        case .heading(let level, _): return level
        case .article: return 5
        case .requirement: return 6
        }
    }
}

extension MarkerCandidate.Form {
    /// The number the marker carries.
    var ordinal: Int {
        switch self {
        case .heading(_, let ordinal), .requirement(_, let ordinal), .division(_, let ordinal),
            .article(let ordinal):
            return ordinal
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
