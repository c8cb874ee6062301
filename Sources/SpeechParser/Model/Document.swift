/// A parsed speech: the text exactly as decoded, and its outline.
///
/// Offsets everywhere are UTF-8 code units into `text`.
public struct Document: Sendable {
    /// The decoded text, never rewritten (a byte-order mark is not part of it).
    public let text: String
    /// Every node in document order (a parent comes before its children).
    public let nodes: [Node]
    /// Indices of the top-level nodes.
    public let roots: [Int]
    /// Sentences in document order: the unit of the reading cursor and of notes. They never
    /// cross a line break or a node start, and exclude surrounding whitespace. Empty when parsed
    /// without them (`ParseHints.splitsSentences`).
    public let sentences: OffsetRanges
    /// Display blocks: each line of the text without its line break (a hard-wrapped paragraph's
    /// lines joined), split again where a heading starts mid-line, so a heading always begins a
    /// block.
    public let blocks: OffsetRanges
    /// Page furniture (site toolbars, page information, page numbers): trimmed lines that are
    /// kept in the text but belong to no outline node's title and are never the preamble; the
    /// reader shows them dimmed.
    public let furniture: [Range<Int>]
    /// Line breaks the parser read as running text, in order: those inside the paragraphs of a
    /// hard-wrapped text (each range from the end of a line's text to the next line's start). A
    /// block or sentence spans a line break only at one of these.
    public let softLineBreaks: [Range<Int>]
    /// The content identity of `text` (FNV-1a of its UTF-8), computed while parsing.
    public let textHash: TextHash
    /// Length of `text` in UTF-8 code units.
    public var utf8Count: Int { text.utf8.count }

    init(
        text: String, nodes: [Node], roots: [Int], sentences: OffsetRanges, blocks: OffsetRanges,
        furniture: [Range<Int>] = [], softLineBreaks: [Range<Int>] = [], textHash: TextHash? = nil
    ) {
        self.text = text
        self.nodes = nodes
        self.roots = roots
        self.sentences = sentences
        self.blocks = blocks
        self.furniture = furniture
        self.softLineBreaks = softLineBreaks
        self.textHash = textHash ?? TextHash(text: text)
    }

    /// Parses `text` into a document.
    public init(parsing text: String) {
        self = OutlineParser.parse(text)
    }

    /// Parses `text` into a document with what its importer knows (the format's own title).
    public init(parsing text: String, hints: ParseHints) {
        self = OutlineParser.parse(text, hints: hints)
    }

    /// Decodes `bytes` (UTF-8, UTF-16 with BOM, GB18030) and parses the result.
    public init(bytes: [UInt8]) throws {
        self.init(parsing: try SpeechDecoder.decode(bytes).text)
    }
}
