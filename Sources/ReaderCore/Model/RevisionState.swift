import SpeechParser

/// How the text on screen differs from the text the reader opened: the file changed on disk and
/// was reloaded (`Action.documentReloaded`). Empty until the first reload.
public struct RevisionState: Hashable, Sendable {
    /// How many times the text was reloaded; the findings of `Action.checked` must be for the
    /// latest one.
    public internal(set) var reloads = 0
    /// The entries that differ from the text as opened (the `D` list): edited and added ones in
    /// the order of the current outline, then the removed ones.
    public internal(set) var changes: [SectionChange] = []
    /// The signatures of the text as opened, taken at the first reload.
    private var original: [SectionDiff.Signature] = []
    /// The nodes of the text as opened (for the removed entries' paths and titles).
    private var originalNodes: [Node] = []
    /// The signatures of the current text, once reloaded (so the next reload reads it only once).
    private var current: [SectionDiff.Signature]?

    /// A text never reloaded.
    public init() {}

    /// Records that `old` was replaced by `new`; returns the entries that changed in this step.
    mutating func record(replacing old: Document, with new: Document) -> [SectionChange] {
        let previous = current ?? SectionDiff.signatures(of: old)
        if current == nil {
            original = previous
            // Detached: the nodes kept must not keep the whole text as opened alive.
            originalNodes = old.nodes.map { $0.detachedFromText() }
        }
        let next = SectionDiff.signatures(of: new)
        let step = SectionDiff.changes(from: previous, oldNodes: old.nodes, to: next)
        changes = SectionDiff.changes(from: original, oldNodes: originalNodes, to: next)
        current = next
        reloads += 1
        return step
    }

    /// Equal when the same reloads left the same changes.
    public static func == (lhs: RevisionState, rhs: RevisionState) -> Bool {
        lhs.reloads == rhs.reloads && lhs.changes == rhs.changes
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(reloads)
        hasher.combine(changes)
    }
}
