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
    private let states: [AnchorState: String]

    /// English.
    public static let english = Vocabulary(
        title: "Title", preamble: "Preamble", closing: "Closing", headingLost: "(heading lost in the gap)",
        gap: "Elided text",
        states: [.exact: "exact", .moved: "moved", .fuzzy: "fuzzy", .orphaned: "orphaned"])

    /// Simplified Chinese.
    public static let chinese = Vocabulary(
        title: "标题", preamble: "开篇", closing: "结语", headingLost: "（标题缺失）", gap: "省略部分",
        states: [.exact: "原位", .moved: "已移位", .fuzzy: "近似", .orphaned: "失锚"])

    /// The Chinese names when `chinese`, else the English ones.
    public static func of(chinese: Bool) -> Vocabulary { chinese ? .chinese : .english }

    /// How an anchor state is named.
    public func name(of state: AnchorState) -> String { states[state] ?? state.rawValue }
}
