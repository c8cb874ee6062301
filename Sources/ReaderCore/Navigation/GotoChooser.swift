/// The candidates a `:` input names when it is not one node: the titles that match it (go to
/// anything), or the nodes an ambiguous address fits. Shown above the prompt line, best first;
/// Up/Down move the selection, Enter goes to it, typing narrows the list.
public struct GotoChooser: Hashable, Sendable {
    /// Node indices, best first.
    public var candidates: [Int]
    /// Index into `candidates` of the selected one.
    public var selected: Int = 0
    /// Whether the candidates are an ambiguous address's (else title matches).
    public var isAmbiguousAddress: Bool = false

    /// The most candidates listed.
    static let limit = 50

    /// A chooser over `candidates` with the first selected.
    public init(candidates: [Int], isAmbiguousAddress: Bool = false) {
        self.candidates = candidates
        self.isAmbiguousAddress = isAmbiguousAddress
    }

    /// The selected node, if any.
    var selectedNode: Int? {
        candidates.indices.contains(selected) ? candidates[selected] : nil
    }
}
