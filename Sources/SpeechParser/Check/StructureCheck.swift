/// The structural check of a speech or official document: numbering, heading levels, marker and
/// punctuation widths, duplicated words, unbalanced pairs, heading punctuation and elisions.
///
/// Pure: it reads the document and returns findings; the caller prints them and fixes text.
public enum StructureCheck {
    /// Every finding of the rules not in `disabled`, in text order.
    public static func run(_ document: Document, disabled: Set<CheckRule> = []) -> [Finding] {
        var text = document.text
        text.makeContiguousUTF8()
        let found =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                findings(document, UTF8Scanner(bytes: bytes), disabled: disabled)
            }
            ?? Array(text.utf8).withUnsafeBufferPointer { bytes in
                findings(document, UTF8Scanner(bytes: bytes), disabled: disabled)
            }
        return found.filter { !disabled.contains($0.rule) }.sorted(by: Finding.inTextOrder)
    }

    /// The document's text with the mechanically fixable findings of the enabled rules fixed.
    public static func fixedText(_ document: Document, disabled: Set<CheckRule> = []) -> String {
        FixApplier.apply(run(document, disabled: disabled), to: document.text)
    }

    private static func findings(_ document: Document, _ scanner: UTF8Scanner, disabled: Set<CheckRule>) -> [Finding] {
        let text = CheckText(document: document, scanner: scanner)
        let enabled = Set(CheckRule.allCases).subtracting(disabled)
        var result: [Finding] = []
        if !enabled.isDisjoint(with: [.numberingGap, .numberingDuplicate, .numberingOrder]) {
            result += HeadingNumbering.findings(in: text)
            result += RequirementNumbering.findings(in: text)
        }
        if enabled.contains(.levelSkip) { result += LevelRule.findings(in: text) }
        if enabled.contains(.markerWidth) { result += MarkerWidthRule.findings(in: text) }
        if enabled.contains(.duplicatedWord) { result += DuplicatedWordRule.findings(in: text) }
        if enabled.contains(.punctuationWidth) { result += PunctuationWidthRule.findings(in: text) }
        if enabled.contains(.unbalancedPair) { result += PairBalanceRule.findings(in: text) }
        if enabled.contains(.headingPunctuation) { result += HeadingPunctuationRule.findings(in: text) }
        if enabled.contains(.elision) { result += ElisionRule.findings(in: text) }
        return result
    }
}
