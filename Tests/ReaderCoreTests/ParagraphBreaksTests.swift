import BundledSpeech
import SpeechParser
import Testing

@testable import ReaderCore

/// `ParagraphBreaks` is the text pane's paragraphing, so `show` and the reader agree.
@Suite("Paragraph breaks")
struct ParagraphBreaksTests {
    static let speech: Document = (try? Document(bytes: BundledSpeech.bytes)) ?? Document(parsing: "")

    @Test("over the whole document, the paragraphs are the text pane's rows at a width nothing wraps at")
    func sameAsTheTextPane() {
        let document = Self.speech
        var layout = TextLayout(document: document, width: 100_000)
        let rows = layout.lines(fromLineStart: layout.firstLineStart(), count: 10_000)
        let whole = 0..<document.utf8Count
        let paragraphs = ParagraphBreaks.paragraphs(of: document, in: whole)
        #expect(paragraphs.map(\.range) == rows.filter { !$0.isBlank }.map(\.range))
        var apart: [Bool] = []
        for (index, row) in rows.enumerated() where !row.isBlank {
            apart.append(index > 0 && rows[index - 1].isBlank)
        }
        #expect(paragraphs.map(\.setApart) == apart)
    }

    @Test("a node's paragraphs start at its marker, even mid-line, and stop at its end")
    func clippedToTheNode() throws {
        let document = Document(parsing: "前言。一、标题：正文第一句。二是不算。\n一是要甲。二是要乙。\n二、第二节\n内容。\n")
        let index = try #require(document.nodeIndex(path: "1"))
        let texts = ParagraphBreaks.paragraphs(of: document, in: document.nodes[index].range)
            .map { String(document.substring($0.range)) }
        #expect(texts.first?.hasPrefix("一、标题") == true)
        #expect(!texts.joined().contains("二、第二节"))
        #expect(texts.contains("一是要甲。"))
        #expect(texts.contains("二是要乙。"))
    }
}
