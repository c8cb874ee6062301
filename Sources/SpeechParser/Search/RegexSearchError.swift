/// A regular expression that does not compile; `reason` is the Regex parser's message.
public struct RegexSearchError: Error, Hashable, Sendable, CustomStringConvertible {
    public let pattern: String
    public let reason: String

    public var description: String { "invalid regular expression: \(reason)" }
}
