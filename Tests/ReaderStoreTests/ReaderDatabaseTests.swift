import Annotations
import Foundation
import SpeechParser
import TestSupport
import Testing

@testable import ReaderStore

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Opening the store")
struct ReaderDatabaseTests {
    let document = Fixture.document()

    @Test func newStoreIsCreatedPrivateAndMigrated() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let location = temporary.store
        let database = try ReaderDatabase.open(location: location)
        _ = try database.openDocument(document, path: "/a.txt")
            .addNote(text: "n", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        #expect(try permissions(location.directory.path) == 0o700)
        for suffix in ["", "-wal", "-shm"] {
            let file = location.databaseFile.path + suffix
            #expect(FileManager.default.fileExists(atPath: file), "\(file) missing")
            #expect(try permissions(file) == 0o600, "\(file) is not 0600")
        }
        #expect(try database.appliedMigrations() == StoreSchema.knownMigrations)
        #expect(try database.integrityCheck() == ["ok"])
        #expect(try database.values("PRAGMA journal_mode") == ["wal"])
        #expect(try database.values("PRAGMA foreign_keys") == ["1"])
        #expect(try database.values("PRAGMA synchronous") == ["2"])
        #expect(try database.values("PRAGMA busy_timeout") == ["5000"])
    }

    @Test func everyMigrationAppliesToAnEmptyDatabase() throws {
        let database = try ReaderDatabase.inMemory()
        #expect(try database.appliedMigrations() == StoreSchema.knownMigrations)
        let tables = try database.values(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        #expect(
            tables == ["bookmark", "document", "grdb_migrations", "note", "prompt_history", "reading_position"])
        // The schema's checks hold: an orphan has no position, a placed anchor has one.
        let refused =
            (try? database.execute(
                """
                INSERT INTO document (path, content_hash, content_length, created_at, updated_at) VALUES ('p', 'h', 1, 0, 0);
                INSERT INTO note (document_id, text, quote_exact, quote_prefix, quote_suffix, anchor_start, anchor_end,
                    anchor_path, state, current_start, current_end, current_path, created_at, updated_at)
                VALUES (1, 't', 'q', '', '', 0, 1, '', 'orphaned', 0, 1, '', 0, 0);
                """)) == nil
        #expect(refused)
    }

    @Test func reopeningKeepsEverything() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let note = try ReaderDatabase.open(location: temporary.store).openDocument(document, path: "/a.txt")
            .addNote(text: "保存", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        let reopened = try ReaderDatabase.open(location: temporary.store)
        #expect(try reopened.openDocument(document, path: "/a.txt").notes() == [note])
    }

    @Test func deletingADocumentRowCascades() throws {
        let database = try ReaderDatabase.inMemory()
        let store = try database.openDocument(document, path: "/a.txt")
        _ = try store.addNote(text: "n", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        try store.saveReadingPosition(ReadingPosition(nodePath: "1", offset: 10))
        try database.execute("DELETE FROM document")
        #expect(
            try database.values("SELECT (SELECT count(*) FROM note) + (SELECT count(*) FROM reading_position)") == ["0"]
        )
    }

