import Foundation

/// GB18030 decoding through Foundation's string encodings (CoreFoundation's GB 18030-2000
/// converter, present on every platform Foundation runs on), which is strict: any sequence that
/// is not GB18030, including a truncated multibyte run at the end, makes the whole decode fail.
enum GB18030Decoder {
    /// `kCFStringEncodingGB_18030_2000` (0x0632) as an `NSStringEncoding`: CoreFoundation's
    /// encodings map into Foundation's with the high bit set. Foundation names no constant for it.
    static let encoding = String.Encoding(rawValue: 0x8000_0632)

    /// The decoded text, or nil when the bytes are not valid GB18030.
    static func decode(_ bytes: [UInt8]) -> String? {
        String(data: Data(bytes), encoding: encoding)
    }
}
