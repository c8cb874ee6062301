/// The `/` and `:` inputs accepted before, in this and earlier sessions (the store keeps them),
/// oldest first: Up / Ctrl-P in the prompt walks back through them.
public struct PromptHistory: Hashable, Sendable {
    /// Which prompt an entry was typed into.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// `/` searches.
        case search
        /// `:` go-to inputs.
        case goto
    }

    /// Entries kept per kind; the store keeps the same number.
    public static let limit = 100

    private var searches: [String]
    private var gotos: [String]

    /// A history holding `search` and `goto` entries, oldest first (deduplicated and capped).
    public init(search: [String] = [], goto: [String] = []) {
        searches = []
        gotos = []
        for entry in search { record(entry, kind: .search) }
        for entry in goto { record(entry, kind: .goto) }
    }

    /// The entries of `kind`, oldest first.
    public func entries(_ kind: Kind) -> [String] {
        kind == .search ? searches : gotos
    }

    /// Remembers `text` as the newest entry of `kind`, dropping an older copy and the oldest
    /// entries beyond `limit`.
    mutating func record(_ text: String, kind: Kind) {
        guard !text.isEmpty else { return }
        var list = entries(kind)
        list.removeAll { $0 == text }
        list.append(text)
        if list.count > Self.limit { list.removeFirst(list.count - Self.limit) }
        if kind == .search { searches = list } else { gotos = list }
    }
}

extension PromptState.Kind {
    /// The history a prompt of this kind walks, if any.
    var historyKind: PromptHistory.Kind? {
        switch self {
        case .search: return .search
        case .goto: return .goto
        default: return nil
        }
    }
}
