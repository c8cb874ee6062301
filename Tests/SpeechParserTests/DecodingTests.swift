import BundledSpeech
import Foundation
import TestSupport
import Testing

@testable import SpeechParser

/// The bundled speech with its line breaks rewritten to `separator`.
private func speech(lineBreak separator: String) throws -> String {
    try bundledSpeechText().replacingOccurrences(of: "\n", with: separator)
}

/// What must not change between encodings and line-break styles: every node's path, kind,
/// marker and title (the `outline --tsv` lines), and the sentences' text.
private struct OutlineFingerprint: Equatable {
    var lines: [String]
    var sentences: [String]
    init(_ document: Document) {
        lines = document.tsvLines
        sentences = document.sentenceStrings
    }
}

@Suite("Decoding")
struct DecodingTests {
    static let encodings: [(name: String, encoding: TextEncoding, encode: @Sendable (String) -> [UInt8]?)] = [
        ("UTF-8", .utf8, { Array($0.utf8) }),
        ("UTF-8 with BOM", .utf8WithBOM, { [0xEF, 0xBB, 0xBF] + Array($0.utf8) }),
        ("UTF-16LE with BOM", .utf16LittleEndian, { utf16Bytes($0, bigEndian: false) }),
        ("UTF-16BE with BOM", .utf16BigEndian, { utf16Bytes($0, bigEndian: true) }),
        ("GB18030", .gb18030, { iconvEncode($0, to: "GB18030") })
    ]

