#if canImport(Glibc)
    import Glibc
#endif

/// GB18030 decoding through the C library's iconv, which is strict: any sequence that is not
/// GB18030 (including a truncated multibyte run at the end) makes the whole decode fail.
enum GB18030Decoder {
    /// The decoded text, or nil when the bytes are not valid GB18030.
    static func decode(_ bytes: [UInt8]) -> String? {
        #if canImport(Glibc)
            let converter = iconv_open("UTF-8", "GB18030")
            if converter == iconv_t(bitPattern: -1) { return nil }
            defer { iconv_close(converter) }
            var input = bytes
            // GB18030 needs at most 4 UTF-8 bytes per 2 input bytes (and 4 per 4-byte sequence).
            var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
            let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                    var inLeft = inBuffer.count
                    var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    if status == -1 || inLeft != 0 { return nil }
                    return outBuffer.count - outLeft
                }
            }
            guard let produced else { return nil }
            return String(validating: output[..<produced], as: UTF8.self)
        #else
            return nil
        #endif
    }
}
