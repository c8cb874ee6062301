import SpeechParser
import TestSupport
import Testing

@testable import Annotations

@Suite("Re-anchoring")
struct ReanchorerTests {
    let original = Fixture.speech
    let sentence = "一是要坚持调查研究，掌握实际情况。"

    private func anchor(_ quote: String, in text: String) throws -> TextAnchor {
        TextAnchor(document: Fixture.document(text), range: try Fixture.range(of: quote, in: text))
    }

    @Test func unchangedTextIsExact() throws {
        let made = try anchor(sentence, in: original)
        let result = Reanchorer(text: original).resolve(made)
        #expect(result == AnchorResolution(state: .exact, range: made.position.range))
    }

    @Test func textChangedElsewhereButNotAtThePositionIsExact() throws {
        let made = try anchor(sentence, in: original)
        let edited = original.replacingOccurrences(of: "同志们", with: "同志们、朋友们")
        #expect(Reanchorer(text: edited).resolve(made).state == .exact)
    }

    @Test func paragraphInsertedBeforeIsMoved() throws {
        let made = try anchor(sentence, in: original)
        let edited = original.replacingOccurrences(of: "（二）改进工作作风\n", with: "新增的一段话，说明背景。\n（二）改进工作作风\n")
        let result = Reanchorer(text: edited).resolve(made)
        #expect(result.state == .moved)
        #expect(result.range == (try Fixture.range(of: sentence, in: edited)))
    }

    @Test func paragraphRemovedBeforeIsMoved() throws {
        let made = try anchor(sentence, in: original)
        let edited = original.replacingOccurrences(of: "这是开场白的第二句话。", with: "")
        let result = Reanchorer(text: edited).resolve(made)
        #expect(result.state == .moved)
        #expect(result.range == (try Fixture.range(of: sentence, in: edited)))
    }

    @Test func oneCharacterChangedInsideTheQuoteIsFuzzy() throws {
        let made = try anchor(sentence, in: original)
        let changedSentence = "一是要坚持调查研究，掌握真实情况。"
        let edited = original.replacingOccurrences(of: sentence, with: changedSentence)
        let result = Reanchorer(text: edited).resolve(made)
        #expect(result.state == .fuzzy)
        #expect(result.range == (try Fixture.range(of: changedSentence, in: edited)))
    }

    @Test func editAndInsertionTogetherIsFuzzyAtTheNewPlace() throws {
        let made = try anchor(sentence, in: original)
        let changedSentence = "一是要坚持深入调查研究，掌握实际情况。"
        let edited = ("插入的新段落。\n" + original).replacingOccurrences(of: sentence, with: changedSentence)
        let result = Reanchorer(text: edited).resolve(made)
        #expect(result.state == .fuzzy)
        #expect(result.range == (try Fixture.range(of: changedSentence, in: edited)))
    }

    @Test func sentenceDeletedIsOrphaned() throws {
        let made = try anchor(sentence, in: original)
        let edited = original.replacingOccurrences(of: sentence, with: "")
        #expect(Reanchorer(text: edited).resolve(made) == .orphaned)
    }

    @Test func tooManyEditsIsOrphaned() throws {
        let made = try anchor(sentence, in: original)
        // 17 characters allow 4 edits; change 6.
        let edited = original.replacingOccurrences(of: sentence, with: "一是要深入基层走访，掌握实际情况。")
        #expect(Reanchorer(text: edited).resolve(made) == .orphaned)
    }

    @Test func repeatedPassageIsPlacedByItsContext() throws {
        let repeated = "我们必须做到警钟长鸣。"
        let text = original.replacingOccurrences(of: "要时刻绷紧", with: repeated + "要时刻绷紧")
        // The note is on the second occurrence (at the end of 2.1), not the first.
        let second = try #require(text.range(of: repeated, options: .backwards))
        let start = text.utf8.distance(from: text.startIndex, to: second.lowerBound)
        let made = TextAnchor(document: Fixture.document(text), range: start..<start + repeated.utf8.count)
        let edited = "前言插入一句。\n" + text
        let result = Reanchorer(text: edited).resolve(made)
        #expect(result.state == .moved)
        #expect(result.range?.lowerBound == start + "前言插入一句。\n".utf8.count)
    }

    @Test func shortQuoteIsNeverFuzzy() throws {
        let made = try anchor("武器", in: original)
        let edited = original.replacingOccurrences(of: "武器", with: "武装")
        #expect(Reanchorer(text: edited).resolve(made) == .orphaned)
    }

    @Test func shortQuoteMovesWhenItsContextAgrees() throws {
        let made = try anchor("武器", in: original)
        let edited = "插入。\n" + original
        let result = Reanchorer(text: edited).resolve(made)
        #expect(result.state == .moved)
        #expect(result.range == (try Fixture.range(of: "武器", in: edited)))
    }

    @Test func shortQuoteWithoutItsContextIsOrphaned() throws {
        let made = try anchor("武器", in: original)
        // "武器" survives only in an unrelated sentence.
        let edited = original.replacingOccurrences(of: "掌握思想武器。", with: "掌握思想方法。")
            .replacingOccurrences(of: "再创佳绩！", with: "手握新武器！")
        #expect(Reanchorer(text: edited).resolve(made) == .orphaned)
    }

