/// The structural check of a speech or official document: numbering, heading levels, marker and
/// punctuation widths, duplicated words, unbalanced pairs, heading punctuation and elisions.
///
/// Pure: it reads the document and returns findings; the caller prints them and fixes text.
public enum StructureCheck {
    /// Every finding of the rules not in `disabled`, in text order.
    public static func run(_ document: Document, disabled: Set<CheckRule> = []) -> [Finding] {
        var text = document.text
        text.makeContiguousUTF8()
        var found =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                findings(document, UTF8Scanner(bytes: bytes), disabled: disabled)
            }
            ?? Array(text.utf8).withUnsafeBufferPointer { bytes in
                findings(document, UTF8Scanner(bytes: bytes), disabled: disabled)
            }
        // In place: a large text has hundreds of thousands of findings, and a filtered and a
        // sorted copy beside the original tripled them at the check's peak of memory.
        found.removeAll { disabled.contains($0.rule) }
        found.sort(by: Finding.inTextOrder)
        return found
    }

    /// The document's text with the mechanically fixable findings of the enabled rules fixed.
    public static func fixedText(_ document: Document, disabled: Set<CheckRule> = []) -> String {
        FixApplier.apply(run(document, disabled: disabled), to: document.text)
    }

    private static func findings(_ document: Document, _ scanner: UTF8Scanner, disabled: Set<CheckRule>) -> [Finding] {
        let text = CheckText(document: document, scanner: scanner)
        let enabled = Set(CheckRule.allCases).subtracting(disabled)
        var parts: [[Finding]] = []
        if !enabled.isDisjoint(with: [.numberingGap, .numberingDuplicate, .numberingOrder]) {
            parts.append(HeadingNumbering.findings(in: text))
            parts.append(RequirementNumbering.findings(in: text))
        }
        if enabled.contains(.levelSkip) { parts.append(LevelRule.findings(in: text)) }
        if enabled.contains(.markerWidth) { parts.append(MarkerWidthRule.findings(in: text)) }
        if enabled.contains(.duplicatedWord) { parts.append(DuplicatedWordRule.findings(in: text)) }
        if enabled.contains(.punctuationWidth) { parts.append(PunctuationWidthRule.findings(in: text)) }
        if enabled.contains(.unbalancedPair) { parts.append(PairBalanceRule.findings(in: text)) }
        if enabled.contains(.headingPunctuation) { parts.append(HeadingPunctuationRule.findings(in: text)) }
        if enabled.contains(.elision) { parts.append(ElisionRule.findings(in: text)) }
        // Joined into one array made at its size, each rule's part let go as it is copied.
        var result: [Finding] = []
        result.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for index in parts.indices {
            result += parts[index]
            parts[index] = []
        }
        return result
    }
}
