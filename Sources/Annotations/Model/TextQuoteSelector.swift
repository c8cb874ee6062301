/// What a passage says: the W3C Web Annotation `TextQuoteSelector` — the exact text plus some
/// context on either side, so the passage can be found again after the text is edited.
public struct TextQuoteSelector: Hashable, Sendable, Codable {
    /// The passage exactly as it was written.
    public var exact: String
    /// Up to `TextAnchor.contextLength` characters just before the passage.
    public var prefix: String
    /// Up to `TextAnchor.contextLength` characters just after the passage.
    public var suffix: String

    /// A quote with its context.
    public init(exact: String, prefix: String = "", suffix: String = "") {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}
