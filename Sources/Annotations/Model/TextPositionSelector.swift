/// Where a passage is in a text: the W3C Web Annotation `TextPositionSelector`.
///
/// Unlike the W3C selector, which counts code points, `start` and `end` are **UTF-8 code unit
/// (byte) offsets** into the decoded text (`Document.text`), the unit used everywhere in this
/// package; `unit` says so in exported JSON.
public struct TextPositionSelector: Hashable, Sendable, Codable {
    /// The unit of `start` and `end`, as written in exports.
    public static let unit = "utf8"

    /// First byte of the passage (UTF-8 offset, inclusive).
    public var start: Int
    /// End of the passage (UTF-8 offset, exclusive).
    public var end: Int

    /// A selector for `start..<end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = Swift.max(start, end)
    }

    /// A selector for a half-open UTF-8 range.
    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// The passage as a half-open UTF-8 range.
    public var range: Range<Int> { start..<end }
}
