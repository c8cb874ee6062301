/// What an outline node is. Levels come from the marker's form (GB/T 9704-2012 §7.3.3),
/// not from the node's depth in the tree.
public enum NodeKind: Hashable, Sendable {
    /// The document's title: a first short stand-alone line, or the title the format carried.
    case title
    /// Text before the first heading.
    case preamble
    /// An unnumbered section heading (a work report's `2026年工作安排`): a short stand-alone line
    /// between paragraphs. It takes an ordinal like a level-1 heading and holds the numbered
    /// headings after it.
    case section
    /// `一、` (1), `（一）` (2), `1.` (3), `（1）` (4); an untitled level-1 heading stands for one lost
    /// in a gap. In a regulation `第X编`/`第X章`/`第X节` are headings ranked by the forms present.
    case heading(level: Int)
    /// A regulation's article, `第十条`; its `（一）`/`1.` items are requirements.
    case article
    /// An inline enumeration item: `一是`, `二要`, `第一，`, `首先，` …, or an article's item.
    case requirement
    /// An elision such as `---此处隐藏8274字,下载后查看---`.
    case gap
    /// The final address, e.g. a last paragraph opening with `同志们`.
    case closing

    /// The KIND column of `outline --tsv`: `TITLE`, `PREAMBLE`, `S`, `1`…`4`, `A`, `R`, `GAP`, `CLOSING`.
    public var code: String {
        switch self {
        case .title: return "TITLE"
        case .preamble: return "PREAMBLE"
        case .section: return "S"
        case .heading(let level): return String(level)
        case .article: return "A"
        case .requirement: return "R"
        case .gap: return "GAP"
        case .closing: return "CLOSING"
        }
    }

    /// True for the kinds that take an ordinal in paths (sections, headings, articles, requirements).
    public var isNumbered: Bool {
        switch self {
        case .section, .heading, .article, .requirement: return true
        case .title, .preamble, .gap, .closing: return false
        }
    }

    /// True for the kinds a reader sees as headings of the text: the title, sections, headings.
    public var isHeadingLike: Bool {
        switch self {
        case .title, .section, .heading: return true
        case .preamble, .article, .requirement, .gap, .closing: return false
        }
    }

    /// The heading level, or nil for other kinds.
    public var headingLevel: Int? {
        if case .heading(let level) = self { return level }
        return nil
    }
}
