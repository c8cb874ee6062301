/// `unbalanced-pair`: quotes and brackets (“” ‘’ （） 《》 【】 「」 『』, half-width parentheses
/// counting as （）) must close within their paragraph (a line).
///
/// Not reported: a pair closed within the next few lines (a hard-wrapped paragraph, a site's
/// toolbar `【字号：` … `】`); a quotation that runs on into the next paragraph, which by
/// convention opens again with the same mark and closes only at its end; `’` between Latin
/// letters (an apostrophe); a closing bracket after a short number where a marker may start
/// (`1）`, `a)`), which is a list marker. Heading markers are left out: the parser only accepts
/// whole ones.
enum PairBalanceRule {
    /// How many lines an opening mark may wait for its closing one.
    private static let window = 8

    private static let closerOf: [Unicode.Scalar: Unicode.Scalar] = [
        "“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "【": "】", "「": "」", "『": "』"
    ]
    private static let openerOf: [Unicode.Scalar: Unicode.Scalar] = [
        "”": "“", "’": "‘", "）": "（", ")": "(", "》": "《", "】": "【", "」": "「", "』": "『"
    ]

    /// An opening mark still waiting, and the line it is on.
    private struct Pending {
        var mark: ScalarAt
        var line: Int
    }

    static func findings(in text: CheckText) -> [Finding] {
        var result: [Finding] = []
        var pending: [Pending] = []
        for (lineIndex, line) in text.lines.enumerated() where !text.isGapLine(line) {
            while let first = pending.first, lineIndex - first.line > window {
                result.append(unclosed(first.mark))
                pending.removeFirst()
            }
            let scalars = text.scalars(of: line)
            var open: [ScalarAt] = []
            for (index, item) in scalars.enumerated() where !text.isInHeadingMarker(item.offset) {
                if closerOf[item.scalar] != nil {
                    open.append(item)
                } else if openerOf[item.scalar] != nil {
                    if let match = open.lastIndex(where: { closes(item.scalar, $0.scalar) }) {
                        result += open[(match + 1)...].map(unclosed)
                        open.removeSubrange(match...)
                    } else if let match = pending.lastIndex(where: { closes(item.scalar, $0.mark.scalar) }) {
                        pending.remove(at: match)
                    } else if !isApostrophe(index, scalars) && !isListMarker(index, scalars) {
                        result.append(unopened(item))
                    }
                }
            }
            let continued = nextParagraphStart(after: lineIndex, in: text)
            for mark in open where !(isQuotation(mark.scalar) && mark.scalar == continued) {
                pending.append(Pending(mark: mark, line: lineIndex))
            }
        }
        return result + pending.map { unclosed($0.mark) }
    }

    private static func unclosed(_ item: ScalarAt) -> Finding {
        let closer = closerOf[item.scalar].map { String($0) } ?? ""
        return Finding(
            rule: .unbalancedPair, range: item.range,
            message: .unclosedPair(opener: String(item.scalar), closer: closer))
    }

    private static func unopened(_ item: ScalarAt) -> Finding {
        let opener = openerOf[item.scalar].map { String($0) } ?? ""
        return Finding(
            rule: .unbalancedPair, range: item.range,
            message: .unopenedPair(closer: String(item.scalar), opener: opener))
    }

    /// Whether `closer` closes `opener`; half- and full-width parentheses match alike.
    private static func closes(_ closer: Unicode.Scalar, _ opener: Unicode.Scalar) -> Bool {
        guard let wanted = closerOf[opener] else { return false }
        return fold(wanted) == fold(closer)
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar { scalar == ")" ? "）" : scalar }

    private static func isQuotation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "“" || scalar == "‘" || scalar == "「" || scalar == "『"
    }

    /// The first character of the next non-blank line.
    private static func nextParagraphStart(after index: Int, in text: CheckText) -> Unicode.Scalar? {
        for line in text.lines[(index + 1)...] {
            let start = text.scanner.skipSpaces(from: line.content.lowerBound, limit: line.content.upperBound)
            if start < line.content.upperBound { return text.scanner.scalar(at: start)?.scalar }
        }
        return nil
    }

    private static func isApostrophe(_ index: Int, _ scalars: [ScalarAt]) -> Bool {
        guard scalars[index].scalar == "’", index > 0, index + 1 < scalars.count else { return false }
        return CheckCharacters.isASCIILetter(scalars[index - 1].scalar)
            && CheckCharacters.isASCIILetter(scalars[index + 1].scalar)
    }

    /// `1）`, `a)`, `十）` where a marker may start: at the line start or after 。；：，.
    private static func isListMarker(_ index: Int, _ scalars: [ScalarAt]) -> Bool {
        var start = index
        while start > 0, index - start < 3 {
            let scalar = scalars[start - 1].scalar
            let isNumber =
                Punctuation.digitValue(scalar) != nil || ChineseNumeral.digit(scalar) != nil
                || CheckCharacters.isASCIILetter(scalar)
            guard isNumber else { break }
            start -= 1
        }
        guard start < index else { return false }
        var before = start - 1
        while before >= 0, Punctuation.isSpace(scalars[before].scalar) { before -= 1 }
        return before < 0 || Punctuation.opensMarkerPosition(scalars[before].scalar) || scalars[before].scalar == "，"
    }
}
