/// What a finding says, as data: the markers and text it quotes, worded later by
/// `CheckStrings` in the UI language. Quoted text is the document's own; whoever prints a
/// message must escape control characters in it.
public enum CheckMessage: Hashable, Sendable {
    /// `marker` skips numbers: `missing` (through `missingLast` when more than one) should come
    /// before it; `previous` is the sibling before it, nil when it is the first of its level.
    case numberingGap(marker: String, previous: String?, missing: String, missingLast: String?)
    /// `marker` repeats the number of the earlier sibling `previous`.
    case numberingDuplicate(marker: String, previous: String)
    /// `marker` comes after `previous`, which carries a higher number.
    case numberingOrder(marker: String, previous: String)
    /// `marker` starts again at one after `previous` with no new parent heading between them.
    case numberingRestart(marker: String, previous: String)
    /// A heading of `level` directly under `parent` of `parentLevel`, skipping the form `expected`.
    case levelSkip(marker: String, level: Int, parent: String, parentLevel: Int, expected: String)
    /// A heading of `level` with no parent heading, in a document whose top level is `topLevel`.
    case levelWithoutParent(marker: String, level: Int, topLevel: Int)
    /// A heading of `level` after a sibling `earlier` of the deeper `earlierLevel`.
    case levelOrder(marker: String, level: Int, earlier: String, earlierLevel: Int)
    /// A marker whose bracket or dot width differs from most markers of the document.
    case markerWidth(marker: String, fixed: String)
    /// `word` written twice back to back.
    case duplicatedWord(word: String)
    /// Half-width punctuation in Chinese text, and its full-width form.
    case halfWidthPunctuation(found: String, fullWidth: String)
    /// Full-width digits or Latin letters, and their half-width form.
    case fullWidthAlphanumeric(found: String, halfWidth: String)
    /// An opening quote or bracket not closed within its paragraph.
    case unclosedPair(opener: String, closer: String)
    /// A closing quote or bracket that closes nothing within its paragraph.
    case unopenedPair(closer: String, opener: String)
    /// A heading that does (`endsWithPeriod`) or does not end its title with `。`, unlike
    /// `others` of its `siblings` sibling headings of the same level.
    case headingPunctuation(marker: String, endsWithPeriod: Bool, others: Int, siblings: Int)
    /// An elision notice: the text is incomplete.
    case elision(notice: String)

    /// The message in `language`.
    public func text(in language: CheckLanguage) -> String {
        switch language {
        case .english: return CheckStrings.english(self)
        case .chinese: return CheckStrings.chinese(self)
        }
    }
}
