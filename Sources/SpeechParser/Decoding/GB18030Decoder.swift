import Foundation

/// Strict GB18030 decoding: any sequence that is not GB18030, including a truncated multibyte run
/// at the end, makes the whole decode fail.
///
/// The conversion itself is Foundation's (CoreFoundation's GB 18030-2000 converter). That
/// converter also takes the lone byte 0x80 (Windows code page 936's euro sign), which GB18030 does
/// not have, so the bytes are first checked against GB18030's own structure: one byte 00–7F; two
/// bytes 81–FE then 40–7E or 80–FE; four bytes 81–FE, 30–39, 81–FE, 30–39.
enum GB18030Decoder {
    /// `kCFStringEncodingGB_18030_2000` (0x0632) as an `NSStringEncoding`: CoreFoundation's
    /// encodings map into Foundation's with the high bit set. Foundation names no constant for it.
    static let encoding = String.Encoding(rawValue: 0x8000_0632)

    /// The decoded text, or nil when the bytes are not valid GB18030.
    static func decode(_ bytes: [UInt8]) -> String? {
        guard isWellFormed(bytes) else { return nil }
        return String(data: Data(bytes), encoding: encoding)
    }

    /// Whether `bytes` are a sequence of well-formed GB18030 characters.
    static func isWellFormed(_ bytes: [UInt8]) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard lead >= 0x81, lead <= 0xFE, index + 1 < count else { return false }
            let second = bytes[index + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                index += 2
                continue
            }
            guard (0x30...0x39).contains(second), index + 3 < count,
                (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3])
            else { return false }
            index += 4
        }
        return true
    }
}
