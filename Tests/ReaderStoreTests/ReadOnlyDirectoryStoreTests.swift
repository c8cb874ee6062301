import Annotations
import Foundation
import SpeechParser
import TestSupport
import Testing

@testable import ReaderStore

/// A WAL store in a directory that cannot be written: SQLite cannot create the `-shm` index a
/// read-only connection normally needs, so the store opens it immutable when that is safe (see
/// `ImmutableStoreFile`), and refuses reads once the file changes under it.
@Suite("A store in a read-only directory")
struct ReadOnlyDirectoryStoreTests {
    let document = Fixture.document()

    /// A store in `directory` with one note, closed again (so no `-wal` or `-shm` is left).
    private func storeWithANote(in directory: URL) throws -> (StoreLocation, Note) {
        let location = StoreLocation(directory: directory)
        let note = try ReaderDatabase.open(location: location).openDocument(document, path: "/a.txt")
            .addNote(text: "已保存的笔记", range: try Fixture.range(of: "掌握思想武器", in: document.text))
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        try #require(left == ["store.sqlite"], "the closed store left \(left)")
        return (location, note)
    }

    @Test(
        "a really read-only directory: notes are read, writes refused, nothing created",
        .enabled(if: ReadOnlyDirectory.isAvailable, Comment(rawValue: ReadOnlyDirectory.unavailableReason)))
    func readOnlyDirectory() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let (location, note) = try storeWithANote(in: temporary.store.directory)
        let before = try Data(contentsOf: location.databaseFile)
        let unlock = try #require(try ReadOnlyDirectory.make(location.directory.path))
        defer { unlock() }
        let database = try ReaderDatabase.open(location: location, mode: .readOnly)
        #expect(database.immutableFile != nil)
        #expect(try database.note(id: note.id).text == "已保存的笔记")
        #expect(try database.openDocument(document, path: "/a.txt").notes().map(\.text) == ["已保存的笔记"])
        #expect(throws: ReaderStoreError.self) { try ReaderDatabase.open(location: location) }
        let reader = ReaderDatabase.openForReader(location: location)
        #expect(reader.database?.isReadOnly == true)
        #expect(reader.notice?.contains("read-only") == true, "\(reader.notice ?? "")")
        #expect(try FileManager.default.contentsOfDirectory(atPath: location.directory.path) == ["store.sqlite"])
        #expect(try Data(contentsOf: location.databaseFile) == before)
    }

    @Test("a directory taken as read-only (also as root): immutable reads, refused once the file changes")
    func simulatedReadOnlyDirectory() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        // Characters that mean something in a `file:` URI must stay part of the path.
        let directory = temporary.url.appendingPathComponent("存储 ?#%20&x=1")
        let (location, note) = try storeWithANote(in: directory)
        let database = try ReaderDatabase.open(location: location, mode: .readOnly, directoryIsWritable: { _ in false })
        #expect(database.immutableFile != nil)
        #expect(database.isReadOnly)
        #expect(try database.note(id: note.id).text == "已保存的笔记")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["store.sqlite"])

        // The directory is writable after all: another process writes, and the immutable
        // connection's next read is refused rather than answered from a changing file.
        let writer = try ReaderDatabase.open(location: location)
        _ = try writer.openDocument(document, path: "/a.txt").addNote(text: "新笔记", range: 0..<3)
        #expect(throws: ReaderStoreError.self) { try database.note(id: note.id) }
    }

    @Test("a WAL store with a -wal or -shm beside it is never opened immutable")
    func leftoverLogIsNotIgnored() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let (location, _) = try storeWithANote(in: temporary.store.directory)
        let file = location.databaseFile.path
        #expect(ImmutableStoreFile.whenNeeded(for: file, directoryIsWritable: { _ in false }) != nil)
        #expect(ImmutableStoreFile.whenNeeded(for: file, directoryIsWritable: { _ in true }) == nil)
        for suffix in ["-wal", "-shm"] {
            FileManager.default.createFile(atPath: file + suffix, contents: Data())
            #expect(ImmutableStoreFile.whenNeeded(for: file, directoryIsWritable: { _ in false }) == nil, "\(suffix)")
            try FileManager.default.removeItem(atPath: file + suffix)
        }
    }

    @Test("a store not in WAL mode needs no -shm and is opened normally")
    func rollbackJournalStore() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let (location, note) = try storeWithANote(in: temporary.store.directory)
        var bytes = [UInt8](try Data(contentsOf: location.databaseFile))
        bytes[18] = 1  // file format versions 1: rollback journal
        bytes[19] = 1
        try Data(bytes).write(to: location.databaseFile)
        #expect(
            ImmutableStoreFile.whenNeeded(for: location.databaseFile.path, directoryIsWritable: { _ in false }) == nil)
        let database = try ReaderDatabase.open(location: location, mode: .readOnly, directoryIsWritable: { _ in false })
        #expect(database.immutableFile == nil)
        #expect(try database.note(id: note.id).text == "已保存的笔记")
    }
}
