import SpeechParser

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
        self.init(TextHash(text: text))
    }

    /// The fingerprint of a parsed document (hashed while it was parsed).
    public init(document: Document) {
        self.init(document.textHash)
    }

    private init(_ hash: TextHash) {
        self.hash = hash.fnv1a64
        self.length = hash.utf8Count
    }

    /// The hash as stored: `fnv1a64:` and 16 lowercase hex digits.
    public var hashText: String {
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    public var description: String { "\(hashText)/\(length)" }
}