    @Test(
        "the bundled speech gives the same outline in every encoding and line-break style",
        arguments: 0..<5, ["LF", "CRLF", "CR"])
    func sameOutlineEverywhere(encodingIndex: Int, lineBreakName: String) throws {
        let (name, encoding, encode) = Self.encodings[encodingIndex]
        let lineBreak = ["LF": "\n", "CRLF": "\r\n", "CR": "\r"][lineBreakName] ?? "\n"
        let reference = OutlineFingerprint(try Document(bytes: BundledSpeech.bytes))
        let text = try speech(lineBreak: lineBreak)
        let bytes = try #require(encode(text), "cannot encode the speech as \(name)")
        let decoded = try SpeechDecoder.decode(bytes)
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == text, "\(name): the decoded text differs from the original")
        let document = try Document(bytes: bytes)
        #expect(OutlineFingerprint(document) == reference, "\(name) with \(lineBreakName) line breaks")
        #expect(document.tsvLines.count == GoldenOutline.bundledSpeech.count + 2)
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("GB18030 bytes written by hand decode (not only what iconv round-trips)")
    func handWrittenGB18030() throws {
        // 一、标题 in GB18030/GBK, then ASCII, then 正文 (D5 FD CE C4).
        let bytes: [UInt8] = [0xD2, 0xBB, 0xA1, 0xA2, 0xB1, 0xEA, 0xCC, 0xE2, 0x0A, 0xD5, 0xFD, 0xCE, 0xC4]
        let decoded = try SpeechDecoder.decode(bytes)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "一、标题\n正文")
        #expect(try Document(bytes: bytes).compact == ["1 一、 标题"])
    }

    @Test("a GB18030 four-byte sequence and the euro sign decode")
    func gb18030FourByte() throws {
        let text = "一、欧元€与扩展字𠀀\n"
        let bytes = try #require(iconvEncode(text, to: "GB18030"))
        #expect(bytes.count > Array(text.utf8).count / 2)
        #expect(try SpeechDecoder.decode(bytes).text == text)
    }

    @Test("valid UTF-8 wins over GB18030 and pure ASCII is UTF-8")
    func utf8Preferred() throws {
        #expect(try SpeechDecoder.decode(Array("一、标题".utf8)).encoding == .utf8)
        #expect(try SpeechDecoder.decode(Array("1. Title\n".utf8)).encoding == .utf8)
    }

    @Test("the byte-order mark is not part of the text")
    func bomIsDropped() throws {
        let document = try Document(bytes: [0xEF, 0xBB, 0xBF] + Array("一、标题".utf8))
        #expect(document.text == "一、标题")
        #expect(document.nodes.first?.range == 0..<12)
        #expect(try SpeechDecoder.decode(utf16Bytes("一、甲", bigEndian: false)).text == "一、甲")
    }

    static let emptyCases: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]

    @Test("empty input and a lone byte-order mark give an empty document", arguments: emptyCases)
    func emptyInput(bytes: [UInt8]) throws {
        let document = try Document(bytes: bytes)
        #expect(document.text.isEmpty)
        #expect(document.nodes.isEmpty)
        #expect(document.roots.isEmpty)
        #expect(document.sentences.isEmpty)
        #expect(document.nodeIndex(containing: 0) == nil)
        #expect(document.nodeIndex(path: "1") == nil)
    }

    @Test("whitespace-only text has no nodes and no sentences")
    func whitespaceOnly() {
        let document = parse(" \n\u{3000}\r\n\t\r")
        #expect(document.nodes.isEmpty)
        #expect(document.sentences.isEmpty)
    }

    static let invalidUTF8Cases: [([UInt8], Int)] = [
        (Array("一、标题\n".utf8) + [0xFF, 0x41], 13),
        ([0x80], 0),
        (Array("abc".utf8) + [0xC0, 0x20], 3),
        (Array("正文".utf8) + [0xFE], 6)
    ]

    @Test("invalid UTF-8 that is not GB18030 is undecodable, naming the byte", arguments: invalidUTF8Cases)
    func invalidUTF8(bytes: [UInt8], offset: Int) {
        #expect(throws: SpeechParserError.undecodable(detail: "invalid byte sequence at byte \(offset)")) {
            try SpeechDecoder.decode(bytes)
        }
    }

    @Test("a UTF-8 byte-order mark followed by invalid UTF-8 is undecodable, not GB18030")
    func bomThenInvalid() throws {
        let gb = try #require(iconvEncode("一、标题", to: "GB18030"))
        #expect(throws: SpeechParserError.undecodable(detail: "a UTF-8 byte-order mark followed by invalid UTF-8")) {
            try SpeechDecoder.decode([0xEF, 0xBB, 0xBF] + gb)
        }
    }

    static let odd = "UTF-16 text with an odd number of bytes (truncated)"
    static let unpaired = "UTF-16 text with an unpaired surrogate"
    static let truncatedUTF16Cases: [([UInt8], String)] = [
        (utf16Bytes("一、标题", bigEndian: false) + [0x41], odd),
        (Array(utf16Bytes("一、标题", bigEndian: true).dropLast(1)), odd),
        ([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], unpaired),
        ([0xFE, 0xFF, 0xDC, 0x00], unpaired),
        (Array(utf16Bytes("一𠀀", bigEndian: false).dropLast(2)), unpaired)
    ]

    @Test("truncated UTF-16 and unpaired surrogates are undecodable", arguments: truncatedUTF16Cases)
    func truncatedUTF16(bytes: [UInt8], detail: String) {
        #expect(throws: SpeechParserError.undecodable(detail: detail)) { try SpeechDecoder.decode(bytes) }
    }

    @Test("the speech cut in the middle of a character is an error, not GB18030", arguments: [1, 2])
    func truncatedSpeech(cut: Int) throws {
        // The last character of the speech is `!` then a line break; cut inside the 献 before it.
        var bytes = BundledSpeech.bytes
        while let last = bytes.last, last < 0x80 { bytes.removeLast() }
        bytes.removeLast(cut)
        #expect(throws: SpeechParserError.self) { try SpeechDecoder.decode(bytes) }
    }

    static let binaryCases: [[UInt8]] = [
        [UInt8](repeating: 0, count: 1024),
        [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 56),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
        (0..<512).map { UInt8($0 % 32) }
    ]

    @Test("binary junk is refused as binary", arguments: binaryCases)
    func binaryJunk(bytes: [UInt8]) {
        #expect {
            try SpeechDecoder.decode(bytes)
        } throws: { error in
            guard case .binary = error as? SpeechParserError else { return false }
            return true
        }
    }

    @Test("a few control characters in a real text are kept, not refused")
    func fewControlsAreText() throws {
        let text = "一、标题\u{1B}[31m红\u{07}\n" + String(repeating: "正文内容。", count: 20)
        let document = try Document(bytes: Array(text.utf8))
        #expect(document.text == text)
        #expect(document.compact.first == "1 一、 标题\u{1B}[31m红\u{07}")
    }

    @Test("errors describe themselves on one line")
    func errorMessagesAreOneLine() {
        let errors: [SpeechParserError] = [.undecodable(detail: "x"), .binary(detail: "y")]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(!error.description.isEmpty)
        }
    }

    @Test("random bytes either decode to valid text or throw a SpeechParserError", arguments: 0..<4)
    func randomBytesNeverCrash(seed: UInt64) {
        var generator = SeededGenerator(seed: seed &* 7919 &+ 1)
        for _ in 0..<250 {
            let length = Int.random(in: 0..<200, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            do {
                let document = try Document(bytes: bytes)
                #expect(DocumentInvariants.violations(in: document) == [], "bytes \(bytes)")
            } catch {
                #expect(error is SpeechParserError)
            }
        }
    }
}

