import SpeechParser

/// The structural check's findings for the text on screen, and what the reader draws from them:
/// each outline node's own count, the gutter marks, the finding under the cursor.
///
/// The shell runs `StructureCheck` after the first frame is drawn (a big document's first frame
/// never waits for it) and reports the result with `Action.checked`; until then `isComputed` is
/// false and nothing is marked. A reload clears it until the new text is checked.
public struct FindingState: Hashable, Sendable {
    /// The findings in text order.
    public private(set) var findings: [Finding] = []
    /// Whether the check has reported for the current text.
    public private(set) var isComputed = false
    /// Findings per node index: the deepest node holding the finding's start.
    private var ownCounts: [Int: Int] = [:]
    /// The longest finding range, so a lookup by row can stop scanning backwards.
    private var longest = 0

    /// Nothing checked yet.
    public init() {}

    /// Replaces the findings, counting them per node of `document`.
    init(findings: [Finding], in document: Document) {
        // The check reports its findings in text order already: kept as they come, they share the
        // check's storage. A sorted copy, and the sort's own buffer, were 14 MB beside the 9 MB of
        // findings of a 50 MB text, at the reader's peak of memory.
        let inOrder = zip(findings, findings.dropFirst()).allSatisfy { !Self.precedes($1, $0) }
        self.findings = inOrder ? findings : findings.sorted(by: Self.precedes)
        isComputed = true
        var counts: [Int: Int] = [:]
        for finding in self.findings {
            if let node = document.nodeIndex(containing: finding.range.lowerBound) {
                counts[node, default: 0] += 1
            }
            longest = max(longest, finding.range.count)
        }
        ownCounts = counts
    }

    /// Text order: by start, then by end (ties keep the order they came in).
    private static func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.range.lowerBound, lhs.range.upperBound) < (rhs.range.lowerBound, rhs.range.upperBound)
    }

    /// The count an outline row shows for `node`: its own findings, or, while it is folded, those
    /// of its whole subtree (as the note counts do, so the visible counts add up).
    func count(forNode node: Int, folded: Bool, in document: Document) -> Int {
        guard folded, document.nodes.indices.contains(node) else { return ownCounts[node] ?? 0 }
        let depth = document.nodes[node].depth
        var total = ownCounts[node] ?? 0
        var index = node + 1
        while index < document.nodes.count, document.nodes[index].depth > depth {
            total += ownCounts[index] ?? 0
            index += 1
        }
        return total
    }

    /// The findings that overlap `range` (an empty finding counts where it stands), in text order.
    func findings(overlapping range: Range<Int>) -> [Finding] {
        guard !findings.isEmpty else { return [] }
        // The first finding starting at or after the range's end; everything before it that
        // reaches into the range overlaps it.
        var low = 0
        var high = findings.count
        while low < high {
            let mid = (low + high) / 2
            if findings[mid].range.lowerBound < range.upperBound { low = mid + 1 } else { high = mid }
        }
        var result: [Finding] = []
        var index = low - 1
        while index >= 0, findings[index].range.lowerBound + longest >= range.lowerBound {
            let found = findings[index].range
            if found.upperBound > range.lowerBound || (found.isEmpty && found.lowerBound >= range.lowerBound) {
                result.append(findings[index])
            }
            index -= 1
        }
        return result.reversed()
    }

    /// Equal when the same findings were reported (the counts follow from them).
    public static func == (lhs: FindingState, rhs: FindingState) -> Bool {
        lhs.isComputed == rhs.isComputed && lhs.findings == rhs.findings
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(isComputed)
        hasher.combine(findings)
    }
}
