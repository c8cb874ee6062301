import Annotations
import Foundation
import SpeechParser
import TestSupport
import Testing

@testable import ReaderStore

@Suite("Document store")
struct DocumentStoreTests {
    let document = Fixture.document()
    let path = "/speeches/sample.txt"

    private func store(clock: SteppingClock = SteppingClock()) throws -> DocumentStore {
        try ReaderDatabase.inMemory(clock: clock.read).openDocument(document, path: path)
    }

    @Test func addedNoteIsListedExactWithItsAnchor() throws {
        let store = try store()
        let range = try Fixture.range(of: "二是要加强党性教育，砥砺初心使命。", in: document.text)
        let note = try store.addNote(text: "党性教育：重点", range: range)
        #expect(note.state == .exact)
        #expect(note.range == range)
        #expect(note.nodePath == "1.1.2")
        #expect(note.anchor.quote.exact == "二是要加强党性教育，砥砺初心使命。")
        #expect(note.anchor.quote.prefix.unicodeScalars.count == TextAnchor.contextLength)
        #expect(note.anchor.quote.suffix.hasPrefix("\n（二）改进工作作风"))
        #expect(try store.notes() == [note])
    }

    @Test func notesComeInDocumentOrderWithOrphansLast() throws {
        let database = try ReaderDatabase.inMemory()
        let first = try database.openDocument(document, path: path)
        let late = try first.addNote(text: "后", range: try Fixture.range(of: "我们必须做到警钟长鸣。", in: document.text))
        let gone = try first.addNote(text: "删", range: try Fixture.range(of: "这是开场白的第二句话。", in: document.text))
        let early = try first.addNote(text: "前", range: try Fixture.range(of: "一是要深化理论学习，掌握思想武器。", in: document.text))
        let edited = Fixture.document(document.text.replacingOccurrences(of: "这是开场白的第二句话。", with: ""))
        let notes = try database.openDocument(edited, path: path).notes()
        #expect(notes.map(\.id) == [early.id, late.id, gone.id])
        #expect(notes.map(\.state) == [.moved, .moved, .orphaned])
        #expect(notes.last?.range == nil)
        #expect(notes.last?.nodePath == "preamble")
    }

