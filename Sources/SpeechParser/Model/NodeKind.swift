/// What an outline node is. Levels come from the marker's form (GB/T 9704-2012 §7.3.3),
/// not from the node's depth in the tree.
public enum NodeKind: Hashable, Sendable {
    /// Text before the first heading.
    case preamble
    /// `一、` (1), `（一）` (2), `1.` (3), `（1）` (4); an untitled level-1 heading stands for one lost in a gap.
    case heading(level: Int)
    /// An inline enumeration item: `一是`, `二要`, `第一，`, `首先，` …
    case requirement
    /// An elision such as `---此处隐藏8274字,下载后查看---`.
    case gap
    /// The final address, e.g. a last paragraph opening with `同志们`.
    case closing

    /// The KIND column of `outline --tsv`: `1`…`4`, `R`, `GAP`, `PREAMBLE`, `CLOSING`.
    public var code: String {
        switch self {
        case .preamble: return "PREAMBLE"
        case .heading(let level): return String(level)
        case .requirement: return "R"
        case .gap: return "GAP"
        case .closing: return "CLOSING"
        }
    }

    /// True for the kinds that take an ordinal in paths (headings and requirements).
    public var isNumbered: Bool {
        switch self {
        case .heading, .requirement: return true
        case .preamble, .gap, .closing: return false
        }
    }

    /// The heading level, or nil for other kinds.
    public var headingLevel: Int? {
        if case .heading(let level) = self { return level }
        return nil
    }
}
