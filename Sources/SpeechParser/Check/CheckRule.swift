/// One rule of the structural check. The raw value is the rule's id as users write it
/// (`--disable numbering-gap`); ids are English in every UI language.
public enum CheckRule: String, CaseIterable, Hashable, Sendable, Comparable {
    /// A skipped number among siblings: 一是 二是 四是; （一）（三）; 1. 3.
    case numberingGap = "numbering-gap"
    /// The same number twice among siblings.
    case numberingDuplicate = "numbering-duplicate"
    /// Numbers out of order, or numbering that restarts without a new parent.
    case numberingOrder = "numbering-order"
    /// A heading level without its parent form, or forms out of their GB/T 9704 order.
    case levelSkip = "level-skip"
    /// `(一)` and `（一）` (or `1.` and `1．`) mixed in one document.
    case markerWidth = "marker-width"
    /// A word of two or more characters repeated back to back (`总书记总书记`).
    case duplicatedWord = "duplicated-word"
    /// Half-width punctuation between Chinese characters; full-width digits and letters.
    case punctuationWidth = "punctuation-width"
    /// An unclosed quote or bracket within a paragraph.
    case unbalancedPair = "unbalanced-pair"
    /// Sibling headings that disagree on ending with `。`.
    case headingPunctuation = "heading-punctuation"
    /// An elision notice: the document is incomplete.
    case elision = "elision"

    /// How serious a finding of this rule is. An elided text cannot be published as it is;
    /// everything else is a defect worth fixing but the text is whole.
    public var severity: CheckSeverity {
        self == .elision ? .error : .warning
    }

    /// Whether `fix` repairs this rule's findings mechanically (one character for another).
    public var isFixable: Bool {
        self == .punctuationWidth || self == .markerWidth
    }

    /// The rules named by a comma-separated list of ids (`numbering-gap,elision`), or the first
    /// id that names no rule. Spaces around ids and empty items are ignored.
    public static func parseList(_ list: String) -> Result<Set<CheckRule>, UnknownRuleID> {
        var rules: Set<CheckRule> = []
        for item in list.split(separator: ",") {
            let id = item.trimmingSpaces
            if id.isEmpty { continue }
            guard let rule = CheckRule(rawValue: id) else { return .failure(UnknownRuleID(id: id)) }
            rules.insert(rule)
        }
        return .success(rules)
    }

    /// Rules compare in declaration order, which breaks ties between findings at one position.
    public static func < (lhs: CheckRule, rhs: CheckRule) -> Bool {
        let order = CheckRule.allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}

/// A rule id that names no rule.
public struct UnknownRuleID: Error, Equatable, Sendable {
    /// The id as written.
    public let id: String
}
