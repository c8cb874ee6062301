import Foundation
import SpeechParser
import Testing

@testable import ReaderCore

/// How the reader lays out the text shapes the parser recognises: a hard-wrapped paragraph
/// flows as one paragraph, titles and unnumbered sections stand as headings.
@Suite("Reader layout of text shapes")
struct ShapeLayoutTests {
    private func rows(_ document: Document, width: Int) -> [String] {
        var layout = TextLayout(document: document, width: width)
        return layout.lines(fromLineStart: layout.firstLineStart(), count: 10_000).map { row in
            let shown = layout.glyphs(of: row).map(\.text).joined()
            switch row.kind {
            case .blank: return "<blank>"
            case .heading(let level): return "H\(level) " + shown
            case .gap: return "GAP"
            case .text: return String(repeating: " ", count: row.indent) + shown
            }
        }
    }

    @Test("a hard-wrapped paragraph is laid out as one paragraph: the soft breaks show as nothing")
    func hardWrappedParagraph() {
        let line = "为高效推进各项工作要统筹安排时间节点落实责任分工"  // 24 characters, 48 columns
        var text = ""
        for _ in 0..<8 { text += line + "\n" }
        text += "最后一行结束。\n"
        let document = Document(parsing: text)
        #expect(!document.softLineBreaks.isEmpty)
        let shown = rows(document, width: 60)
        #expect(!shown.joined().contains("^J"))
        #expect(
            shown.joined().replacingOccurrences(of: " ", with: "") == (String(repeating: line, count: 8) + "最后一行结束。"))
        #expect(shown.count < 9, "\(shown)")
    }

    @Test("a title and an unnumbered section are headings")
    func titleAndSection() {
        let body = "我们坚持稳中求进工作总基调，全市经济运行稳中有进。"
        let document = Document(parsing: "东川市政府工作报告\n\(body)\n2025年工作回顾\n\(body)\n2026年工作安排\n\(body)\n")
        let headings = rows(document, width: 60).filter { $0.hasPrefix("H") }
        #expect(headings == ["H1 东川市政府工作报告", "H1 2025年工作回顾", "H1 2026年工作安排"])
    }
}
