import SpeechParser

/// Decode + parse: any bytes either decode (and the text is exactly what the bytes say) or fail
/// with a one-line `SpeechParserError`; any text parses into a well-formed document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecodeParse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let bytes = input.rest()
    do {
        let decoded = try SpeechDecoder.decode(bytes)
        checkDecoded(decoded, from: bytes)
        let document = Document(parsing: decoded.text)
        require(document.text == decoded.text, "the document rewrote the decoded text")
        requireInvariants(document)
    } catch let error as SpeechParserError {
        let message = error.description
        require(!message.contains { $0.isNewline }, "error message spans lines: \(message.debugDescription)")
    } catch {
        require(false, "unexpected error type \(error)")
    }
    // The one-copy reader (`decode(byteCount:read:)`, used for files) answers exactly as the
    // array decoder, also when the file shrank or grew between stat and read.
    let declared = max(0, bytes.count + Int(size % 7) - 3)
    checkSameDecoding(bytes: Array(bytes.prefix(declared)), declared: declared, source: bytes)
    // The parser must cope with every text, including repaired undecodable bytes.
    let repaired = String(decoding: bytes, as: UTF8.self)
    requireInvariants(Document(parsing: repaired))
    return 0
}

/// The decoded text is exactly the input: byte for byte for UTF-8, unit for unit for UTF-16.
private func checkDecoded(_ decoded: SpeechDecoder.Result, from bytes: [UInt8]) {
    switch decoded.encoding {
    case .utf8:
        require(Array(decoded.text.utf8) == bytes, "UTF-8 text differs from its bytes")
    case .utf8WithBOM:
        require(Array(decoded.text.utf8) == Array(bytes.dropFirst(3)), "UTF-8 (BOM) text differs from its bytes")
    case .utf16LittleEndian, .utf16BigEndian:
        let body = Array(bytes.dropFirst(2))
        require(body.count % 2 == 0, "odd UTF-16 body accepted")
        let bigEndian = decoded.encoding == .utf16BigEndian
        let units = stride(from: 0, to: body.count, by: 2).map { index -> UInt16 in
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        require(Array(decoded.text.utf16) == units, "UTF-16 text differs from its code units")
    case .gb18030:
        require(String(validating: bytes, as: UTF8.self) == nil, "valid UTF-8 decoded as GB18030")
        require(!bytes.isEmpty, "empty input decoded as GB18030")
    }
}

/// `decode(byteCount:read:)` with a reader that writes `source` (up to the buffer's size) gives
/// the same text, encoding or error as `decode(_:)` on the bytes it read.
private func checkSameDecoding(bytes expected: [UInt8], declared: Int, source: [UInt8]) {
    var calls = 0
    let streamed = Result {
        try SpeechDecoder.decode(byteCount: declared) { buffer in
            calls += 1
            let count = min(buffer.count, source.count)
            for index in 0..<count { buffer[index] = source[index] }
            return count
        }
    }
    let direct = Result { try SpeechDecoder.decode(expected) }
    require(calls >= 1 && calls <= 2, "the reader was called \(calls) times")
    switch (streamed, direct) {
    case (.success(let left), .success(let right)):
        require(left.text == right.text && left.encoding == right.encoding,
                "decode(byteCount:) gave \(left.encoding) \(left.text.utf8.count) bytes, decode(_:) \(right.encoding) \(right.text.utf8.count)")
    case (.failure(let left), .failure(let right)):
        require("\(left)" == "\(right)", "different errors: \(left) / \(right)")
    default:
        require(false, "decode(byteCount:) and decode(_:) disagree: \(streamed) / \(direct)")
    }
}
