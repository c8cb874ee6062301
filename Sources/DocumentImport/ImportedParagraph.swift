/// One paragraph of an imported document: its text (one line of the result; a line break inside
/// it stays a line break) and the outline level its style gives it, if any.
public struct ImportedParagraph: Sendable, Equatable {
    /// The text, list marker included, as the application shows it.
    public var text: String
    /// 1 for a top-level heading by style or outline level (`Heading 1`, `标题 1`,
    /// `text:outline-level="1"`), nil for body text.
    public var outlineLevel: Int?

    public init(text: String, outlineLevel: Int? = nil) {
        self.text = text
        self.outlineLevel = outlineLevel
    }
}
