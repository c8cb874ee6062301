/// What an importer knows about a document beyond its text, and what the caller needs of the
/// parse.
public struct ParseHints: Hashable, Sendable {
    /// The format's own title (a Word document's title property, an HTML `<title>`), if any. It
    /// becomes the TITLE node: over the first line when that line spells it, else standing
    /// before the text.
    public var title: String?

    /// Whether to split the text into sentences (`Document.sentences`; empty when false). A
    /// caller that never reads them (the outline as TSV or text) saves the sentence table and its
    /// walk: on 50 MB, 3.5 MB and a tenth of the parse.
    public var splitsSentences: Bool

    /// Hints; none by default, with sentences.
    public init(title: String? = nil, splitsSentences: Bool = true) {
        self.title = title
        self.splitsSentences = splitsSentences
    }
}
