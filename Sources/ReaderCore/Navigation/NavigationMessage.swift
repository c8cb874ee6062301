/// Status messages about finding one's way, as data (worded by `UIStrings.navigationText`).
public enum NavigationMessage: Hashable, Sendable {
    /// `:` found neither an address nor a title for the input.
    case nothingNamed(String)
    /// A `/re:` pattern that does not compile: the parser's reason, on one line.
    case badPattern(String)
    /// Pinyin matching in `/` was switched on or off.
    case pinyin(on: Bool)
    /// Sizes in the outline were switched on or off.
    case stats(on: Bool)
    /// Sizes are asked for before the index is built.
    case indexNotReady
    /// `%` without a count.
    case countNeeded
    /// The document has no requirements (in the scope asked for).
    case noRequirements
    /// `''` with no earlier position.
    case noPreviousPosition
    /// `J`/`K` found no further node of the same level.
    case noSibling
    /// The outline filter matched nothing.
    case filterEmpty(String)

    /// Whether it reports a failure.
    public var isError: Bool {
        switch self {
        case .pinyin, .stats: return false
        default: return true
        }
    }
}
