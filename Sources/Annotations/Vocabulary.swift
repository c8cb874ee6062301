/// The one set of names for the parts of a speech that have no title of their own, and for
/// anchor states, in English and Chinese. The reader (`ReaderCore.UIStrings`), the command line
/// and the exports all take their names from here, so they never disagree.
public struct Vocabulary: Hashable, Sendable {
    /// The document's title, named when the format gave one that is not in the text: `标题` / `Title`.
    public let title: String
    /// Text before the first heading: `开篇` / `Preamble`.
    public let preamble: String
    /// The final address: `结语` / `Closing`.
    public let closing: String
    /// A section whose heading was lost in an elision: `（标题缺失）` / `(heading lost in the gap)`.
    public let headingLost: String
    /// An elision: `省略部分` / `Elided text`.
    public let gap: String
    /// The anchor states' names in `AnchorState.allCases` order. An array, not a dictionary: the
    /// reader builds this at launch, and a dictionary keyed by an enum costs a scan of every
    /// protocol conformance in the binary (about 0.43 M instructions) the first time.
    private let states: [String]

    /// English.
    public static let english = Vocabulary(
        title: "Title", preamble: "Preamble", closing: "Closing", headingLost: "(heading lost in the gap)",
        gap: "Elided text",
        states: ["exact", "moved", "fuzzy", "orphaned"])

    /// Simplified Chinese.
    public static let chinese = Vocabulary(
        title: "标题", preamble: "开篇", closing: "结语", headingLost: "（标题缺失）", gap: "省略部分",
        states: ["原位", "已移位", "近似", "失锚"])

    /// The Chinese names when `chinese`, else the English ones.
    public static func of(chinese: Bool) -> Vocabulary { chinese ? .chinese : .english }

    /// How an anchor state is named.
    public func name(of state: AnchorState) -> String {
        guard let index = AnchorState.allCases.firstIndex(of: state), index < states.count else {
            return state.rawValue
        }
        return states[index]
    }
}
