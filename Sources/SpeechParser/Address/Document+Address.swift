extension Document {
    /// Resolves an address as a reader types it: an ordinal path (`1.2.3`), a name (`preamble`
    /// / 开篇 / 导语, `closing` / 结语 / 结尾, `title`), or the document's own numbering as written
    /// (`一(二)二是`, `三(二)2`, `一.二.二`, `第一部分`, `第二章第三条`; punctuation optional,
    /// half/full width alike).
    ///
    /// When several nodes fit (`(二)` in a speech with two sections), `preferWithin` — the node
    /// the reader is in — picks the one inside it, else inside its parent, and so on up; without
    /// it, or when that does not single one out, the result is `.ambiguous` with the candidates.
    public func resolve(address: String, preferWithin: Int? = nil) -> AddressResolution {
        guard let parsed = AddressParser.parse(address) else { return .malformed }
        return AddressResolver(document: self).resolve(parsed, preferWithin: preferWithin)
    }

    /// Whether `text` reads as an address at all (it may still name no node of this document).
    public static func isAddress(_ text: String) -> Bool {
        AddressParser.parse(text) != nil
    }
}
