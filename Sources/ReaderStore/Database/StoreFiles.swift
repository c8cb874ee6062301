import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File-system steps around opening the store, done before SQLite sees the file so that nothing
/// that is not a valid store is ever created over, rewritten or "repaired".
enum StoreFiles {
    /// What is at the database path.
    enum Existing: Equatable {
        /// Nothing: a new store will be created.
        case missing
        /// An empty file (a store whose creation was interrupted): SQLite treats it as a new database.
        case empty
        /// A file that starts with the SQLite header; SQLite must still validate it.
        case database
    }

    /// SQLite's 16-byte file header.
    static let sqliteMagic = Array("SQLite format 3\0".utf8)

    /// Creates the store directory (mode 0700) if it is missing. An existing directory is left as
    /// it is: it may be one the user chose with `--store`.
    static func prepareDirectory(_ directory: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ReaderStoreError.cannotCreateDirectory(path: directory.path, reason: "a file is in the way")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            // Another process may have created it meanwhile.
            if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
            {
                return
            }
            throw ReaderStoreError.cannotCreateDirectory(path: directory.path, reason: reason(of: error))
        }
    }

    /// Looks at the database file without changing it.
    static func inspect(_ path: String) throws -> Existing {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return .missing }
            throw ReaderStoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ReaderStoreError.cannotOpen(path: path, reason: "not a regular file")
        }
        if status.st_size == 0 { return .empty }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReaderStoreError.cannotOpen(path: path, reason: "cannot read it")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: sqliteMagic.count)).map { [UInt8]($0) } ?? []
        guard header == sqliteMagic else { throw ReaderStoreError.notADatabase(path: path) }
        return .database
    }

    /// Creates the empty database file with mode 0600 before SQLite does, because SQLite gives its
    /// `-wal` and `-shm` files the database file's mode. An existing file is never touched.
    static func createEmptyFile(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
            return
        }
        let code = errno
        if code == EEXIST { return }
        let reason = String(cString: strerror(code))
        if code == EACCES || code == EROFS || code == EPERM { throw ReaderStoreError.readOnly(path: path) }
        if code == ENOSPC || code == EDQUOT { throw ReaderStoreError.diskFull(path: path) }
        throw ReaderStoreError.cannotOpen(path: path, reason: reason)
    }

    /// Tightens the database, `-wal` and `-shm` files to 0600 (an older or copied store may be
    /// looser). Best effort: a file we cannot chmod is one we could not have opened for writing.
    static func restrictPermissions(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] {
            var status = stat()
            guard stat(file, &status) == 0, status.st_mode & 0o777 != 0o600 else { continue }
            _ = chmod(file, 0o600)
        }
    }

    /// A one-line reason from a Foundation error.
    static func reason(of error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
