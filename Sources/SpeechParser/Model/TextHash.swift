/// A text's content identity: the 64-bit FNV-1a hash of its UTF-8 bytes, and their count.
///
/// Deterministic across runs and machines (unlike `Hasher`), it is what a store keys documents
/// by. `Document(parsing:)` computes it alongside the parse (on another core for a large text,
/// since FNV-1a is one multiplication per byte that cannot be split), so whoever needs it later
/// does not read the whole text again.
public struct TextHash: Hashable, Sendable {
    /// FNV-1a (64-bit) of the UTF-8 bytes.
    public let fnv1a64: UInt64
    /// The number of UTF-8 bytes.
    public let utf8Count: Int

    /// The hash of `text`.
    public init(text: String) {
        var text = text
        text.makeContiguousUTF8()
        fnv1a64 = text.utf8.withContiguousStorageIfAvailable(Self.fnv1a64(of:)) ?? Self.fnv1a64(of: text.utf8)
        utf8Count = text.utf8.count
    }

    /// FNV-1a (64-bit) of `bytes`: one multiplication per byte. Public for other content keys
    /// (the cache of converted PDFs) to share it.
    @inlinable
    public static func fnv1a64(of bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
