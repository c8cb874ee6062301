import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a WAL store whose directory cannot be written: how, and when it is safe.
///
/// SQLite reads a WAL database through its `-shm` index, which it must be able to open or create
/// beside the database. In a directory this process cannot write (a read-only mount, a directory
/// without write permission, an immutable directory) a plain read-only connection therefore
/// fails even to list notes. SQLite documents three ways to read such a database (wal.html,
/// "Read-Only Databases"): the `-shm` and `-wal` files already exist; the directory is writable;
/// or the connection is opened with the `immutable` URI parameter, which makes SQLite skip
/// locking and the `-shm` entirely and read the database file alone.
///
/// `immutable=1` is only correct when nobody changes the file while it is read, and it ignores
/// any `-wal` content. So it is used only when all of these hold:
/// - the file is in WAL mode (header bytes 18–19 are 2) — otherwise no `-shm` is needed;
/// - this process cannot write the directory — otherwise SQLite's own read-only open works;
/// - neither `-wal` nor `-shm` exists: no connection has the database open (the last one to close
///   checkpoints the log into the database file and deletes both), so every committed
///   transaction is in the database file itself.
///
/// While those hold, no writer can start either: a WAL-mode writer must first create `-wal` and
/// `-shm` in that same directory. The one way the file can still change is the directory
/// becoming writable while a reader keeps the store open; `ReaderDatabase.read` therefore
/// compares the snapshot taken here after every read, and a changed file (or a `-wal`/`-shm` that
/// appeared) turns that read into an error instead of a possibly wrong answer.
struct ImmutableStoreFile: Equatable, Sendable {
    /// The database file.
    let path: String
    private let device: UInt64
    private let inode: UInt64
    private let size: Int64
    private let modifiedSeconds: Int
    private let modifiedNanoseconds: Int

    /// The snapshot of `path` when it must be opened immutable to be read at all (see above), or
    /// nil when a normal read-only connection is the right one. `directoryIsWritable` decides
    /// whether this process may create files beside it (replaceable in tests).
    static func whenNeeded(
        for path: String, directoryIsWritable: (String) -> Bool = isWritableDirectory
    ) -> ImmutableStoreFile? {
        let directory = (path as NSString).deletingLastPathComponent
        guard isWAL(path), !directoryIsWritable(directory.isEmpty ? "." : directory) else { return nil }
        return current(path)
    }

    /// The snapshot now, or nil when the file is missing or a `-wal` or `-shm` file exists.
    static func current(_ path: String) -> ImmutableStoreFile? {
        var status = stat()
        var other = stat()
        guard stat(path, &status) == 0, stat(path + "-wal", &other) != 0, errno == ENOENT,
            stat(path + "-shm", &other) != 0, errno == ENOENT
        else { return nil }
        #if canImport(Darwin)
            let modified = status.st_mtimespec
        #else
            let modified = status.st_mtim
        #endif
        return ImmutableStoreFile(
            path: path, device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
            modifiedSeconds: Int(modified.tv_sec), modifiedNanoseconds: Int(modified.tv_nsec))
    }

    /// Whether the file is still exactly as it was when it was opened (and no log appeared).
    var isUnchanged: Bool { Self.current(path) == self }

    /// The `file:` URI that opens the database immutable. SQLite takes URI file names when built
    /// with SQLITE_USE_URI (as Debian's and Apple's libsqlite3 are); the path is percent-encoded
    /// so that `?`, `#` and `%` in it stay part of the path.
    var uri: String {
        let allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return "file:" + encoded + "?immutable=1"
    }

    /// Whether this process may create files in `directory`.
    static func isWritableDirectory(_ directory: String) -> Bool {
        access(directory, W_OK) == 0
    }

    /// Whether the database file says WAL mode (file format versions 2 at header offsets 18, 19).
    private static func isWAL(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 20)).map { [UInt8]($0) } ?? []
        return header.count == 20 && header[18] == 2 && header[19] == 2
    }
}
