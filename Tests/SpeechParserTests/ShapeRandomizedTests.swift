import Foundation
import TestSupport
import Testing

@testable import SpeechParser

/// Seeded random texts with the new shapes' material (regulation units, page furniture, short
/// stand-alone lines), plain, hard-wrapped, flattened and in site chrome: every invariant holds.
@Suite("Randomized parsing of text shapes")
struct ShapeRandomizedTests {
    static let pieces: [String] =
        RandomizedTests.pieces + [
            "第一章", "第二章　", "第一节 ", "第一编", "第十条", "第一百零五条 ", "第一条件", "第三章程", "第二次", "下载", "打印",
            "【字号：", "】", "来源：", "时间：", "浏览次数：12", "- 3 -", "第3页", "2026年工作安排\n", "国务院办公厅\n",
            "一九九七年四月八日\n", "同志们\n", "  ", " 二、", " （一）", " 1. "
        ]

    static func randomText(using generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 0..<80, using: &generator)
        var text = ""
        for _ in 0..<count { text += pieces.randomElement(using: &generator) ?? "" }
        return text
    }

    @Test("2,000 random texts in four shapes keep every invariant and are never rewritten")
    func randomShapes() {
        var generator = SeededGenerator(seed: 20_261_129)
        var failures = 0
        for iteration in 0..<2_000 {
            let base = Self.randomText(using: &generator)
            let shaped: String
            switch iteration % 4 {
            case 0: shaped = base
            case 1: shaped = TextShapes.hardWrapped(base + base, columns: Int.random(in: 20...40, using: &generator))
            case 2: shaped = TextShapes.flattened(base + "。 " + base + "。 " + base + "。 " + base)
            default: shaped = TextShapes.withSiteChrome(base)
            }
            let hint = iteration % 7 == 0 ? ParseHints(title: String(base.prefix(12))) : ParseHints()
            let document = Document(parsing: shaped, hints: hint)
            let violations = DocumentInvariants.violations(in: document)
            if !violations.isEmpty, failures < 5 {
                failures += 1
                Issue.record("iteration \(iteration) text \(shaped.debugDescription): \(violations.prefix(3))")
            }
            #expect(document.text == shaped)
            #expect(document.furniture.allSatisfy { DocumentInvariants.isAligned($0, in: document) })
        }
    }
}
