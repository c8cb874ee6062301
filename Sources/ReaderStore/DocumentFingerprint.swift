/// A document's content identity: a 64-bit FNV-1a hash of the decoded text's UTF-8 bytes plus
/// their count. Deterministic across runs and machines (unlike `Hasher`), and needs no crypto
/// library; the length makes accidental collisions between versions of a speech even less likely.
public struct DocumentFingerprint: Hashable, Sendable, CustomStringConvertible {
    /// The FNV-1a hash of the UTF-8 bytes.
    public let hash: UInt64
    /// The number of UTF-8 bytes.
    public let length: Int

    /// The fingerprint of `text`.
    public init(text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
            length += 1
        }
        self.hash = hash
        self.length = length
    }

    /// The hash as stored: `fnv1a64:` and 16 lowercase hex digits.
    public var hashText: String {
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    public var description: String { "\(hashText)/\(length)" }
}