    @Test func noteOnANodeDefaultsToItsFirstSentence() throws {
        let store = try store()
        let note = try #require(
            try store.addNote(text: "t", nodeIndex: Fixture.node("1.2.1", in: document), quote: nil))
        #expect(note.quote == "一是要坚持调查研究，掌握实际情况。")
        #expect(note.nodePath == "1.2.1")
        let heading = try #require(try store.addNote(text: "t", nodeIndex: Fixture.node("2", in: document), quote: nil))
        #expect(heading.quote.hasPrefix("二、严守纪律"))
    }

    @Test func noteOnAQuoteMustBeInsideTheNode() throws {
        let store = try store()
        let index = try Fixture.node("1.2", in: document)
        let note = try #require(try store.addNote(text: "t", nodeIndex: index, quote: "发扬斗争精神"))
        #expect(note.quote == "发扬斗争精神")
        #expect(note.nodePath == "1.2.2")
        #expect(try store.addNote(text: "t", nodeIndex: index, quote: "警钟长鸣") == nil)
        #expect(try store.notes().count == 1)
    }

    @Test func editingChangesTextAndUpdatedTimeOnly() throws {
        let store = try store()
        let note = try store.addNote(text: "初稿", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        let edited = try store.editNote(id: note.id, text: "定稿\n第二行")
        #expect(edited.text == "定稿\n第二行")
        #expect(edited.created == note.created)
        #expect(edited.updated > note.updated)
        #expect(edited.anchor == note.anchor)
        #expect(try store.notes() == [edited])
        #expect(try store.database.note(id: note.id) == edited)
    }

    @Test func removingDeletesAndUnknownIdsFail() throws {
        let store = try store()
        let note = try store.addNote(text: "x", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        try store.removeNote(id: note.id)
        #expect(try store.notes().isEmpty)
        #expect(throws: ReaderStoreError.noSuchNote(id: note.id)) { try store.removeNote(id: note.id) }
        #expect(throws: ReaderStoreError.noSuchNote(id: 999)) { try store.editNote(id: 999, text: "y") }
        #expect(throws: ReaderStoreError.noSuchNote(id: 999)) { try store.database.note(id: 999) }
        // Ids are never reused, so a stale id cannot hit a newer note.
        let next = try store.addNote(text: "z", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        #expect(next.id > note.id)
    }

    @Test func emptyPassageAndOversizedTextAreRefused() throws {
        let store = try store()
        #expect(throws: ReaderStoreError.emptyPassage) { try store.addNote(text: "x", range: 5..<5) }
        let huge = String(repeating: "a", count: ReaderDatabase.maximumTextLength + 1)
        #expect(throws: ReaderStoreError.textTooLong(bytes: huge.utf8.count, limit: ReaderDatabase.maximumTextLength)) {
            try store.addNote(text: huge, range: 0..<3)
        }
    }

    @Test("the store keeps a note's text by the note-text rule: trimmed, never empty")
    func noteTextRule() throws {
        let store = try store()
        let range = try Fixture.range(of: "掌握思想武器", in: document.text)
        let note = try store.addNote(text: "\u{3000} 第一行\n第二行 \n", range: range)
        #expect(try store.database.note(id: note.id).text == "第一行\n第二行")
        #expect(throws: ReaderStoreError.emptyNote) { try store.addNote(text: " \n\u{3000}", range: range) }
        #expect(throws: ReaderStoreError.emptyNote) { try store.editNote(id: note.id, text: "\t") }
        #expect(try store.database.note(id: note.id).text == "第一行\n第二行")
    }

    @Test func aOneMegabyteNoteRoundTrips() throws {
        let store = try store()
        // Inner line breaks are kept; the text ends without white space, so nothing is trimmed.
        let text = String(String(repeating: "学习笔记，内容很长。\n", count: 1024 * 1024 / 31 + 1).dropLast())
        #expect(text.utf8.count > 1024 * 1024)
        let note = try store.addNote(text: text, range: try Fixture.range(of: "掌握思想武器", in: document.text))
        #expect(try store.database.note(id: note.id).text == text)
    }

    @Test func bookmarksAddListRemove() throws {
        let store = try store()
        let second = try #require(try store.addBookmark(nodeIndex: Fixture.node("2.1", in: document), label: "纪律"))
        let first = try store.addBookmark(range: try Fixture.range(of: "这是开场白的第二句话。", in: document.text), label: "")
        #expect(second.nodePath == "2.1")
        #expect(second.state == .exact)
        #expect(try store.bookmarks().map(\.id) == [first.id, second.id])
        #expect(try store.database.bookmark(id: second.id).label == "纪律")
        try store.removeBookmark(id: first.id)
        #expect(try store.bookmarks().map(\.id) == [second.id])
        #expect(throws: ReaderStoreError.noSuchBookmark(id: first.id)) { try store.removeBookmark(id: first.id) }
        #expect(throws: ReaderStoreError.noSuchBookmark(id: 77)) { try store.database.bookmark(id: 77) }
    }

    @Test func bookmarksReanchorLikeNotes() throws {
        let database = try ReaderDatabase.inMemory()
        let bookmark = try #require(
            try database.openDocument(document, path: path)
                .addBookmark(nodeIndex: Fixture.node("1.2.2", in: document), label: "b"))
        let edited = Fixture.document("插入的开头。\n" + document.text)
        let listed = try database.openDocument(edited, path: path).bookmarks()
        #expect(listed.map(\.state) == [.moved])
        #expect(listed.first?.range == (try Fixture.range(of: bookmark.anchor.quote.exact, in: edited.text)))
        #expect(listed.first?.nodePath == "1.2.2")
    }

    @Test func readingPositionIsSavedAndRestored() throws {
        let store = try store()
        #expect(try store.readingPosition() == nil)
        let offset = try Fixture.range(of: "二是要发扬斗争精神", in: document.text).lowerBound
        try store.saveReadingPosition(ReadingPosition(nodePath: "1.2.2", offset: offset))
        #expect(try store.readingPosition() == ReadingPosition(nodePath: "1.2.2", offset: offset))
        try store.saveReadingPosition(ReadingPosition(nodePath: "closing", offset: offset + 100))
        #expect(try store.readingPosition()?.nodePath == "closing")
    }

    @Test func readingPositionFollowsItsNodeAfterAnEdit() throws {
        let database = try ReaderDatabase.inMemory()
        let offset = try Fixture.range(of: "掌握实际情况", in: document.text).lowerBound
        try database.openDocument(document, path: path).saveReadingPosition(
            ReadingPosition(nodePath: "1.2.1", offset: offset))
        let inserted = "插入一段新的开头文字。\n"
        let edited = Fixture.document(inserted + document.text)
        let restored = try database.openDocument(edited, path: path).readingPosition()
        #expect(restored == ReadingPosition(nodePath: "1.2.1", offset: offset + inserted.utf8.count))
    }

    @Test func listingAnUnknownDocumentWritesNothing() throws {
        let store = try store()
        #expect(try store.notes().isEmpty)
        #expect(try store.bookmarks().isEmpty)
        #expect(try store.readingPosition() == nil)
        #expect(try store.database.values("SELECT count(*) FROM document") == ["0"])
    }

    @Test func aRenamedFileKeepsItsNotes() throws {
        let database = try ReaderDatabase.inMemory()
        let note = try database.openDocument(document, path: path)
            .addNote(text: "n", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        let moved = try database.openDocument(document, path: "/elsewhere/renamed.txt")
        #expect(try moved.notes() == [note])
        #expect(try database.values("SELECT path FROM document") == ["/elsewhere/renamed.txt"])
        // Adding under the new path extends the same document.
        _ = try moved.addNote(text: "m", range: try Fixture.range(of: "砥砺初心使命", in: document.text))
        #expect(try database.values("SELECT count(*) FROM document") == ["1"])
    }

    @Test func anEditedFileKeepsItsNotesAndSavesTheirNewPlaces() throws {
        let database = try ReaderDatabase.inMemory()
        let quote = "一是要坚持调查研究，掌握实际情况。"
        let note = try database.openDocument(document, path: path)
            .addNote(text: "n", range: try Fixture.range(of: quote, in: document.text))
        let edited = Fixture.document("新增第一段。\n" + document.text)
        _ = try database.openDocument(edited, path: path)
        let stored = try database.note(id: note.id)
        #expect(stored.state == .moved)
        #expect(stored.range == (try Fixture.range(of: quote, in: edited.text)))
        #expect(stored.anchor == note.anchor)
        // Reopening the same edited text keeps the state: it says how the note relates to the
        // text it was made on.
        #expect(try database.openDocument(edited, path: path).notes().map(\.state) == [.moved])
        // Back to the original text: exact again.
        #expect(try database.openDocument(document, path: path).notes().map(\.state) == [.exact])
    }

    @Test func aNewDocumentAtAnotherPathIsSeparate() throws {
        let database = try ReaderDatabase.inMemory()
        _ = try database.openDocument(document, path: path)
            .addNote(text: "n", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        let other = Fixture.document("一、另一篇讲话\n完全不同的内容。\n")
        #expect(try database.openDocument(other, path: "/speeches/other.txt").notes().isEmpty)
    }

    @Test func noteOnASelectionOfSentences() throws {
        let store = try store()
        let first = try #require(document.sentences.firstIndex { document.substring($0).hasPrefix("一是要坚持调查研究") })
        let range = try #require(document.range(ofSentences: first, through: first + 1))
        let note = try store.addNote(text: "两句", range: range)
        #expect(note.quote == "一是要坚持调查研究，掌握实际情况。二是要发扬斗争精神，攻坚克难前进。")
    }

    @Test func theReaderUsesItThroughTheClientProtocol() throws {
        let client: any AnnotationStore = try store()
        #expect(!client.isReadOnly)
        let sentence = try #require(document.sentences.first)
        let note = try client.addNote(text: "读", range: sentence)
        #expect(try client.editNote(id: note.id, text: "再读").text == "再读")
        let bookmark = try client.addBookmark(range: sentence, label: "起点")
        #expect(try client.bookmarks().map(\.label) == ["起点"])
        try client.saveReadingPosition(ReadingPosition(nodePath: "preamble", offset: sentence.lowerBound))
        #expect(try client.readingPosition()?.offset == sentence.lowerBound)
        try client.removeBookmark(id: bookmark.id)
        try client.removeNote(id: note.id)
        #expect(try client.notes().isEmpty && client.bookmarks().isEmpty)
    }
}
