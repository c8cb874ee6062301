import Annotations
import Foundation
import SpeechParser
import TestSupport
import Testing

@testable import ReaderStore

/// One bookmark per place: adding again returns the one there, relabelling when asked.
@Suite("One bookmark per place")
struct BookmarkPlaceTests {
    let document = Fixture.document()

    @Test func addingTwiceKeepsOneAndSaysSo() throws {
        let store = try ReaderDatabase.inMemory().openDocument(document, path: "/speeches/a.txt")
        let index = try Fixture.node("2.1", in: document)
        let first = try #require(try store.placeBookmark(nodeIndex: index, label: ""))
        let second = try #require(try store.placeBookmark(nodeIndex: index, label: ""))
        #expect(first.outcome == .added)
        #expect(second.outcome == .existing)
        #expect(second.bookmark == first.bookmark)
        #expect(try store.bookmarks().count == 1)
        let client: any AnnotationStore = store
        let range = try #require(first.bookmark.range)
        #expect(try client.placeBookmark(range: range, label: "").outcome == .existing)
        #expect(try client.addBookmark(range: range, label: "").id == first.bookmark.id)
    }

    @Test func aNewLabelRelabelsAndAnEmptyOneKeepsTheOld() throws {
        let store = try ReaderDatabase.inMemory().openDocument(document, path: "/speeches/a.txt")
        let range = try Fixture.range(of: "同志们，让我们携手奋进，再创佳绩！", in: document.text)
        #expect(try store.placeBookmark(range: range, label: "结尾").outcome == .added)
        #expect(try store.placeBookmark(range: range, label: "").outcome == .existing)
        #expect(try store.placeBookmark(range: range, label: "结尾").outcome == .existing)
        let relabelled = try store.placeBookmark(range: range, label: "收尾")
        #expect(relabelled.outcome == .relabelled)
        #expect(try store.bookmarks().map(\.label) == ["收尾"])
    }

    @Test func theDatabaseRefusesASecondRowAtTheSameAnchor() throws {
        let database = try ReaderDatabase.inMemory()
        let store = try database.openDocument(document, path: "/speeches/a.txt")
        _ = try store.addBookmark(range: try Fixture.range(of: "同志们", in: document.text), label: "")
        let duplicate =
            (try? database.execute(
                "INSERT INTO bookmark (document_id, label, quote_exact, quote_prefix, quote_suffix, anchor_start, anchor_end, anchor_path, state, current_start, current_end, current_path, created_at, updated_at) SELECT document_id, 'again', quote_exact, quote_prefix, quote_suffix, anchor_start, anchor_end, anchor_path, state, current_start, current_end, current_path, created_at, updated_at FROM bookmark"
            )) == nil
        #expect(duplicate)
    }

    @Test func v2MergesDuplicatesAStoreAlreadyHas() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(at: directory.store.directory, withIntermediateDirectories: true)
        let file = directory.store.databaseFile.path
        // A v1 store, as an earlier version left it: three bookmarks, two of them at one place.
        let old = try ReaderDatabase.migrated(file: file, upTo: "v1")
        try old.execute(
            """
            INSERT INTO document (path, content_hash, content_length, created_at, updated_at) VALUES ('/a', 'h', 1, 0, 0);
            INSERT INTO bookmark (document_id, label, quote_exact, quote_prefix, quote_suffix, anchor_start, anchor_end,
                anchor_path, state, current_start, current_end, current_path, created_at, updated_at)
            VALUES (1, '', 'q', '', '', 0, 1, '1', 'exact', 0, 1, '1', 0, 0),
                   (1, '标签', 'q', '', '', 0, 1, '1', 'exact', 0, 1, '1', 0, 0),
                   (1, '', 'q', '', '', 2, 3, '1', 'exact', 2, 3, '1', 0, 0);
            """)
        let migrated = try ReaderDatabase.open(location: directory.store)
        #expect(try migrated.values("SELECT id || ':' || label FROM bookmark ORDER BY id") == ["1:标签", "3:"])
        #expect(try migrated.values("PRAGMA foreign_key_check").isEmpty)
        #expect(try migrated.appliedMigrations() == StoreSchema.knownMigrations)
    }
}
