/// Which byte positions of a UTF-8 text a match can start at, judged on the first two bytes.
///
/// A search scans every byte, and in Chinese text the lead byte of the query's first character
/// (`E6` for 溯) starts about one character in six; testing the byte after it as well leaves a
/// full comparison only where the first character's encoding really begins. The filter never
/// rejects a real start: it holds the first two bytes of every raw form of the first folded
/// scalar, and any second byte where a form is one byte long or where several letters fold alike.
struct MatchStartFilter {
    /// Bit `b0 << 8 | b1` is set when a match may start with the bytes b0 b1.
    private var pairs = [UInt64](repeating: 0, count: 1024)
    /// Whether a match may start with the byte (any second byte).
    private var leads = [Bool](repeating: false, count: 256)

    /// The filter for a pattern whose first folded scalar is `first`.
    init(first: UInt32) {
        for form in SearchFolding.rawForms(of: first) {
            guard let scalar = Unicode.Scalar(form) else { continue }
            let bytes = Array(String(scalar).utf8)
            if bytes.count == 1 {
                allowEverySecondByte(after: bytes[0])
            } else {
                allow(bytes[0], bytes[1])
            }
        }
        if (first >= 0x80 && first < 0x0530) || SearchFolding.isFoldedFromTwoByteLetter(first) {
            // Several letters of these scripts fold to one (θ, Θ, ϴ), and a few fold out of them
            // (Ⱥ U+023A → ⱥ U+2C65): accept every two-byte lead.
            for lead in UInt8(0xC2)...0xD4 { allowEverySecondByte(after: lead) }
        }
    }

    /// Whether a match may start at `offset` of `bytes`.
    @inline(__always)
    func mayStart(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[offset]
        guard leads[Int(lead)] else { return false }
        guard offset + 1 < bytes.count else { return true }
        let key = Int(lead) << 8 | Int(bytes[offset + 1])
        return pairs[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    private mutating func allow(_ lead: UInt8, _ second: UInt8) {
        leads[Int(lead)] = true
        let key = Int(lead) << 8 | Int(second)
        pairs[key >> 6] |= 1 << UInt64(key & 63)
    }

    private mutating func allowEverySecondByte(after lead: UInt8) {
        leads[Int(lead)] = true
        for word in (Int(lead) << 2)..<(Int(lead) << 2 + 4) { pairs[word] = .max }
    }
}