    @Test func anEmptyFileBecomesAStore() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        try FileManager.default.createDirectory(at: temporary.store.directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: temporary.store.databaseFile.path, contents: Data())
        let database = try ReaderDatabase.open(location: temporary.store)
        #expect(try database.appliedMigrations() == StoreSchema.knownMigrations)
    }

    // MARK: Files that are not a valid store are left byte for byte

    private func expectRefusal(
        of bytes: [UInt8], _ matches: (ReaderStoreError) -> Bool, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let location = temporary.store
        try FileManager.default.createDirectory(at: location.directory, withIntermediateDirectories: true)
        try Data(bytes).write(to: location.databaseFile)
        for mode in [ReaderDatabase.AccessMode.readWrite, .readOnly] {
            do {
                _ = try ReaderDatabase.open(location: location, mode: mode)
                Issue.record("opened a file that is not a valid store", sourceLocation: sourceLocation)
            } catch let error as ReaderStoreError {
                #expect(matches(error), "unexpected \(error)", sourceLocation: sourceLocation)
                #expect(error.description.contains(location.databaseFile.path), sourceLocation: sourceLocation)
                #expect(!error.description.contains("\n"), sourceLocation: sourceLocation)
            }
            #expect(
                [UInt8](try Data(contentsOf: location.databaseFile)) == bytes, "the file changed",
                sourceLocation: sourceLocation)
            // SQLite may add its shared-memory index beside a file it reads; nothing else appears.
            let leftovers = Set(try FileManager.default.contentsOfDirectory(atPath: location.directory.path))
            #expect(
                leftovers.isSubset(of: ["store.sqlite", "store.sqlite-shm", "store.sqlite-wal"]),
                "created \(leftovers)", sourceLocation: sourceLocation)
        }
    }

    @Test func aTextFileIsNotADatabase() throws {
        try expectRefusal(of: Array("这不是数据库，而是一份笔记。\n".utf8)) {
            if case .notADatabase = $0 { return true }
            return false
        }
    }

    @Test func aDamagedStoreIsRefused() throws {
        let bytes = try validStoreBytes()
        var damaged = bytes
        // Keep the 100-byte header, scribble over the schema page and the rest.
        for index in 100..<damaged.count { damaged[index] = UInt8(truncatingIfNeeded: index &* 31 &+ 7) }
        try expectRefusal(of: damaged) {
            switch $0 {
            case .corrupt, .notADatabase: return true
            default: return false
            }
        }
    }

    @Test func aTruncatedStoreIsRefused() throws {
        let bytes = try validStoreBytes()
        try expectRefusal(of: Array(bytes.prefix(1_500))) {
            switch $0 {
            case .corrupt, .notADatabase: return true
            default: return false
            }
        }
    }

    @Test func someOtherDatabaseIsNotAStore() throws {
        let bytes = try validStoreBytes(
            """
            DROP TABLE note; DROP TABLE bookmark; DROP TABLE reading_position; DROP TABLE document;
            DROP TABLE grdb_migrations; CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三');
            """)
        try expectRefusal(of: bytes) {
            if case .notAStore = $0 { return true }
            return false
        }
    }

    @Test func aStoreFromANewerVersionIsNotDowngraded() throws {
        let bytes = try validStoreBytes(
            "CREATE TABLE tag (id INTEGER PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v99');")
        try expectRefusal(of: bytes) {
            if case .newerSchema(_, let unknown) = $0 { return unknown == ["v99"] }
            return false
        }
    }

    // MARK: Directories

    @Test func aFileInPlaceOfTheDirectoryIsReported() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        _ = FileManager.default.createFile(atPath: temporary.store.directory.path, contents: Data("x".utf8))
        #expect(
            throws: ReaderStoreError.cannotCreateDirectory(
                path: temporary.store.directory.path, reason: "a file is in the way")
        ) {
            try ReaderDatabase.open(location: temporary.store)
        }
    }

    @Test func anUncreatableDirectoryIsReported() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let blocker = temporary.url.appendingPathComponent("plain-file")
        _ = FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8))
        let location = StoreLocation(directory: blocker.appendingPathComponent("store"))
        do {
            _ = try ReaderDatabase.open(location: location)
            Issue.record("opened a store under a regular file")
        } catch let error as ReaderStoreError {
            guard case .cannotCreateDirectory(let path, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == location.directory.path)
        }
    }

    @Test(.enabled(if: ReadOnlyDirectory.isAvailable, Comment(rawValue: ReadOnlyDirectory.unavailableReason)))
    func aReadOnlyDirectoryIsReportedAndLeftAlone() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        try FileManager.default.createDirectory(at: temporary.store.directory, withIntermediateDirectories: true)
        let unlock = try #require(try ReadOnlyDirectory.make(temporary.store.directory.path))
        defer { unlock() }
        #expect(throws: ReaderStoreError.readOnly(path: temporary.store.databaseFile.path)) {
            try ReaderDatabase.open(location: temporary.store)
        }
    }

    // MARK: Read-only mode and a full disk

    @Test func readOnlyModeReadsButNeverWrites() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let note = try ReaderDatabase.open(location: temporary.store).openDocument(document, path: "/a.txt")
            .addNote(text: "n", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        let before = try Data(contentsOf: temporary.store.databaseFile)
        let readOnly = try ReaderDatabase.open(location: temporary.store, mode: .readOnly)
        #expect(readOnly.isReadOnly)
        let edited = Fixture.document("开头新增。\n" + document.text)
        let store = try readOnly.openDocument(edited, path: "/a.txt")
        #expect(store.isReadOnly)
        // Placed in the edited text for display, but not saved.
        #expect(try store.notes().map(\.state) == [.moved])
        #expect(try readOnly.note(id: note.id).state == .exact)
        #expect(throws: ReaderStoreError.readOnly(path: temporary.store.databaseFile.path)) {
            try store.addNote(text: "x", range: 0..<3)
        }
        #expect(throws: ReaderStoreError.readOnly(path: temporary.store.databaseFile.path)) {
            try readOnly.removeNote(id: note.id)
        }
        #expect(try Data(contentsOf: temporary.store.databaseFile) == before)
    }

    @Test func readOnlyModeNeedsAnExistingStore() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        #expect(throws: ReaderStoreError.self) { try ReaderDatabase.open(location: temporary.store, mode: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: temporary.store.directory.path))
    }

    @Test func aFullDiskFailsTheWriteAndKeepsWhatWasSaved() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let database = try ReaderDatabase.open(location: temporary.store)
        let store = try database.openDocument(document, path: "/a.txt")
        let kept = try store.addNote(text: "已保存", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        // SQLite reports SQLITE_FULL when the page limit is reached, as on a full disk.
        let pages = try #require(try database.values("PRAGMA page_count").first)
        try database.executeOutsideTransaction("PRAGMA max_page_count = \(pages)")
        let big = String(repeating: "满", count: 200_000)
        #expect(throws: ReaderStoreError.diskFull(path: temporary.store.databaseFile.path)) {
            try store.addNote(text: big, range: try Fixture.range(of: "砥砺初心使命", in: document.text))
        }
        #expect(try store.notes() == [kept])
        #expect(try database.integrityCheck() == ["ok"])
    }

    @Test func theReaderDegradesInsteadOfFailing() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let usable = ReaderDatabase.openForReader(location: temporary.store)
        #expect(usable.database?.isReadOnly == false)
        #expect(usable.notice == nil)
        let garbage = Data("not a store".utf8)
        try garbage.write(to: temporary.store.databaseFile)
        let broken = ReaderDatabase.openForReader(location: temporary.store)
        #expect(broken.database == nil)
        #expect(broken.notice?.contains(temporary.store.databaseFile.path) == true)
        #expect(broken.notice.map { $0.contains { $0.isNewline } } == false)
        #expect(try Data(contentsOf: temporary.store.databaseFile) == garbage)
    }

    @Test func errorMessagesAreOneLineAndNameTheFile() {
        let errors: [ReaderStoreError] = [
            .cannotCreateDirectory(path: "/x", reason: "No\nspace"), .cannotOpen(path: "/x", reason: "r"),
            .notADatabase(path: "/x"), .notAStore(path: "/x"), .corrupt(path: "/x", detail: "d\r\n"),
            .newerSchema(path: "/x", unknownMigrations: ["v2"]), .readOnly(path: "/x"), .diskFull(path: "/x"),
            .busy(path: "/x"), .failed(path: "/x", reason: "r")
        ]
        for error in errors {
            #expect(error.description.contains("/x"))
            #expect(!error.description.contains { $0.isNewline })
        }
    }

    // MARK: Helpers

    /// The bytes of a self-contained store (rollback journal, no `-wal`) holding one note, after
    /// running `extra` on it.
    private func validStoreBytes(_ extra: String = "") throws -> [UInt8] {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        do {
            let database = try ReaderDatabase.open(location: temporary.store)
            _ = try database.openDocument(document, path: "/a.txt")
                .addNote(text: "n", range: try Fixture.range(of: "掌握思想武器", in: document.text))
            if !extra.isEmpty { try database.execute(extra) }
            try database.executeOutsideTransaction("PRAGMA journal_mode = DELETE")
        }
        return [UInt8](try Data(contentsOf: temporary.store.databaseFile))
    }
}
