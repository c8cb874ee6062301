import Annotations
import SpeechParser

/// `:` by the names the reader shows for nodes without a title of their own: the preamble,
/// the closing, the title, an elision and a section whose heading was lost in a gap — in
/// either language, whatever the interface language is, so a name read off the screen (or
/// the exports) always leads back there.
extension ReaderReducer {
    /// The nodes `input` names by such a label, in document order (empty when none).
    static func nodesNamed(_ input: String, in state: ReaderState) -> [Int] {
        let key = nameKey(input)
        guard !key.isEmpty else { return [] }
        let document = state.document
        return document.nodes.indices.filter { index in
            names(of: document.nodes[index]).contains { nameKey($0) == key }
        }
    }

    /// Every label a node is shown by in either language, for the kinds that have no title.
    private static func names(of node: Node) -> [String] {
        let strings = [UIStrings.english, UIStrings.chinese]
        let vocabularies = [Vocabulary.english, Vocabulary.chinese]
        switch node.kind {
        case .title:
            return vocabularies.map(\.title)
        case .preamble:
            return vocabularies.map(\.preamble)
        case .closing:
            return vocabularies.map(\.closing)
        case .gap:
            return vocabularies.map(\.gap) + strings.map { OutlineTree.label(of: node, strings: $0) }
        case .section, .heading, .article, .requirement:
            return node.isUntitled ? vocabularies.map(\.headingLost) : []
        }
    }

    /// A name as compared: spaces and brackets dropped (`（标题缺失）` = `标题缺失` =
    /// `(标题缺失)`), Latin case folded.
    static func nameKey(_ text: String) -> String {
        let dropped: Set<Character> = ["(", ")", "（", "）", " ", "\u{3000}", "\t"]
        return String(text.lowercased().filter { !dropped.contains($0) })
    }

    /// A name's resolution: one node, or several settled in favour of the one inside the
    /// current section (else its parent's, and so on up), or the candidates.
    static func resolveName(_ input: String, in state: ReaderState) -> AddressResolution? {
        let nodes = nodesNamed(input, in: state)
        guard let first = nodes.first else { return nil }
        guard nodes.count > 1 else { return .node(first) }
        if let current = state.currentNode {
            for ancestor in state.document.ancestry(of: current).reversed() {
                let inside = nodes.filter { state.document.ancestry(of: $0).contains(ancestor) }
                if inside.count == 1 { return .node(inside[0]) }
            }
        }
        return .ambiguous(nodes)
    }
}
