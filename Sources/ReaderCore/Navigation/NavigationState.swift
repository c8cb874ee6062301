/// The reader's finding-your-way state: the precomputed index, the search options, the prompt
/// history, the outline filter and the keys that wait for more (a count, a `'`).
public struct NavigationState: Hashable, Sendable {
    /// Readings, titles and sizes; nil until the shell has built them.
    public internal(set) var index: NavigationIndex?
    /// Whether an ASCII `/` query also matches by pinyin.
    public internal(set) var pinyinEnabled = true
    /// Whether the outline shows each entry's characters and speaking minutes.
    public internal(set) var showsStats = false
    /// Earlier `/` and `:` inputs.
    public internal(set) var history = PromptHistory()
    /// The outline filter, when one is on.
    public internal(set) var outlineFilter: OutlineFilter?
    /// Digits typed in normal mode, waiting for the key they count (`50%`).
    public internal(set) var count: Int?
    /// Whether a `'` waits for its second key (`''` goes back to the previous position).
    public internal(set) var pendingQuote = false

    /// Nothing built, pinyin on, sizes off, no history.
    public init() {}
}
