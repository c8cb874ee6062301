import Foundation

/// Turns the bytes of a file into text, recognising the encodings Chinese office files use.
///
/// Order of trust: a byte-order mark decides; otherwise valid UTF-8 wins; otherwise GB18030
/// (a superset of GBK and GB2312). Anything else is an error rather than mojibake.
public enum SpeechDecoder {
    /// The decoded text and the encoding that was recognised.
    public struct Result: Sendable {
        public let text: String
        public let encoding: TextEncoding
    }

    /// Decodes `bytes`, or throws `SpeechParserError` with a one-line reason.
    public static func decode(_ bytes: [UInt8]) throws -> Result {
        try checkSize(bytes.count)
        let result = try decodeByEncoding(bytes)
        try checkSize(result.text.utf8.count)
        try rejectBinary(result.text)
        return result
    }

    /// Decodes text whose bytes `read` writes straight into the text's storage: for UTF-8 (the
    /// usual case) the bytes are copied once, from the file into the string, and validated once.
    ///
    /// `read` receives a buffer of `byteCount` bytes, fills it with the text's bytes (all of them,
    /// from the start) and returns how many it wrote. It is called a second time, with a new
    /// buffer, when the bytes turn out not to be plain UTF-8 (a byte-order mark, UTF-16,
    /// GB18030, damage) and must then write the same bytes again. The result, and any error, is
    /// the same as `decode(_:)` on those bytes.
    public static func decode(byteCount: Int, read: (UnsafeMutableBufferPointer<UInt8>) throws -> Int) throws -> Result
    {
        try checkSize(byteCount)
        var plainCount: Int?
        let text = try String(unsafeUninitializedCapacity: max(byteCount, 0)) { buffer -> Int in
            let count = min(max(try read(buffer), 0), buffer.count)
            let head = UnsafeBufferPointer(rebasing: buffer[..<min(count, 3)])
            // A byte-order mark is decided by the general path (it copies; such files are rare).
            guard !head.starts(with: [0xEF, 0xBB, 0xBF]), !head.starts(with: [0xFF, 0xFE]),
                !head.starts(with: [0xFE, 0xFF])
            else { return 0 }
            plainCount = count
            return count
        }
        // The string validated the bytes, repairing invalid ones with U+FFFD, which changes the
        // length unless every invalid run was three bytes long; so the bytes were valid UTF-8
        // when the length is kept and no U+FFFD is in the text. Otherwise they are read again and
        // decided exactly (a text may hold U+FFFD legitimately).
        if let plainCount, text.utf8.count == plainCount, !containsReplacementCharacter(text) {
            try rejectBinary(text)
            return Result(text: text, encoding: .utf8)
        }
        var bytes = [UInt8](repeating: 0, count: max(byteCount, 0))
        let count = min(max(try bytes.withUnsafeMutableBufferPointer { try read($0) }, 0), bytes.count)
        bytes.removeSubrange(count...)
        return try decode(bytes)
    }

    /// The largest text, in UTF-8 bytes, whose offsets fit the document's 32-bit ranges.
    public static let maximumUTF8Count = Int(UInt32.max)

    private static func checkSize(_ count: Int) throws {
        if count > maximumUTF8Count { throw SpeechParserError.tooLarge(bytes: count) }
    }

    /// Whether `text` contains U+FFFD (EF BF BD), sixteen bytes at a time.
    private static func containsReplacementCharacter(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            let scanner = UTF8Scanner(bytes: bytes)
            return scanner.nextReplacementCharacter(from: 0, limit: bytes.count) < bytes.count
        } ?? text.unicodeScalars.contains("\u{FFFD}")
    }

    private static func decodeByEncoding(_ bytes: [UInt8]) throws -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw SpeechParserError.undecodable(detail: "a UTF-8 byte-order mark followed by invalid UTF-8")
            }
            return Result(text: text, encoding: .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Result(text: try decodeUTF16(bytes.dropFirst(2), bigEndian: false), encoding: .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Result(text: try decodeUTF16(bytes.dropFirst(2), bigEndian: true), encoding: .utf16BigEndian)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Result(text: text, encoding: .utf8)
        }
        let (offset, multibyteScalars) = validUTF8Prefix(bytes)
        // GB18030 text almost never starts with well-formed multibyte UTF-8: text that does is
        // UTF-8 damaged (or cut) at `offset`, and decoding it as GB18030 would show mojibake.
        if multibyteScalars < 2, let text = GB18030Decoder.decode(bytes) {
            return Result(text: text, encoding: .gb18030)
        }
        let what =
            isTruncatedSequence(bytes, at: offset)
            ? "truncated UTF-8 sequence at byte" : "invalid byte sequence at byte"
        throw SpeechParserError.undecodable(detail: "\(what) \(offset)")
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool) throws -> String {
        guard body.count % 2 == 0 else {
            throw SpeechParserError.undecodable(detail: "UTF-16 text with an odd number of bytes (truncated)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let first = UInt16(body[index])
            let second = UInt16(body[index + 1])
            units.append(bigEndian ? (first << 8 | second) : (second << 8 | first))
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                throw SpeechParserError.undecodable(detail: "UTF-16 text with an unpaired surrogate")
            }
        }
        return String(scalars)
    }

    /// Whether the bytes from `offset` to the end are the start of a multibyte sequence cut short.
    static func isTruncatedSequence(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let needed: Int
        switch bytes[offset] {
        case 0xC2...0xDF: needed = 2
        case 0xE0...0xEF: needed = 3
        case 0xF0...0xF4: needed = 4
        default: return false
        }
        return offset + needed > bytes.count && bytes[(offset + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// Where UTF-8 validation fails, and how many multibyte scalars came before it.
    static func validUTF8Prefix(_ bytes: [UInt8]) -> (offset: Int, multibyteScalars: Int) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var multibyte = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let width = UTF8.width(scalar)
                offset += width
                if width > 1 { multibyte += 1 }
            case .emptyInput, .error:
                return (offset, multibyte)
            }
        }
    }

    /// A text made mostly of control characters is binary data that happened to decode.
    /// A few controls (an escape sequence pasted into a speech) are fine: the reader shows them.
    private static func rejectBinary(_ text: String) throws {
        var text = text
        text.makeContiguousUTF8()
        let (total, controls) =
            text.utf8.withContiguousStorageIfAvailable(controlCount)
            ?? controlCount(Array(text.utf8).withUnsafeBufferPointer { $0 })
        if total > 0, controls * 10 > total {
            throw SpeechParserError.binary(
                detail: "\(controls) of the first \(total) characters are control characters")
        }
    }

    /// How many of the first 65,536 scalars of the UTF-8 `bytes` there are, and how many of them
    /// are controls other than tab, line feed, carriage return and form feed (DEL and U+FFFD
    /// count as controls). Counted on the bytes: a scalar starts at every non-continuation byte.
    private static func controlCount(_ bytes: UnsafeBufferPointer<UInt8>) -> (total: Int, controls: Int) {
        var total = 0
        var controls = 0
        var offset = 0
        while offset < bytes.count, total < 65_536 {
            let byte = bytes[offset]
            if byte & 0xC0 != 0x80 {
                total += 1
                if byte < 0x20 {
                    if byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
                } else if byte == 0x7F {
                    controls += 1
                } else if byte == 0xEF, offset + 2 < bytes.count, bytes[offset + 1] == 0xBF, bytes[offset + 2] == 0xBD {
                    controls += 1
                }
            }
            offset += 1
        }
        return (total, controls)
    }
}
