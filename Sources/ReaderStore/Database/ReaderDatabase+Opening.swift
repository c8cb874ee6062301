import Foundation
import GRDB

extension ReaderDatabase {
    /// Opens the store at `location`, creating it (directory 0700, files 0600) when missing.
    ///
    /// An existing file is first checked without writing to it: not an SQLite file, an SQLite
    /// database that is not ours, a damaged one (`PRAGMA quick_check`) or one migrated by a newer
    /// version throws a `ReaderStoreError` naming the file and leaves its bytes as they were.
    /// `.readOnly` opens an existing valid store and never writes (for a reader that could not
    /// open it for writing).
    public static func open(location: StoreLocation, mode: AccessMode = .readWrite) throws -> ReaderDatabase {
        try open(location: location, mode: mode, directoryIsWritable: ImmutableStoreFile.isWritableDirectory)
    }

    /// `open(location:mode:)` with the test of whether the store directory is writable replaced
    /// (tests simulate a read-only directory with it, which root could write anyway).
    static func open(
        location: StoreLocation, mode: AccessMode, directoryIsWritable: (String) -> Bool
    ) throws -> ReaderDatabase {
        var attempts = 0
        while true {
            let started = ContinuousClock.now
            do {
                return try openOnce(location: location, mode: mode, directoryIsWritable: directoryIsWritable)
            } catch let error as ReaderStoreError {
                // While another process makes the store (creates the file, switches it to WAL,
                // applies its first migration), SQLite can answer "busy" at once, without waiting
                // for the lock: a race lost, not a lock held. It is tried again; a busy answer
                // that came after the whole busy timeout is a lock held, and is reported.
                guard case .busy = error, attempts + 1 < migrationAttempts,
                    ContinuousClock.now - started < .seconds(busyTimeout)
                else { throw error }
                attempts += 1
                usleep(20_000)
            }
        }
    }

    private static func openOnce(
        location: StoreLocation, mode: AccessMode, directoryIsWritable: (String) -> Bool
    ) throws -> ReaderDatabase {
        let file = location.databaseFile.path
        if mode == .readWrite { try StoreFiles.prepareDirectory(location.directory) }
        switch try StoreFiles.inspect(file) {
        case .database:
            try validate(file, directoryIsWritable: directoryIsWritable)
        case .empty where mode == .readWrite:
            break
        case .missing where mode == .readWrite:
            try StoreFiles.createEmptyFile(file)
        case .empty, .missing:
            throw ReaderStoreError.cannotOpen(path: file, reason: "there is no store yet")
        }
        if mode == .readOnly {
            let (queue, immutableFile) = try openReadOnlyQueue(file, directoryIsWritable: directoryIsWritable)
            let ready = try? queue.read { try StoreSchema.migrator.hasCompletedMigrations($0) }
            guard ready == true else {
                throw ReaderStoreError.cannotOpen(path: file, reason: "the store is not set up yet")
            }
            return ReaderDatabase(queue: queue, path: file, isReadOnly: true, immutableFile: immutableFile)
        }
        let queue: DatabaseQueue
        do {
            queue = try openQueue(file, readonly: false)
            // WAL with synchronous=NORMAL can lose the last commits on power loss; a note
            // acknowledged to the user must survive that too.
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try migrate(queue)
        } catch {
            // In a directory that cannot be written SQLite cannot create the `-wal` file, and
            // says "unable to open": the store is read-only (callers fall back to reading it).
            let failure = storeError(error, path: file)
            if case .cannotOpen = failure, !directoryIsWritable(location.directory.path) {
                throw ReaderStoreError.readOnly(path: file)
            }
            throw failure
        }
        StoreFiles.restrictPermissions(file)
        return ReaderDatabase(queue: queue, path: file, isReadOnly: false)
    }

    /// Opens the store for the interactive reader, which must open the document whatever happens:
    /// for writing if possible, else read-only (notes shown, changes refused), else not at all.
    /// `notice` is the one-line message to show when the store is not fully usable.
    public static func openForReader(location: StoreLocation) -> (database: ReaderDatabase?, notice: String?) {
        do {
            return (try open(location: location), nil)
        } catch {
            let reason = storeError(error, path: location.databaseFile.path).description
            if let readOnly = try? open(location: location, mode: .readOnly) {
                return (readOnly, reason + " — notes are read-only")
            }
            return (nil, reason + " — notes and bookmarks are unavailable")
        }
    }

    /// A fresh store in memory (tests, or a reader that runs without a store).
    public static func inMemory() throws -> ReaderDatabase {
        try inMemory(clock: systemClock)
    }

