import Annotations
import Foundation
import SpeechParser
import TestSupport
import Testing

@testable import ReaderStore

/// JSON export → import loses nothing but ids; twice adds nothing; a bad file writes nothing.
@Suite("Import")
struct ImportTests {
    let document = Fixture.document()
    let path = "/speeches/sample.txt"

    /// A store with notes in every state on `edited`, as another machine would have them.
    private func source() throws -> (DocumentStore, Document) {
        let database = try ReaderDatabase.inMemory(clock: SteppingClock().read)
        let store = try database.openDocument(document, path: path)
        _ = try store.addNote(text: "理论\n两行", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        _ = try store.addNote(text: "模糊", range: try Fixture.range(of: "二是要加强党性教育，砥砺初心使命。", in: document.text))
        _ = try store.addNote(text: "失锚", range: try Fixture.range(of: "我们必须做到警钟长鸣。", in: document.text))
        _ = try store.addNote(text: "移位", range: try Fixture.range(of: "再创佳绩！", in: document.text))
        _ = try store.addBookmark(range: try Fixture.range(of: "同志们", in: document.text), label: "结尾")
        let edited = Fixture.document(
            document.text.replacingOccurrences(of: "我们必须做到警钟长鸣。", with: "")
                .replacingOccurrences(of: "砥砺初心使命", with: "砥砺初心本色"))
        return (try database.openDocument(edited, path: path), edited)
    }

    /// Everything but the id.
    private func essence(_ note: Note) -> [String] {
        [
            note.text, note.anchor.quote.exact, note.anchor.quote.prefix, note.anchor.quote.suffix,
            "\(note.anchor.position.range)", "\(String(describing: note.range))", note.state.rawValue, note.nodePath,
            "\(note.created.millisecondsSince1970)", "\(note.updated.millisecondsSince1970)"
        ]
    }

    @Test func aRoundTripLosesNothingButIds() throws {
        let (store, edited) = try source()
        let notes = try store.notes()
        #expect(Set(notes.map(\.state)) == [.exact, .fuzzy, .moved, .orphaned])
        let json = try JSONNotesExport.render(notes, document: edited, documentName: "sample.txt", source: path)
        let target = try ReaderDatabase.inMemory().openDocument(edited, path: "/elsewhere/sample.txt")
        let counts = try target.importNotes(json: Data(json.utf8))
        #expect(counts == JSONAnnotationsImport.Counts(added: 4, skipped: 0))
        #expect(try target.notes().map(essence) == notes.map(essence))
        #expect(try target.importNotes(json: Data(json.utf8)) == JSONAnnotationsImport.Counts(added: 0, skipped: 4))
        #expect(try target.notes().count == 4)
    }

    @Test func millisecondsSurviveTheTrip() throws {
        let database = try ReaderDatabase.inMemory(clock: { 1_700_000_000_123 })
        let store = try database.openDocument(document, path: path)
        _ = try store.addNote(text: "毫秒", range: 0..<3)
        let json = try JSONNotesExport.render(try store.notes(), document: document, documentName: "s", source: path)
        #expect(json.contains("\"created\" : \"2023-11-14T22:13:20.123Z\""))
        let target = try ReaderDatabase.inMemory().openDocument(document, path: path)
        _ = try target.importNotes(json: Data(json.utf8))
        #expect(try target.notes().first?.created.millisecondsSince1970 == 1_700_000_000_123)
    }

    @Test func bookmarksRoundTripAndAreNotDuplicated() throws {
        let (store, edited) = try source()
        let bookmarks = try store.bookmarks()
        let json = try JSONBookmarksExport.render(bookmarks, document: edited, documentName: "s", source: path)
        let target = try ReaderDatabase.inMemory().openDocument(edited, path: path)
        #expect(try target.importBookmarks(json: Data(json.utf8)) == JSONAnnotationsImport.Counts(added: 1, skipped: 0))
        #expect(try target.importBookmarks(json: Data(json.utf8)) == JSONAnnotationsImport.Counts(added: 0, skipped: 1))
        let imported = try target.bookmarks()
        #expect(imported.map(\.label) == ["结尾"])
        #expect(imported.map(\.range) == bookmarks.map(\.range))
        #expect(imported.map(\.created) == bookmarks.map(\.created))
        // Notes are not bookmarks: each import refuses the other's file.
        #expect(throws: ReaderStoreError.self) { try target.importNotes(json: Data(json.utf8)) }
    }

    @Test(
        "a file that is not an export imports nothing",
        arguments: [
            "", "not json", "{}", "[]", #"{"items": [{"id": "x"}]}"#,
            #"{"items": [{"id":"a","motivation":"commenting","created":"2024-01-01T00:00:00Z","body":{"value":"ok"},"target":{"selector":[{"type":"TextQuoteSelector","exact":"今天"},{"type":"TextPositionSelector","start":0,"end":6}]}},{"id":"b","motivation":"commenting","created":"yesterday","target":{"selector":[]}}]}"#
        ])
    func badFilesWriteNothing(json: String) throws {
        let database = try ReaderDatabase.inMemory()
        let target = try database.openDocument(document, path: path)
        #expect(throws: ReaderStoreError.self) { try target.importNotes(json: Data(json.utf8)) }
        #expect(try database.values("SELECT count(*) FROM note") == ["0"])
        #expect(try database.values("SELECT count(*) FROM document") == ["0"])
    }
}
