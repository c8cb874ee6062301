/// What an importer knows about a document beyond its text.
public struct ParseHints: Hashable, Sendable {
    /// The format's own title (a Word document's title property, an HTML `<title>`), if any. It
    /// becomes the TITLE node: over the first line when that line spells it, else standing
    /// before the text.
    public var title: String?

    /// Hints; none by default.
    public init(title: String? = nil) {
        self.title = title
    }
}
