import BundledSpeech
import TestSupport
import Testing

@testable import SpeechParser

@Suite("Sentences")
struct SentenceTests {
    @Test(
        "parsed without sentences, the speech and its hard-wrapped form have the same outline and blocks, and no sentences",
        arguments: [false, true])
    func withoutSentences(hardWrapped: Bool) throws {
        let speech = try SpeechDecoder.decode(BundledSpeech.bytes).text
        let text = hardWrapped ? TextShapes.hardWrapped(speech, columns: 36) : speech
        let full = Document(parsing: text)
        let lean = Document(parsing: text, hints: ParseHints(splitsSentences: false))
        #expect(full.sentences.count > 100)
        #expect(lean.sentences.isEmpty)
        #expect(lean.nodes == full.nodes && lean.roots == full.roots)
        #expect(lean.blocks == full.blocks && lean.furniture == full.furniture)
        #expect(lean.softLineBreaks == full.softLineBreaks)
    }

    @Test("split after 。！？； and their half-width forms")
    func splitsAfterStops() {
        #expect(parse("甲。乙！丙？丁；戊").sentenceStrings == ["甲。", "乙！", "丙？", "丁；", "戊"])
        #expect(parse("a!b?c;d").sentenceStrings == ["a!", "b?", "c;", "d"])
    }

    @Test("commas, colons, enumeration commas and a single … do not split")
    func nonStops() {
        #expect(parse("甲，乙：丙、丁…戊,己:庚").sentenceStrings == ["甲，乙：丙、丁…戊,己:庚"])
    }

    @Test("…… ends a sentence and is never split from itself")
    func ellipsis() {
        #expect(parse("他想了想……然后走了。").sentenceStrings == ["他想了想……", "然后走了。"])
        #expect(parse("等等………好。").sentenceStrings == ["等等………", "好。"])
        #expect(parse("然后……。结束").sentenceStrings == ["然后……。", "结束"])
    }

    @Test("closing quotes and brackets stay with the sentence they end")
    func closingMarksStay() {
        #expect(parse("他说：“这很好……”然后走了。").sentenceStrings == ["他说：“这很好……”", "然后走了。"])
        #expect(parse("“好。”他说。").sentenceStrings == ["“好。”", "他说。"])
        #expect(
            parse("《论语》说：「学而时习之。」』（注。）后文。").sentenceStrings
                == ["《论语》说：「学而时习之。」』", "（注。）", "后文。"])
        #expect(parse("真的吗？！是的。").sentenceStrings == ["真的吗？！", "是的。"])
        #expect(parse("(见附件。)下文").sentenceStrings == ["(见附件。)", "下文"])
    }

    @Test("a sentence never crosses a line break (LF, CRLF, CR)")
    func lineBreaksEndSentences() {
        #expect(parse("第一行没有句号\n第二行\r\n第三行\r第四行。").sentenceStrings == ["第一行没有句号", "第二行", "第三行", "第四行。"])
    }

    @Test("sentences are trimmed and blank lines give none")
    func trimmed() {
        #expect(parse("　　甲。  乙。\n\n   \n\u{3000}丙").sentenceStrings == ["甲。", "乙。", "丙"])
    }

    @Test("a node start begins a sentence even without a stop before it")
    func nodeStartBeginsSentence() {
        #expect(parse("要求如下：（1）甲；（2）乙").sentenceStrings == ["要求如下：", "（1）甲；", "（2）乙"])
        #expect(parse("一、总体要求：（一）指导思想").sentenceStrings == ["一、总体要求：", "（一）指导思想"])
        #expect(parse("要求：一是甲：二是乙").sentenceStrings == ["要求：", "一是甲：", "二是乙"])
    }

    @Test("a heading title and its run-in body are separate sentences")
    func runInBody() {
        #expect(parse("（一）指导思想。全面贯彻精神。").sentenceStrings == ["（一）指导思想。", "全面贯彻精神。"])
    }

    @Test("the bundled speech: sentences are ordered, disjoint, inside the text; every item starts one")
    func bundledSpeechSentences() throws {
        let document = try Document(bytes: BundledSpeech.bytes)
        #expect(document.sentences.count > 100)
        #expect(DocumentInvariants.sentenceViolations(document) == [])
        let starts = Set(document.sentences.map(\.lowerBound))
        for node in document.nodes where node.kind.isNumbered && !node.isUntitled {
            #expect(starts.contains(node.range.lowerBound), "[\(node.path)] does not start a sentence")
        }
        let first = try #require(document.nodeIndex(path: "1.2.1").map { document.nodes[$0] })
        let sentence = try #require(document.sentenceIndex(atOrAfter: first.range.lowerBound))
        #expect(document.string(document.sentences[sentence]) == "一是要把群众满意度作为衡量政绩的“晴雨表”。")
    }

    @Test("every non-space character of the text lies in a sentence", arguments: RangeTests.documentNames)
    func sentencesCoverText(name: String) throws {
        let document = try RangeTests.document(named: name)
        #expect(DocumentInvariants.sentenceViolations(document) == [])
        var covered = [Bool](repeating: false, count: document.utf8Count)
        for sentence in document.sentences { for offset in sentence { covered[offset] = true } }
        var offset = 0
        for scalar in document.text.unicodeScalars {
            let isSpace = [" ", "\t", "\n", "\r", "\u{3000}", "\u{A0}"].contains(scalar)
            if !isSpace, !covered[offset] {
                Issue.record("\(name): \(scalar) at \(offset) is in no sentence")
                return
            }
            offset += String(scalar).utf8.count
        }
    }

    @Test("sentenceIndex(atOrAfter:) finds the sentence containing or following an offset")
    func sentenceIndex() {
        let document = parse("甲。乙。\n\n丙。")
        #expect(document.sentences == [0..<6, 6..<12, 14..<20])
        #expect(document.sentenceIndex(atOrAfter: 0) == 0)
        #expect(document.sentenceIndex(atOrAfter: 5) == 0)
        #expect(document.sentenceIndex(atOrAfter: 6) == 1)
        #expect(document.sentenceIndex(atOrAfter: 12) == 2)
        #expect(document.sentenceIndex(atOrAfter: 20) == nil)
    }
}
