/// What an address names in a document: one node, several (the caller picks), none, or nothing
/// that reads as an address at all.
public enum AddressResolution: Hashable, Sendable {
    /// Exactly one node: its index in `Document.nodes`.
    case node(Int)
    /// Several nodes fit equally well, in document order; a caller that knows where the reader
    /// is passes `preferWithin:` to narrow them, a command line lists them.
    case ambiguous([Int])
    /// A well-formed address that names no node of this document.
    case notFound
    /// Not an address: neither an ordinal path, a name, nor the document's numbering.
    case malformed
}
