/// One defect the structural check found.
public struct Finding: Hashable, Sendable {
    /// The rule that found it.
    public let rule: CheckRule
    /// Where it is: UTF-8 offsets into `Document.text`, half-open.
    public let range: Range<Int>
    /// What is wrong, as data; `message.text(in:)` words it in a UI language.
    public let message: CheckMessage
    /// The mechanical repair, empty when the finding needs a person.
    public let edits: [TextEdit]

    public init(rule: CheckRule, range: Range<Int>, message: CheckMessage, edits: [TextEdit] = []) {
        self.rule = rule
        self.range = range
        self.message = message
        self.edits = edits
    }

    /// The rule's severity.
    public var severity: CheckSeverity { rule.severity }

    /// Findings in text order; at one position, in rule order, then by message.
    static func inTextOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.range.upperBound < rhs.range.upperBound
    }
}
