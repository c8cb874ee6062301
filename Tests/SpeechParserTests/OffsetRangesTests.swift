import Testing

@testable import SpeechParser

@Suite("Compact offset ranges")
struct OffsetRangesTests {
    @Test("ranges come back as they were appended, in order")
    func roundTrip() {
        let ranges = [0..<3, 3..<3, 5..<12, 12..<4_000_000_000]
        var table = OffsetRanges()
        for range in ranges { table.append(range) }
        #expect(Array(table) == ranges)
        #expect(table.count == 4)
        #expect(table[2] == 5..<12)
        #expect(table == OffsetRanges(ranges))
        #expect(table != [0..<3])
    }

    @Test("the parser's sentences and blocks are the text's own ranges")
    func parsedDocument() throws {
        let document = Document(parsing: "第一句。第二句！\n第三句\n")
        let sentences = document.sentences.map { range in
            String(decoding: Array(document.text.utf8)[range], as: UTF8.self)
        }
        #expect(sentences == ["第一句。", "第二句！", "第三句"])
        #expect(document.blocks == [0..<24, 25..<34])
    }

    @Test("a text of 4 GiB or more is refused with a one-line reason, before any byte is read")
    func tooLarge() {
        let size = SpeechDecoder.maximumUTF8Count + 1
        var called = false
        #expect(throws: SpeechParserError.tooLarge(bytes: size)) {
            _ = try SpeechDecoder.decode(byteCount: size) { _ in
                called = true
                return 0
            }
        }
        #expect(!called)
        #expect(
            SpeechParserError.tooLarge(bytes: size).description
                == "too large to open: 4096 MiB of text (the limit is 4 GiB)")
    }
}
