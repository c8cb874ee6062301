import SpeechParser

/// A filter typed over the outline (`/` while the outline has the focus): only the entries whose
/// label matches are shown, with their ancestors so each keeps its place in the tree (as treemd
/// does). Folds are ignored while a filter is on.
public struct OutlineFilter: Hashable, Sendable {
    /// The filter as typed.
    public var query: String
    /// The rows shown: matches and their ancestors, in document order.
    public var rows: [Int]
    /// The nodes that matched (the others in `rows` are ancestors).
    public var matches: Set<Int>

    /// The filter `query` over `document`: a node matches when its marker and title contain the
    /// query (width and case folded), or its title matches by pinyin through `finder`.
    init(query: String, document: Document, finder: TitleFinder?) {
        self.query = query
        var matched = Set<Int>()
        for (index, node) in document.nodes.enumerated() {
            let label = node.marker + node.title
            if !label.isEmpty, !TextSearch.matches(of: query, in: label, limit: 1).isEmpty {
                matched.insert(index)
            }
        }
        if let finder {
            for match in finder.matches(for: query, limit: .max) where match.kind <= .pinyin {
                matched.insert(match.node)
            }
        }
        var shown = Set<Int>()
        for node in matched {
            for ancestor in document.ancestry(of: node) { shown.insert(ancestor) }
        }
        rows = shown.sorted()
        matches = matched
    }
}
