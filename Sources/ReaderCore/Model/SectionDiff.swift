import SpeechParser

/// Which outline entries of one version of a text differ from another's. An entry is compared by
/// its own text (marker, title and body up to its first child), so an edit inside `1.2.3` marks
/// `1.2.3` and not its ancestors, and renumbering after an insertion marks the renumbered
/// markers only where their text changed.
///
/// Entries are matched by content first (in order, so repeated identical entries pair up one to
/// one); what is left is paired by path (edited), and the rest is added or removed.
enum SectionDiff {
    /// An entry's identity for the comparison: its kind, a hash of its own text, its path.
    struct Signature: Hashable, Sendable {
        var kind: NodeKind
        var content: Int
        var length: Int
        var path: String

        /// What must agree for two entries to be the same.
        var key: Key { Key(kind: kind, content: content, length: length) }

        struct Key: Hashable {
            var kind: NodeKind
            var content: Int
            var length: Int
        }
    }

    /// The signature of every node of `document`, in node order (one pass over the text).
    static func signatures(of document: Document) -> [Signature] {
        var text = document.text
        let nodes = document.nodes
        return text.withUTF8 { bytes in
            nodes.map { node in
                let end = node.children.first.map { nodes[$0].range.lowerBound } ?? node.range.upperBound
                let lower = min(max(node.range.lowerBound, 0), bytes.count)
                let upper = min(max(end, lower), bytes.count)
                var hasher = Hasher()
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[lower..<upper])))
                return Signature(kind: node.kind, content: hasher.finalize(), length: upper - lower, path: node.path)
            }
        }
    }

    /// The entries of `new` that differ from `old` (edited or added, in node order), then the
    /// entries of `old` that are gone (in their old order). `oldNodes` are `old`'s nodes.
    static func changes(from old: [Signature], oldNodes: [Node], to new: [Signature]) -> [SectionChange] {
        var unmatchedOld: [Signature.Key: [Int]] = [:]
        for (index, signature) in old.enumerated() {
            unmatchedOld[signature.key, default: []].append(index)
        }
        var used = Set<Int>()
        var unmatchedNew: [Int] = []
        for (index, signature) in new.enumerated() {
            if var candidates = unmatchedOld[signature.key], !candidates.isEmpty {
                used.insert(candidates.removeFirst())
                unmatchedOld[signature.key] = candidates
            } else {
                unmatchedNew.append(index)
            }
        }
        var leftByPath: [String: Int] = [:]
        for index in old.indices where !used.contains(index) && !old[index].path.isEmpty {
            leftByPath[old[index].path] = leftByPath[old[index].path] ?? index
        }
        var changes: [SectionChange] = []
        for index in unmatchedNew {
            if let previous = leftByPath.removeValue(forKey: new[index].path), oldNodes.indices.contains(previous) {
                used.insert(previous)
                changes.append(
                    SectionChange(kind: .edited, node: index, original: oldNodes[previous].detachedFromText()))
            } else {
                changes.append(SectionChange(kind: .added, node: index, original: nil))
            }
        }
        for index in old.indices where !used.contains(index) && oldNodes.indices.contains(index) {
            changes.append(SectionChange(kind: .removed, node: nil, original: oldNodes[index].detachedFromText()))
        }
        return changes
    }
}
