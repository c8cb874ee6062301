import Annotations
import Foundation
import SpeechParser
import TestSupport
import Testing

@testable import ReaderStore

/// The Markdown export as a renderer shows it (issue 11): line breaks kept, the closing under
/// its name, a title, a date and the states.
@Suite("Markdown export")
struct MarkdownExportTests {
    static let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    let document = Fixture.document()
    let day = Timestamp(millisecondsSince1970: 1_764_374_400_000)  // 2025-11-29

    private func export(_ language: ExportLanguage = .english, document: Document? = nil) throws -> String {
        let document = document ?? self.document
        let store = try ReaderDatabase.inMemory(clock: SteppingClock().read).openDocument(document, path: "/x/讲话.txt")
        _ = try store.addNote(text: "第一行\n第二行\n\n新段落", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        _ = try store.addNote(text: "结尾的批注", range: try Fixture.range(of: "再创佳绩！", in: document.text))
        return MarkdownNotesExport.render(
            try store.notes(), document: document, documentName: "讲话.txt", exportedAt: day, language: language)
    }

    @Test func aTwoLineNoteKeepsItsLineBreakAndTheClosingIsNamed() throws {
        let markdown = try export()
        #expect(markdown.contains("\n第一行\\\n第二行\n\n新段落\n"))
        #expect(markdown.contains("\n## Closing\n\n> 再创佳绩！\n\n结尾的批注\n"))
        #expect(!markdown.contains("## 同志们"))
        #expect(markdown.contains("File: 讲话.txt · Exported: 2025-11-29"))
    }

    @Test func chineseUsesTheReadersNames() throws {
        let markdown = try export(.chinese)
        #expect(markdown.hasPrefix("# 《讲话.txt》批注\n\n文件：讲话.txt · 导出日期：2025-11-29\n"))
        #expect(markdown.contains("\n## \(Vocabulary.chinese.closing)\n"))
        #expect(Vocabulary.chinese.closing == "结语")
    }

    @Test func aShortFirstLineIsTheTitle() throws {
        let titled = Fixture.document("关于加强作风建设的讲话\n" + Fixture.speech)
        #expect(try export(document: titled).hasPrefix("# Notes on 关于加强作风建设的讲话\n"))
    }

    @Test func aLostHeadingAndStatesAreNamed() throws {
        let text = "前言。\n一、第一节\n内容。\n---此处隐藏100字,下载后查看---\n（二）失去标题的小节\n小节正文。\n"
        let document = Fixture.document(text)
        let store = try ReaderDatabase.inMemory().openDocument(document, path: "/x/y.txt")
        _ = try store.addNote(text: "n", range: try Fixture.range(of: "小节正文。", in: text))
        let markdown = MarkdownNotesExport.render(
            try store.notes().map { note in
                var moved = note
                moved.state = .moved
                return moved
            }, document: document, documentName: "y.txt", exportedAt: day, language: .chinese)
        #expect(markdown.contains("\n## （标题缺失）\n"))
        #expect(markdown.contains("\n*状态：已移位*\n"))
    }

    @Test func markdownSyntaxInANoteIsEscaped() {
        #expect(MarkdownExport.hardBreaks("# 不是标题\n- 不是列表\n1. 不是编号", prefix: "") == "\\# 不是标题\\\n\\- 不是列表\\\n1\\. 不是编号")
        #expect(MarkdownExport.hardBreaks("甲\n乙", prefix: "> ") == "> 甲\\\n> 乙")
    }

    @Test(.enabled(if: pandoc != nil, "pandoc is not installed (apt-get install pandoc; scripts/setup.sh does)"))
    func pandocKeepsTheLinesApartAndTheClosingNoteUnderItsHeading() throws {
        let html = try Self.render(try export())
        #expect(html.contains("第一行<br />\n第二行") || html.contains("第一行<br />第二行"), "\(html)")
        #expect(html.contains("<p>新段落</p>"))
        let closing = try #require(html.range(of: ">Closing</h2>"))
        let note = try #require(html.range(of: "结尾的批注"))
        #expect(closing.upperBound < note.lowerBound)
        #expect(!html[closing.upperBound..<note.lowerBound].contains("<h"), "another heading between")
    }

    /// `pandoc -f markdown -t html` of `markdown`.
    static func render(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(pandoc))
        process.arguments = ["-f", "markdown", "-t", "html"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }
}