@Suite("Decoding: known problems")
struct DecodingKnownIssueTests {
    @Test("UTF-8 cut inside its last character is not shown as GB18030 mojibake")
    func truncatedUTF8IsNotMojibake() {
        // 标题 (6 bytes) + the first two bytes of 字: every byte pairs up as a GB18030 character.
        let bytes = Array("标题".utf8) + Array("字".utf8).prefix(2)
        #expect(throws: SpeechParserError.self) { try SpeechDecoder.decode(bytes) }
    }
}

@Suite("GB18030 decoder")
struct GB18030DecoderTests {
    @Test(
        "byte sequences decode by GB18030's structure, or not at all",
        arguments: [
            ([0x41], "A"), ([0xD5, 0xFE], "政"), ([0x81, 0x30, 0x81, 0x30], "\u{80}"),
            ([0x84, 0x31, 0xA4, 0x39], "\u{FFFF}"), ([0x90, 0x30, 0x81, 0x30], "\u{10000}"),
            ([0xE3, 0x32, 0x9A, 0x35], "\u{10FFFF}"), ([0xA1, 0xA1], "\u{3000}"),
            ([0x80], nil), ([0xFF], nil), ([0xD5], nil), ([0x81, 0x30, 0x81], nil), ([0x81, 0x30, 0x20, 0x30], nil),
            ([0xD5, 0x7F], nil), ([0x84, 0x31, 0xA5, 0x30], nil), ([0xE3, 0x32, 0x9A, 0x36], nil)
        ] as [([UInt8], String?)])
    func structure(bytes: [UInt8], text: String?) {
        #expect(GB18030Decoder.decode(bytes) == text)
    }

    @Test("the two-byte table has one character for each of the 126 × 190 codes")
    func tableSize() {
        #expect(GB18030Decoder.twoByte.count == 126 * 190)
        #expect(GB18030Table.fourByteRuns.count % 2 == 0)
    }

    @Test(
        "every two-byte code and a sample of four-byte codes decode as the C library's iconv does",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv"), "needs iconv"))
    func agreesWithIconv() throws {
        var codes: [UInt8] = []
        for lead in UInt8(0x81)...0xFE {
            for trail in Array(UInt8(0x40)...0x7E) + Array(UInt8(0x80)...0xFE) { codes += [lead, trail] }
        }
        // Four-byte codes across the Basic Multilingual Plane and the supplementary planes.
        for linear in Array(stride(from: 0, to: 39_420, by: 97))
            + Array(stride(from: 189_000, to: 189_000 + 0x10_0000, by: 4_099))
        {
            codes += [
                UInt8(0x81 + linear / 12_600), UInt8(0x30 + linear % 12_600 / 1_260), UInt8(0x81 + linear % 1_260 / 10),
                UInt8(0x30 + linear % 10)
            ]
        }
        let result = try ChildProcess.run(
            "/usr/bin/iconv", ["-f", "GB18030", "-t", "UTF-8"], environment: [:], input: .bytes(codes))
        #expect(result.status == 0, "\(result.errors)")
        #expect(GB18030Decoder.decode(codes) == result.output)
    }
}
