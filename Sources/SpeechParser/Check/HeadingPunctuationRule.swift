/// `heading-punctuation`: sibling headings of one level should agree on whether the title ends
/// with `。` (`（一）标题。正文…`) or stands bare at the end of its line (`一、标题`). The minority is
/// reported; on a tie, the headings that differ from the first. Titles ending in ！？； or cut
/// short by the next marker on the line (a preview list) take no side.
enum HeadingPunctuationRule {
    private struct Heading {
        var node: Node
        var endsWithPeriod: Bool
    }

    static func findings(in text: CheckText) -> [Finding] {
        let nodes = text.document.nodes
        var result: [Finding] = []
        var groups: [[Int]] = [text.document.roots]
        for node in nodes where !node.children.isEmpty { groups.append(node.children) }
        for siblings in groups {
            var byLevel: [Int: [Heading]] = [:]
            for index in siblings {
                let node = nodes[index]
                guard let level = node.kind.headingLevel, !node.isUntitled, !node.titleRange.isEmpty,
                    let endsWithPeriod = endsWithPeriod(node, in: text)
                else { continue }
                byLevel[level, default: []].append(Heading(node: node, endsWithPeriod: endsWithPeriod))
            }
            for level in byLevel.keys.sorted() {
                result += disagreeing(byLevel[level] ?? [])
            }
        }
        return result
    }

    private static func disagreeing(_ headings: [Heading]) -> [Finding] {
        let periods = headings.filter(\.endsWithPeriod).count
        let bare = headings.count - periods
        guard periods > 0, bare > 0, let first = headings.first else { return [] }
        let majority = periods == bare ? first.endsWithPeriod : periods > bare
        let others = majority ? periods : bare
        return headings.filter { $0.endsWithPeriod != majority }.map { heading in
            let node = heading.node
            let message = CheckMessage.headingPunctuation(
                marker: node.marker, endsWithPeriod: heading.endsWithPeriod, others: others,
                siblings: headings.count - 1)
            return Finding(
                rule: .headingPunctuation, range: node.markerRange.lowerBound..<node.titleRange.upperBound,
                message: message)
        }
    }

    /// True when `。` follows the title, false when the line ends there, nil otherwise: after
    /// ！？；, before the next marker, for a title that ends with a colon or comma (`具备：`,
    /// introducing what follows), and for a bare heading whose next line is a list (`——…` or a
    /// child's marker), which stands alone by convention even among run-in siblings.
    private static func endsWithPeriod(_ node: Node, in text: CheckText) -> Bool? {
        let scanner = text.scanner
        if let (last, _) = scanner.scalar(before: node.titleRange.upperBound),
            [":", "：", ",", "，", "、"].contains(last)
        {
            return nil
        }
        let after = scanner.skipSpaces(from: node.titleRange.upperBound, limit: scanner.count)
        guard let (scalar, length) = scanner.scalar(at: after) else { return false }
        switch scalar {
        case "。": return true
        case "\n", "\r": return opensList(node, at: after + length, in: text) ? nil : false
        default: return nil
        }
    }

    /// Whether the first non-blank line from `offset` is a dash item or the node's first child.
    private static func opensList(_ node: Node, at offset: Int, in text: CheckText) -> Bool {
        let scanner = text.scanner
        var position = offset
        while let (scalar, length) = scanner.scalar(at: position),
            scalar == "\n" || scalar == "\r" || Punctuation.isSpace(scalar)
        {
            position += length
        }
        guard let (first, firstLength) = scanner.scalar(at: position) else { return false }
        if first == "—", let (second, _) = scanner.scalar(at: position + firstLength), second == "—" { return true }
        return node.children.first.map { text.document.nodes[$0].markerRange.lowerBound == position } ?? false
    }
}
