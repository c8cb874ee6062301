import Annotations
import Foundation
import GRDB
import SpeechParser

/// The store of bookmarks, notes and reading positions: one SQLite database (WAL mode, a busy
/// timeout, foreign keys on) behind intent-named methods.
///
/// Every write is one transaction, and a method returns only after it committed, so a returned
/// note is on disk. Several processes can use the same store at once. Open one with
/// `open(location:mode:)`; work on one document through `openDocument(_:path:)`.
public struct ReaderDatabase: Sendable {
    /// How long a write waits for another process's lock before giving up, in seconds.
    public static let busyTimeout: TimeInterval = 5
    /// The longest note text accepted, in UTF-8 bytes.
    public static let maximumTextLength = 16 * 1024 * 1024

    /// Whether the store is opened for writing.
    public enum AccessMode: Sendable {
        /// Create the store if missing, migrate it, read and write.
        case readWrite
        /// Read an existing, valid store without changing it (writes fail with `.readOnly`).
        case readOnly
    }

    /// The database file, named in every error (`:memory:` for an in-memory store).
    public let path: String
    /// Whether writes are refused.
    public let isReadOnly: Bool
    let queue: DatabaseQueue
    /// Now, in milliseconds since 1970 UTC (replaceable in tests).
    let clock: @Sendable () -> Int64
    /// Set when the store was opened immutable (a WAL store in a directory that cannot be
    /// written): the file as it was then, checked after every read.
    let immutableFile: ImmutableStoreFile?

    init(
        queue: DatabaseQueue, path: String, isReadOnly: Bool, clock: @escaping @Sendable () -> Int64 = Self.systemClock,
        immutableFile: ImmutableStoreFile? = nil
    ) {
        self.queue = queue
        self.path = path
        self.isReadOnly = isReadOnly
        self.clock = clock
        self.immutableFile = immutableFile
    }

    static let systemClock: @Sendable () -> Int64 = {
        Int64((Date().timeIntervalSince1970 * 1000).rounded())
    }

    /// The store for one document: resolves its identity and brings the store up to date with
    /// it — a renamed file's row follows it, a copied file gets a row of its own with copies of
    /// the original's notes, bookmarks and reading position, an edited file's anchors are placed
    /// again and saved. `path` is the file's absolute path, or `bundled:NAME` for the bundled
    /// speech; `probe` tells a copy from a rename (see `PathProbe`).
    public func openDocument(_ document: Document, path: String, probe: PathProbe = .fileSystem) throws
        -> DocumentStore
    {
        let store = DocumentStore(database: self, document: document, path: path, probe: probe)
        try store.synchronize()
        return store
    }

    /// The note with this id, as last placed.
    public func note(id: Int64) throws -> Note {
        try read { db in
            guard let record = try NoteRecord.fetchOne(db, key: id) else { throw ReaderStoreError.noSuchNote(id: id) }
            return record.note
        }
    }

    /// Replaces the text of a note.
    public func editNote(id: Int64, text: String) throws -> Note {
        try Self.checkLength(of: text)
        return try write { db in
            guard var record = try NoteRecord.fetchOne(db, key: id) else { throw ReaderStoreError.noSuchNote(id: id) }
            record.text = text
            record.updatedAt = clock()
            try record.update(db, columns: ["text", "updated_at"])
            return record.note
        }
    }

    /// Deletes a note.
    public func removeNote(id: Int64) throws {
        try write { db in
            guard try NoteRecord.deleteOne(db, key: id) else { throw ReaderStoreError.noSuchNote(id: id) }
        }
    }

    /// The bookmark with this id, as last placed.
    public func bookmark(id: Int64) throws -> Bookmark {
        try read { db in
            guard let record = try BookmarkRecord.fetchOne(db, key: id) else {
                throw ReaderStoreError.noSuchBookmark(id: id)
            }
            return record.bookmark
        }
    }

    /// Deletes a bookmark.
    public func removeBookmark(id: Int64) throws {
        try write { db in
            guard try BookmarkRecord.deleteOne(db, key: id) else { throw ReaderStoreError.noSuchBookmark(id: id) }
        }
    }

    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound database, else the problems found.
    public func integrityCheck() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The identifiers of the migrations applied to this store (`["v1"]`, …).
    public func appliedMigrations() throws -> [String] {
        try read { db in try StoreSchema.migrator.appliedMigrations(db) }
    }

    /// Runs `body` in a read transaction, turning failures into `ReaderStoreError`. On a store
    /// opened immutable, a read during which the file changed is refused (see `ImmutableStoreFile`).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let result: T
        do {
            result = try queue.read(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
        if let immutableFile, !immutableFile.isUnchanged {
            throw ReaderStoreError.cannotOpen(
                path: path, reason: "the store changed while it was read without locking; open it again")
        }
        return result
    }

    /// Runs `body` in one immediate write transaction; returns after the commit.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard !isReadOnly else { throw ReaderStoreError.readOnly(path: path) }
        do {
            return try queue.write(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    static func checkLength(of text: String) throws {
        let length = text.utf8.count
        if length > maximumTextLength { throw ReaderStoreError.textTooLong(bytes: length, limit: maximumTextLength) }
    }

    /// A `ReaderStoreError` for any failure, naming the file.
    static func storeError(_ error: Error, path: String) -> ReaderStoreError {
        if let error = error as? ReaderStoreError { return error }
        guard let error = error as? DatabaseError else {
            return .failed(path: path, reason: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: error.message ?? "database disk image is malformed")
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return .readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: error.message ?? "unable to open database file")
        default: return .failed(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}
