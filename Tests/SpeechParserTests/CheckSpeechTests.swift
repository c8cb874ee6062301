import BundledSpeech
import Testing

@testable import SpeechParser

@Suite("Check: the bundled speech, positions, fixing, languages")
struct CheckSpeechTests {
    private func speech() throws -> Document { try Document(bytes: BundledSpeech.bytes) }

    @Test("the bundled speech: 总书记总书记 at each of its four places, punctuation width, the elision, (共享")
    func bundledSpeech() throws {
        let document = try speech()
        let findings = StructureCheck.run(document)
        let duplicated = findings.filter { $0.rule == .duplicatedWord }
        // The issue expected three; the text has 总书记总书记 four times (lines 2, 3, 3 and 7).
        #expect(duplicated.count == document.text.components(separatedBy: "总书记总书记").count - 1)
        #expect(duplicated.count == 4)
        #expect(duplicated.allSatisfy { document.string($0.range) == "总书记总书记" })
        #expect(findings.filter { $0.rule == .punctuationWidth }.count > 100)
        #expect(findings.filter { $0.rule == .elision }.count == 1)
        #expect(findings.filter { $0.rule == .unbalancedPair }.map { document.string($0.range) } == ["("])
        let numbering: Set<CheckRule> = [.numberingGap, .numberingDuplicate, .numberingOrder, .levelSkip]
        #expect(findings.filter { numbering.contains($0.rule) }.isEmpty)
        #expect(findings == findings.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }

    @Test("三是要严守 changed to 四是要严守: a numbering gap naming 四是")
    func modifiedSpeech() throws {
        let text = try speech().text
        let modified = text.replacingOccurrences(of: "三是要严守", with: "四是要严守")
        let findings = StructureCheck.run(Document(parsing: modified)).filter { $0.rule == .numberingGap }
        #expect(findings.count == 1)
        #expect(findings.first?.message.text(in: .english) == "'四是' follows '二是': '三是' is missing")
        #expect(findings.first.map { Document(parsing: modified).string($0.range) } == "四是")
    }

    @Test("fixing the speech: no punctuation-width left, same characters, same outline up to widths")
    func fixSpeech() throws {
        let document = try speech()
        let fixed = StructureCheck.fixedText(document)
        #expect(fixed != document.text)
        #expect(fixed.count == document.text.count)
        #expect(fixed.unicodeScalars.count == document.text.unicodeScalars.count)
        let again = Document(parsing: fixed)
        #expect(StructureCheck.run(again).filter { $0.rule == .punctuationWidth }.isEmpty)
        #expect(folded(again.tsvLines) == folded(document.tsvLines))
        // Byte offsets move (`,` is one byte, `，` three); character positions do not.
        #expect(characterStarts(again) == characterStarts(document))
        // Only punctuation changed: every other character is where it was.
        for (before, after) in zip(document.text, fixed) where before != after {
            #expect([",", ":", ";", "!", "(", ")"].contains(before), "changed \(before) to \(after)")
        }
    }

    @Test("line and column: 1-based, columns in characters, LF, CRLF and CR lines")
    func positions() {
        let text = "一、甲\r\n二、乙\rab\n丙"
        let offsets = [0, 3, 10, 14, text.utf8.count - 3, text.utf8.count]
        let positions = TextPosition.locate(offsets, in: text)
        #expect(
            positions == [
                TextPosition(line: 1, column: 1), TextPosition(line: 1, column: 2), TextPosition(line: 2, column: 1),
                TextPosition(line: 2, column: 2), TextPosition(line: 4, column: 1), TextPosition(line: 4, column: 2)
            ])
        #expect(TextPosition.locate([], in: text).isEmpty)
    }

    @Test("the fix applies only one-for-one swaps and skips overlapping edits")
    func fixApplier() {
        let text = "甲,乙"
        let good = Finding(
            rule: .punctuationWidth, range: 3..<4, message: .halfWidthPunctuation(found: ",", fullWidth: "，"),
            edits: [TextEdit(range: 3..<4, replacement: "，")])
        let overlapping = Finding(
            rule: .punctuationWidth, range: 3..<4, message: .halfWidthPunctuation(found: ",", fullWidth: "、"),
            edits: [TextEdit(range: 3..<4, replacement: "、")])
        let growing = Finding(
            rule: .punctuationWidth, range: 0..<3, message: .duplicatedWord(word: "甲"),
            edits: [TextEdit(range: 0..<3, replacement: "甲甲")])
        #expect(FixApplier.apply([good, overlapping, growing], to: text) == "甲，乙")
        #expect(FixApplier.apply([], to: text) == text)
    }

    @Test("messages in Chinese for zh locales, English otherwise; rule ids parse, unknown ones are named")
    func languagesAndIDs() {
        #expect(CheckLanguage(environment: ["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(CheckLanguage(environment: ["LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"]) == .english)
        #expect(CheckLanguage(environment: ["LC_ALL": "", "LC_MESSAGES": "zh_TW", "LANG": "C"]) == .chinese)
        #expect(CheckLanguage(environment: [:]) == .english)
        let gap = CheckMessage.numberingGap(marker: "四是", previous: "二是", missing: "三是", missingLast: nil)
        #expect(gap.text(in: .chinese) == "“四是”接在“二是”之后，缺少“三是”")
        #expect(CheckRule.parseList("numbering-gap, elision,") == .success([.numberingGap, .elision]))
        #expect(CheckRule.parseList("numbering-gap,bogus") == .failure(UnknownRuleID(id: "bogus")))
        #expect(Set(CheckRule.allCases.map(\.rawValue)).count == 10)
    }

    private func characterStarts(_ document: Document) -> [Int] {
        document.nodes.map { document.substring(0..<$0.range.lowerBound).count }
    }

    private func folded(_ lines: [String]) -> [String] {
        lines.map {
            String(String.UnicodeScalarView($0.unicodeScalars.map { Unicode.Scalar(SearchFolding.fold($0)) ?? $0 }))
        }
    }
}
