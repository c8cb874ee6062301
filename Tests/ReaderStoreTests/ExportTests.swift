import Annotations
import Foundation
import SpeechParser
import TestSupport
import Testing

@testable import ReaderStore

@Suite("Export")
struct ExportTests {
    let document = Fixture.document()

    /// Three notes: two under 一、 (in (一) and (二)), one in the closing, plus an orphan.
    private func notes() throws -> [Note] {
        let database = try ReaderDatabase.inMemory(clock: SteppingClock().read)
        let store = try database.openDocument(document, path: "/speeches/sample.txt")
        _ = try store.addNote(text: "理论学习的笔记", range: try Fixture.range(of: "一是要深化理论学习，掌握思想武器。", in: document.text))
        _ = try store.addNote(text: "调查研究\n要深入基层", range: try Fixture.range(of: "一是要坚持调查研究，掌握实际情况。", in: document.text))
        _ = try store.addNote(text: "结尾", range: try Fixture.range(of: "再创佳绩！", in: document.text))
        _ = try store.addNote(text: "将被删除", range: try Fixture.range(of: "我们必须做到警钟长鸣。", in: document.text))
        let edited = Fixture.document(document.text.replacingOccurrences(of: "我们必须做到警钟长鸣。", with: ""))
        return try database.openDocument(edited, path: "/speeches/sample.txt").notes()
    }

    @Test func markdownGroupsNotesUnderTheirHeadings() throws {
        let markdown = MarkdownNotesExport.render(
            try notes(), document: document, documentName: "sample.txt",
            exportedAt: Timestamp(millisecondsSince1970: 1_700_000_000_000))
        let expected = """
            # Notes on sample.txt

            File: sample.txt · Exported: 2023-11-14

            ## 一、坚持学习，提高本领

            ### （一）加强理论学习

            #### 一是要深化理论学习，掌握思想武器

            > 一是要深化理论学习，掌握思想武器。

            理论学习的笔记

            ### （二）改进工作作风

            #### 一是要坚持调查研究，掌握实际情况

            > 一是要坚持调查研究，掌握实际情况。

            调查研究\\
            要深入基层

            ## Closing

            > 再创佳绩！

            结尾

            *State: moved*

            ## Orphaned notes (their passage is no longer in the text)

            > 我们必须做到警钟长鸣。
            >
            > — was at 2.1

            将被删除

            """
        #expect(markdown == expected)
    }

    @Test func markdownForNoNotesSaysSo() {
        let markdown = MarkdownNotesExport.render(
            [], document: document, documentName: "x", exportedAt: Timestamp(millisecondsSince1970: 0))
        #expect(markdown == "# Notes on x\n\nFile: x · Exported: 1970-01-01\n\n(no notes)\n")
    }

    @Test func jsonIsAW3CAnnotationCollection() throws {
        let notes = try notes()
        let json = try JSONNotesExport.render(
            notes, document: document, documentName: "sample.txt",
            source: "/speeches/sample.txt")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(root["type"] as? String == "AnnotationCollection")
        #expect(root["total"] as? Int == 4)
        #expect(root["source"] as? String == "file:///speeches/sample.txt")
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.count == 4)
        let first = items[0]
        #expect(first["type"] as? String == "Annotation")
        #expect(first["id"] as? String == "urn:speechreader:note:\(notes[0].id)")
        #expect(first["state"] as? String == "exact")
        #expect(first["nodePath"] as? String == "1.1.1")
        #expect((first["body"] as? [String: Any])?["value"] as? String == "理论学习的笔记")
        #expect(first["created"] as? String == "2023-11-14T22:13:22Z")
        #expect(first["modified"] as? String == "2023-11-14T22:13:22Z")
        let target = try #require(first["target"] as? [String: Any])
        #expect(target["source"] as? String == "file:///speeches/sample.txt")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors.map { $0["type"] as? String } == ["TextQuoteSelector", "TextPositionSelector"])
        #expect(selectors[0]["exact"] as? String == "一是要深化理论学习，掌握思想武器。")
        #expect((selectors[0]["prefix"] as? String)?.hasSuffix("（一）加强理论学习\n") == true)
        let range = try Fixture.range(of: "一是要深化理论学习，掌握思想武器。", in: document.text)
        #expect(selectors[1]["start"] as? Int == range.lowerBound)
        #expect(selectors[1]["end"] as? Int == range.upperBound)
        #expect(selectors[1]["unit"] as? String == "utf8")
        let orphan = items[3]
        #expect(orphan["state"] as? String == "orphaned")
        #expect(orphan["nodePath"] as? String == "2.1")
        let orphanSelectors = try #require((orphan["target"] as? [String: Any])?["selector"] as? [[String: Any]])
        #expect(orphanSelectors.first?["exact"] as? String == "我们必须做到警钟长鸣。")
    }

    @Test func jsonHidesInvisibleControlsAndKeepsBundledSources() throws {
        let store = try ReaderDatabase.inMemory().openDocument(document, path: "bundled:speech.txt")
        _ = try store.addNote(text: "evil\u{202E}txt\u{9B}", range: 0..<3)
        let json = try JSONNotesExport.render(
            try store.notes(), document: document, documentName: "speech.txt",
            source: "bundled:speech.txt")
        #expect(!json.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x9B })
        #expect(json.contains("evil\\u202etxt\\u009b"))
        #expect(json.contains("\"source\" : \"bundled:speech.txt\""))
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let items = root?["items"] as? [[String: Any]]
        #expect((items?.first?["body"] as? [String: Any])?["value"] as? String == "evil\u{202E}txt\u{9B}")
    }
}