    static func inMemory(clock: @escaping @Sendable () -> Int64) throws -> ReaderDatabase {
        do {
            let queue = try DatabaseQueue(configuration: configuration(readonly: false))
            try migrate(queue)
            return ReaderDatabase(queue: queue, path: ":memory:", isReadOnly: false, clock: clock)
        } catch {
            throw storeError(error, path: ":memory:")
        }
    }

    static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.journalMode = readonly ? .default : .wal
        configuration.label = "speechreader.store"
        return configuration
    }

    /// The configuration of a store file opened for writing: WAL, switched on as the connection
    /// opens. (GRDB's `journalMode = .wal` does the same, and also makes sure a non-empty `-wal`
    /// file exists by committing an empty transaction, synced twice, on every open; only its
    /// `DatabasePool` readers need that, and it cost the reader a write at each start.)
    static func fileConfiguration(readonly: Bool) -> Configuration {
        var configuration = configuration(readonly: readonly)
        guard !readonly else { return configuration }
        configuration.journalMode = .default
        configuration.prepareDatabase { db in
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            guard mode == "wal" else {
                throw DatabaseError(message: "could not activate WAL mode")
            }
        }
        return configuration
    }

    private static func openQueue(_ file: String, readonly: Bool) throws -> DatabaseQueue {
        do {
            return try DatabaseQueue(path: file, configuration: fileConfiguration(readonly: readonly))
        } catch {
            throw storeError(error, path: file)
        }
    }

    /// A read-only connection to an existing store. A WAL store in a directory this process
    /// cannot write is opened immutable, when that is safe (see `ImmutableStoreFile`): SQLite
    /// cannot create the `-shm` index a normal read-only connection needs there. Returns the
    /// snapshot the reads are then checked against.
    private static func openReadOnlyQueue(
        _ file: String, directoryIsWritable: (String) -> Bool
    ) throws -> (DatabaseQueue, ImmutableStoreFile?) {
        guard let immutable = ImmutableStoreFile.whenNeeded(for: file, directoryIsWritable: directoryIsWritable)
        else {
            return (try openQueue(file, readonly: true), nil)
        }
        do {
            return (try DatabaseQueue(path: immutable.uri, configuration: fileConfiguration(readonly: true)), immutable)
        } catch {
            throw storeError(error, path: file)
        }
    }

    /// Checks an existing database through a read-only connection: sound, ours, not newer.
    private static func validate(_ file: String, directoryIsWritable: (String) -> Bool) throws {
        let (queue, immutableFile) = try openReadOnlyQueue(file, directoryIsWritable: directoryIsWritable)
        do {
            try queue.read { db in
                let problems = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard problems == ["ok"] else {
                    throw ReaderStoreError.corrupt(path: file, detail: problems.first ?? "quick_check failed")
                }
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                guard tables.contains("grdb_migrations") else {
                    if tables.isEmpty { return }
                    throw ReaderStoreError.notAStore(path: file)
                }
                let applied = try StoreSchema.migrator.appliedIdentifiers(db)
                guard applied.isEmpty || applied.contains("v1") else { throw ReaderStoreError.notAStore(path: file) }
                let unknown = applied.subtracting(StoreSchema.knownMigrations)
                if !unknown.isEmpty {
                    throw ReaderStoreError.newerSchema(path: file, unknownMigrations: unknown.sorted())
                }
            }
            try queue.close()
            if let immutableFile, !immutableFile.isUnchanged {
                throw ReaderStoreError.cannotOpen(path: file, reason: "the store changed while it was checked")
            }
        } catch {
            throw storeError(error, path: file)
        }
    }

    /// Applies the migrations this version knows. GRDB reads the applied list outside each
    /// migration's transaction, so processes creating a store at once can both try the same
    /// migration: the loser's transaction fails and rolls back. The loser then starts over from
    /// what is applied by now, as long as the other process goes on migrating; each migration is
    /// one transaction, so the store is never left half-made.
    private static func migrate(_ queue: DatabaseQueue) throws {
        let migrator = StoreSchema.migrator
        // Reading the applied list can fail too while another process is between statements of
        // its first migration (`no such table: grdb_migrations`): that is one more lost race, so
        // it is read with `try?` and the migration tried again.
        func isComplete() -> Bool { (try? queue.read { try migrator.hasCompletedMigrations($0) }) == true }
        if isComplete() { return }
        var attempts = 0
        while true {
            do {
                try migrator.migrate(queue)
                return
            } catch {
                if isComplete() { return }
                attempts += 1
                guard attempts < migrationAttempts else { throw error }
                usleep(20_000)
            }
        }
    }

    /// How many times a store being made by another process at the same moment is tried (every
    /// 20 ms; a migration takes a few milliseconds).
    static let migrationAttempts = 25
}
