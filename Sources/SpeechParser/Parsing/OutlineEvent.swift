/// Something the scan found that becomes an outline node, in text order.
///
/// Kept in 40 bytes (32-bit offsets, and a marker's form without the rest of its candidate):
/// a 50 MB text has some 60,000 events, all alive while the tree is built beside its nodes.
enum OutlineEvent {
    /// An accepted marker: its form, where it is written, and its trimmed title.
    case marker(MarkerCandidate.Form, at: OffsetSpan, title: OffsetSpan)
    /// An unnumbered section heading: the trimmed line that is its title.
    case section(title: OffsetSpan)
    /// An elision line (trimmed content) and the offset where the following line starts.
    case gap(OffsetSpan, next: UInt32)
    /// The closing address from this offset to the end.
    case closing(start: UInt32)

    var start: Int {
        switch self {
        case .marker(_, let place, _): return place.lowerBound
        case .section(let title): return title.lowerBound
        case .gap(let range, _): return range.lowerBound
        case .closing(let start): return Int(start)
        }
    }
}
