/// Something the scan found that becomes an outline node, in text order.
enum OutlineEvent {
    /// An accepted marker and its trimmed title range.
    case marker(MarkerCandidate, title: Range<Int>)
    /// An unnumbered section heading: the trimmed line that is its title.
    case section(title: Range<Int>)
    /// An elision line (trimmed content) and the offset where the following line starts.
    case gap(Range<Int>, next: Int)
    /// The closing address from this offset to the end.
    case closing(start: Int)

    var start: Int {
        switch self {
        case .marker(let candidate, _): return candidate.range.lowerBound
        case .section(let title): return title.lowerBound
        case .gap(let range, _): return range.lowerBound
        case .closing(let start): return start
        }
    }
}
