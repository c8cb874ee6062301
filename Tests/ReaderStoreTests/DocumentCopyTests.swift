import Annotations
import Foundation
import SpeechParser
import TestSupport
import Testing

@testable import ReaderStore

/// Document identity with real files: a byte-identical file at a new path is a copy while the
/// old path still holds the text, a rename once it does not; an edited file keeps its document.
@Suite("Copies and renames")
struct DocumentCopyTests {
    let document = Fixture.document()
    let quote = "一是要深化理论学习，掌握思想武器。"

    /// A directory with `v1.txt` holding the fixture speech, and a store with a note and a
    /// bookmark on it.
    private struct Setup {
        let directory: TemporaryDirectory
        let database: ReaderDatabase
        let original: String
        let note: Note
        let bookmark: Bookmark

        func path(_ name: String) -> String { directory.url.appendingPathComponent(name).path }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
        }

        func copy(to name: String) throws {
            try FileManager.default.copyItem(atPath: original, toPath: path(name))
        }
    }

    private func setUp() throws -> Setup {
        let directory = try TemporaryDirectory()
        let database = try ReaderDatabase.open(location: directory.store)
        let original = directory.url.appendingPathComponent("v1.txt").path
        try Data(Fixture.speech.utf8).write(to: URL(fileURLWithPath: original))
        let store = try database.openDocument(document, path: original)
        let note = try store.addNote(text: "原稿的笔记", range: try Fixture.range(of: quote, in: document.text))
        let bookmark = try store.addBookmark(range: try Fixture.range(of: "同志们", in: document.text), label: "结尾")
        try store.saveReadingPosition(ReadingPosition(nodePath: "1.1.1", offset: note.anchor.position.start))
        return Setup(
            directory: directory, database: database, original: original, note: note, bookmark: bookmark)
    }

    @Test func aCopyStartsWithCopiesAndTheOriginalKeepsItsOwn() throws {
        let setup = try setUp()
        defer { setup.directory.remove() }
        try setup.copy(to: "v3.txt")
        let copy = try setup.database.openDocument(document, path: setup.path("v3.txt"))
        let copied = try copy.notes()
        #expect(copied.map(\.text) == ["原稿的笔记"])
        #expect(copied.first?.id != setup.note.id, "the copy has notes of its own")
        #expect(copied.first?.created == setup.note.created)
        #expect(try copy.bookmarks().map(\.label) == ["结尾"])
        #expect(try copy.readingPosition()?.nodePath == "1.1.1")
        let original = try setup.database.openDocument(document, path: setup.original)
        #expect(try original.notes() == [setup.note])
        #expect(try original.bookmarks() == [setup.bookmark])
        #expect(try setup.database.values("SELECT count(*) FROM document") == ["2"])
    }

    @Test func aRenameTakesTheNotesAlong() throws {
        let setup = try setUp()
        defer { setup.directory.remove() }
        try FileManager.default.moveItem(atPath: setup.original, toPath: setup.path("renamed.txt"))
        let moved = try setup.database.openDocument(document, path: setup.path("renamed.txt"))
        #expect(try moved.notes() == [setup.note])
        #expect(try setup.database.values("SELECT path FROM document") == [setup.path("renamed.txt")])
    }

    @Test func aFileOverwrittenWithOtherTextAfterTheCopyMakesItARename() throws {
        let setup = try setUp()
        defer { setup.directory.remove() }
        try setup.copy(to: "v3.txt")
        try setup.write("v1.txt", "一、完全不同的文字\n别的内容。\n")
        let moved = try setup.database.openDocument(document, path: setup.path("v3.txt"))
        #expect(try moved.notes() == [setup.note])
    }

    @Test func copyThenEditLeavesTheOriginalExact() throws {
        let setup = try setUp()
        defer { setup.directory.remove() }
        try setup.copy(to: "v3.txt")
        _ = try setup.database.openDocument(document, path: setup.path("v3.txt"))
        let edited = Fixture.document("新增的开头一段。\n" + Fixture.speech)
        try setup.write("v3.txt", edited.text)
        let copy = try setup.database.openDocument(edited, path: setup.path("v3.txt"))
        #expect(try copy.notes().map(\.state) == [.moved])
        let original = try setup.database.openDocument(document, path: setup.original).notes()
        #expect(original == [setup.note])
        #expect(original.map(\.state) == [.exact])
    }

    @Test func editThenCopyCopiesThePlacedNotes() throws {
        let setup = try setUp()
        defer { setup.directory.remove() }
        let edited = Fixture.document("新增的开头一段。\n" + Fixture.speech)
        try setup.write("v1.txt", edited.text)
        _ = try setup.database.openDocument(edited, path: setup.original)
        try setup.copy(to: "v3.txt")
        let copy = try setup.database.openDocument(edited, path: setup.path("v3.txt")).notes()
        let original = try setup.database.openDocument(edited, path: setup.original).notes()
        #expect(copy.map(\.state) == [.moved])
        #expect(original.map(\.state) == [.moved])
        #expect(copy.map(\.range) == original.map(\.range))
        #expect(copy.map(\.id) != original.map(\.id))
    }

    @Test func twoCopiesOpenAtOnceInTwoConnections() throws {
        let setup = try setUp()
        defer { setup.directory.remove() }
        try setup.copy(to: "a.txt")
        try setup.copy(to: "b.txt")
        let other = try ReaderDatabase.open(location: setup.directory.store)
        let copyA = try setup.database.openDocument(document, path: setup.path("a.txt"))
        let copyB = try other.openDocument(document, path: setup.path("b.txt"))
        let sameA = try other.openDocument(document, path: setup.path("a.txt"))
        _ = try copyA.addNote(text: "只在甲", range: try Fixture.range(of: "砥砺初心使命", in: document.text))
        _ = try copyB.addNote(text: "只在乙", range: try Fixture.range(of: "掌握实际情况", in: document.text))
        #expect(try sameA.notes().map(\.text) == ["原稿的笔记", "只在甲"])
        #expect(try copyB.notes().map(\.text) == ["原稿的笔记", "只在乙"])
        #expect(try setup.database.openDocument(document, path: setup.original).notes() == [setup.note])
        #expect(try setup.database.values("SELECT count(*) FROM document") == ["3"])
    }

    @Test func aCopyOfTheBundledSpeechIsACopy() throws {
        let database = try ReaderDatabase.inMemory()
        let bundled = try database.openDocument(document, path: "bundled:speech.txt")
        let note = try bundled.addNote(text: "内置", range: try Fixture.range(of: quote, in: document.text))
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.url.appendingPathComponent("speech.txt").path
        try Data(Fixture.speech.utf8).write(to: URL(fileURLWithPath: file))
        #expect(try database.openDocument(document, path: file).notes().map(\.text) == ["内置"])
        #expect(try database.openDocument(document, path: "bundled:speech.txt").notes() == [note])
    }
}
