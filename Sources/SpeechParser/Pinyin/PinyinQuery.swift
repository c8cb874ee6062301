/// An ASCII query read as pinyin: lowercase letters and digits, with the spaces, apostrophes and
/// hyphens people type between syllables (`zheng ji guan`, `xi'an`) removed.
struct PinyinQuery: Sendable {
    /// The letters and digits to match, lowercase ASCII.
    let bytes: [UInt8]

    /// Longer queries are not read as pinyin: each character consumes at least one letter, so
    /// the work per start position grows with the query and nobody types 200 letters of pinyin.
    static let maximumLength = 200

    /// Nil unless `text` is ASCII with at least two letters (one letter would match every
    /// character whose reading starts with it) and nothing but letters, digits and separators.
    init?(_ text: String) {
        var bytes: [UInt8] = []
        var letters = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                bytes.append(byte)
                letters += 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                bytes.append(byte + 0x20)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                bytes.append(byte)
            case UInt8(ascii: " "), UInt8(ascii: "'"), UInt8(ascii: "-"):
                continue
            default:
                return nil
            }
        }
        guard letters >= 2, bytes.count <= Self.maximumLength else { return nil }
        self.bytes = bytes
    }
}