    @Test func emptyQuoteIsOrphaned() {
        let made = TextAnchor(
            position: TextPositionSelector(start: 0, end: 0), quote: TextQuoteSelector(exact: ""),
            nodePath: "preamble")
        #expect(Reanchorer(text: original).resolve(made) == .orphaned)
    }

    @Test func positionBeyondTheEndOfAShorterTextIsHandled() throws {
        let made = try anchor("同志们，让我们携手奋进，再创佳绩！", in: original)
        let edited = "同志们，让我们携手奋进，再创佳绩！"
        let result = Reanchorer(text: edited).resolve(made)
        #expect(result == AnchorResolution(state: .moved, range: 0..<edited.utf8.count))
        #expect(Reanchorer(text: "").resolve(made) == .orphaned)
    }

    @Test func hintIsTriedBeforeSearching() throws {
        let made = try anchor(sentence, in: original)
        let edited = "前面加了字。" + original
        let hint = try Fixture.range(of: sentence, in: edited).lowerBound
        #expect(
            Reanchorer(text: edited).resolve(made, hint: hint)
                == AnchorResolution(
                    state: .moved, range: hint..<hint + sentence.utf8.count))
    }

    @Test func resolveAllFollowsAShiftAndKeepsOrder() throws {
        let quotes = ["今天，我们召开全体干部大会。", sentence, "我们必须做到警钟长鸣。"]
        let anchors = try quotes.map { try anchor($0, in: original) }
        let edited = original.replacingOccurrences(of: "今天，", with: "今天上午，")
        let results = Reanchorer(text: edited).resolveAll(anchors.map { ($0, nil) })
        #expect(results.map(\.state) == [.fuzzy, .moved, .moved])
        for (quote, result) in zip(quotes.dropFirst(), results.dropFirst()) {
            #expect(result.range == (try Fixture.range(of: quote, in: edited)))
        }
    }

    @Test func fuzzyPrefersTheMatchNearTheOldPosition() throws {
        let passage = "各级干部要牢记责任担当使命。"
        let filler = String(repeating: "无关的文字内容。", count: 300)
        let text = passage + filler + passage + filler
        let start = text.utf8.count - filler.utf8.count - passage.utf8.count
        let made = TextAnchor(document: Fixture.document(text), range: start..<start + passage.utf8.count)
        let edited = text.replacingOccurrences(of: "牢记", with: "铭记")
        let result = Reanchorer(text: edited).resolve(made)
        #expect(result.state == .fuzzy)
        #expect(result.range?.lowerBound == start)
    }

    @Test func longQuoteIsOnlyMatchedExactly() throws {
        let long = String(repeating: "长", count: Reanchorer.maximumFuzzyLength + 10) + "。"
        let text = "开头。" + long + "结尾。"
        let made = try anchor(long, in: text)
        #expect(Reanchorer(text: "新" + text).resolve(made).state == .moved)
        let edited = text.replacingOccurrences(of: "长长长", with: "长短长")
        #expect(Reanchorer(text: edited).resolve(made) == .orphaned)
    }

    @Test func orphanSearchInALargeTextStaysBounded() throws {
        // 2 MB of repetitive speech-like text: every piece of the quote occurs thousands of
        // times, so the candidate and step limits are what keep this quick.
        let unit = "要坚持调查研究，掌握实际情况，发扬斗争精神。"
        let big = String(repeating: unit, count: 2 * 1024 * 1024 / unit.utf8.count)
        let made = TextAnchor(
            position: TextPositionSelector(start: 1_000, end: 1_060),
            quote: TextQuoteSelector(exact: "坚持调查研究以后再谈实际情况与斗争精神的问题", prefix: "前文", suffix: "后文"),
            nodePath: "1")
        let result = Reanchorer(text: big).resolve(made)
        #expect(result.state == .orphaned || result.state == .fuzzy)
    }

    @Test func approximateMatchFindsTheFewestEdits() {
        let pattern = Array("abcdef".unicodeScalars.map(\.value))
        let text = Array("xxabXdefyy".unicodeScalars.map(\.value))
        let match = ApproximateMatch.best(of: pattern, in: text, maxErrors: 1)
        #expect(match?.range == 2..<8)
        #expect(match?.distance == 1)
        #expect(
            ApproximateMatch.best(of: pattern, in: Array("zzzzzz".unicodeScalars.map(\.value)), maxErrors: 1) == nil)
    }

    @Test func approximateMatchHandlesInsertionsAndDeletions() {
        let pattern = Array("坚持调查研究".unicodeScalars.map(\.value))
        let inserted = Array("要坚持深调查研究了".unicodeScalars.map(\.value))
        #expect(ApproximateMatch.best(of: pattern, in: inserted, maxErrors: 1)?.range == 1..<8)
        #expect(ApproximateMatch.best(of: pattern, in: inserted, maxErrors: 1)?.distance == 1)
        let deleted = Array("要坚持查研究了".unicodeScalars.map(\.value))
        #expect(ApproximateMatch.best(of: pattern, in: deleted, maxErrors: 1)?.range == 1..<6)
    }
}
