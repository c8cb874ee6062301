import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Store faults through the command line and the reader, for what the store's unit tests
/// (`Tests/ReaderStoreTests/ReaderDatabaseTests.swift`) and `StoreCommandTests` (a corrupt file,
/// a file that is not SQLite) do not already drive end to end: a store written by a newer
/// version, a read-only store directory, a store directory that cannot be created, and a full
/// disk. Every refusal is one line naming the store, a non-zero exit, and the store's bytes as
/// they were; the reader still opens the document with a visible notice.
@Suite("Store faults", .serialized)
struct StoreFaultTests {
    /// A sandbox with one note saved in its store.
    private func sandboxWithANote() throws -> StoreSandbox {
        let sandbox = try StoreSandbox()
        #expect(try sandbox.succeed(["notes", "add", "1.2.1", "--text", "已保存的笔记"]) == "1\n")
        return sandbox
    }

    /// The bytes of every file in the store directory, by name; SQLite's shared-memory index
    /// (`-shm`) and an empty write-ahead log (`-wal`), which a refused read may leave, hold no data
    /// and are left out.
    private func snapshot(_ sandbox: StoreSandbox) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: sandbox.store) where !name.hasSuffix("-shm") {
            let data = try Data(contentsOf: URL(fileURLWithPath: sandbox.store + "/" + name))
            if name.hasSuffix("-wal"), data.isEmpty { continue }
            files[name] = data
        }
        return files
    }

    /// Commands that write, and commands that only read.
    static let writers: [[String]] = [
        ["notes", "add", "1", "--text", "新笔记"], ["bookmarks", "add", "1"], ["notes", "edit", "1", "--text", "改"],
        ["notes", "remove", "1"]
    ]
    static let readers: [[String]] = [["notes", "list", "--tsv"], ["bookmarks", "list"], ["notes", "export"]]

    @Test("a store migrated by a newer version is refused by every command and left byte for byte")
    func newerSchema() throws {
        let sandbox = try sandboxWithANote()
        defer { sandbox.remove() }
        try SQLiteFile.execute(
            "INSERT INTO grdb_migrations VALUES ('v99_future'); CREATE TABLE tag (id INTEGER PRIMARY KEY);",
            on: sandbox.store + "/store.sqlite")
        let before = try snapshot(sandbox)
        for arguments in Self.writers + Self.readers {
            let run = try sandbox.run(arguments)
            try run.expectOneLineError(containing: "written by a newer speechreader (schema v99_future)")
            #expect(run.stderr.contains(sandbox.store + "/store.sqlite"), "\(run.stderr)")
            #expect(run.stdout.isEmpty, "\(arguments): \(run.stdout)")
            #expect(try snapshot(sandbox) == before, "\(arguments) changed the store")
        }
    }

    @Test(
        "a read-only store directory: writes are refused in one line, listings work, nothing changes",
        .enabled(if: ReadOnlyDirectory.isAvailable, Comment(rawValue: ReadOnlyDirectory.unavailableReason)))
    func readOnlyDirectory() throws {
        let sandbox = try sandboxWithANote()
        defer { sandbox.remove() }
        let unlock = try #require(
            try ReadOnlyDirectory.make(sandbox.store), "could not make \(sandbox.store) read-only")
        defer { unlock() }
        let before = try snapshot(sandbox)
        for arguments in Self.writers {
            let run = try sandbox.run(arguments)
            try run.expectOneLineError(containing: sandbox.store + "/store.sqlite")
            #expect(run.stdout.isEmpty)
            #expect(try snapshot(sandbox) == before, "\(arguments) changed the store")
        }
        // Listings fall back to reading (StoreOptions.openExistingDatabase(readOnlyFallback:)); the
        // store is in WAL mode and no -shm can be created here, so the store opens it immutable.
        for arguments in Self.readers {
            let listing = try sandbox.run(arguments)
            #expect(listing.status == 0, "\(arguments): \(listing.stderr)")
            #expect(listing.stderr.isEmpty, "\(arguments): \(listing.stderr)")
        }
        let listing = try sandbox.run(["notes", "list", "--tsv"])
        #expect(listing.stdout == "1\t1.2.1\texact\t一是要把群众满意度作为衡量政绩的“晴雨表”。\t已保存的笔记\n", "\(listing.stderr)")
        #expect(try snapshot(sandbox) == before)
        // Nothing was created beside the store either (no -wal, no -shm).
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.store) == ["store.sqlite"])
    }

    @Test("a store directory that cannot be created: one line, nothing created", arguments: [true, false])
    func uncreatableDirectory(throughOption: Bool) throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let blocker = sandbox.directory + "/plain-file"
        FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
        let result: StoreProcess.Result
        if throughOption {
            result = try StoreProcess.run(
                ["notes", "add", "1", "--text", "x", "--store", blocker + "/store"],
                environment: [:], input: nil, scratch: sandbox.directory)
        } else {
            // The default location under XDG_DATA_HOME, which is a regular file.
            var environment = ["XDG_DATA_HOME": blocker + "/data"]
            environment["SPEECHREADER_STORE"] = ""
            result = try StoreProcess.run(
                ["bookmarks", "add", "1"], environment: environment, input: nil,
                scratch: sandbox.directory)
        }
        try result.expectOneLineError(containing: "cannot create the store directory \(blocker)/")
        #expect(result.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: blocker)) == Data("x".utf8))
    }

    @Test("a full disk: the note is refused in one line and what was saved stays")
    func diskFull() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let noteFile = try sandbox.write("big-note.txt", String(repeating: "很长的笔记", count: 200_000))
        // A 512 KiB file system when this process may mount one; otherwise a file-size limit
        // (with SIGXFSZ ignored, so the write fails instead of killing the process).
        let small = SmallFileSystem(at: sandbox.directory + "/small")
        defer { small?.unmount() }
        let store = small.map { $0.path + "/store" } ?? sandbox.store
        func run(_ arguments: [String], limitFileSize: Bool = false) throws -> StoreProcess.Result {
            let binary = try SpeechreaderBinary.path()
            let words = ([binary] + arguments + ["--store", store]).map(TerminalFaultTests.quoted).joined(
                separator: " ")
            let limit = limitFileSize ? "ulimit -f 256; trap '' XFSZ; " : ""
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            let result = try ChildProcess.run("/bin/sh", ["-c", limit + "exec " + words], environment: environment)
            return StoreProcess.Result(status: result.status, stdout: result.output, stderr: result.errors)
        }
        #expect(try run(["notes", "add", "1.2.1", "--text", "已保存的笔记"]).status == 0)
        let database = store + "/store.sqlite"
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let full = try run(["notes", "add", "1", "--text-file", noteFile], limitFileSize: small == nil)
        try full.expectOneLineError(containing: database)
        if small != nil { #expect(full.stderr.contains("is full; nothing was saved"), "\(full.stderr)") }
        #expect(full.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        let listed = try run(["notes", "list", "--tsv"])
        #expect(listed.status == 0)
        #expect(listed.stdout == "1\t1.2.1\texact\t一是要把群众满意度作为衡量政绩的“晴雨表”。\t已保存的笔记\n")
    }

    @Test("positions edited to absurd values in a valid store: listings still work, nothing traps")
    func absurdStoredPositions() throws {
        let sandbox = try StoreSandbox()
        defer { sandbox.remove() }
        let file = try sandbox.write("speech.txt", StoreSample.speech)
        _ = try sandbox.succeed(["notes", "add", "1.2.1", "--text", "笔记", file])
        _ = try sandbox.succeed(["bookmarks", "add", "1.1", file])
        try SQLiteFile.execute(
            """
            UPDATE note SET anchor_start = 9223372036854775807, anchor_end = 9223372036854775807,
                current_start = -9223372036854775808, current_end = 9223372036854775807;
            UPDATE bookmark SET anchor_start = -9223372036854775808, anchor_end = 9223372036854775807,
                current_start = 9223372036854775806, current_end = 9223372036854775807;
            """, on: sandbox.store + "/store.sqlite")
        // As stored (the text unchanged): the absurd places are listed as they are.
        for arguments in [["notes", "list", "--json"], ["notes", "export"], ["bookmarks", "list", "--json"]] {
            let run = try sandbox.run(arguments + [file])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        // The text edited: every anchor is placed again from those values (this trapped).
        _ = try sandbox.write("speech.txt", "新增的第一行。\n" + StoreSample.speech)
        let notes = try sandbox.run(["notes", "list", "--tsv", file])
        #expect(notes.status == 0, "\(notes.stderr)")
        #expect(notes.stdout == "1\t1.2.1\tmoved\t一是要坚持调查研究，掌握实际情况。\t笔记\n")
        let bookmarks = try sandbox.run(["bookmarks", "list", "--tsv", file])
        #expect(bookmarks.status == 0, "\(bookmarks.stderr)")
        #expect(bookmarks.stdout == "1\t1.1\t\n")
    }

    @Test(
        "the reader opens the document with a visible notice over a newer store",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func readerNoticeNewer() throws {
        let sandbox = try sandboxWithANote()
        defer { sandbox.remove() }
        try SQLiteFile.execute(
            "INSERT INTO grdb_migrations VALUES ('v99_future');", on: sandbox.store + "/store.sqlite")
        try readerNotice(fault: "newer", sandbox: sandbox)
    }

    @Test(
        "the reader opens the document with a visible notice over a read-only store",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
        .enabled(if: ReadOnlyDirectory.isAvailable, Comment(rawValue: ReadOnlyDirectory.unavailableReason)))
    func readerNoticeReadOnly() throws {
        let sandbox = try sandboxWithANote()
        defer { sandbox.remove() }
        let unlock = try #require(
            try ReadOnlyDirectory.make(sandbox.store), "could not make \(sandbox.store) read-only")
        defer { unlock() }
        try readerNotice(fault: "read-only", sandbox: sandbox)
    }

    /// The reader over a store with `fault`: the document with a notice, reading goes on, the
    /// store's bytes stay as they were.
    private func readerNotice(fault: String, sandbox: StoreSandbox) throws {
        let before = try snapshot(sandbox)
        let session = try TmuxSession.speechreader(
            [], width: 140, height: 30, environment: ["SPEECHREADER_STORE": sandbox.store])
        let screen = try session.waitFor("the document with a notice") { screen in
            screen.contains("今天,我们召开") && TerminalFaultTests.statusLine(screen).contains("store.sqlite")
        }
        let status = TerminalFaultTests.statusLine(screen)
        if fault == "newer" { #expect(status.contains("newer speechreader"), "\(status)") }
        try session.sendKeys("]")
        try session.waitFor("reading goes on") { TerminalFaultTests.statusLine($0).contains(" 1 一、溯源固本") }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        #expect(try snapshot(sandbox) == before)
    }
}

/// A tiny tmpfs, when this process is allowed to mount one (root with CAP_SYS_ADMIN).
struct SmallFileSystem {
    let path: String

    init?(at path: String) {
        guard getuid() == 0,
            let mount = ["/usr/bin/mount", "/bin/mount"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            }),
            (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil,
            let result = try? ChildProcess.run(
                mount, ["-t", "tmpfs", "-o", "size=512k,mode=0700", "speechreader-test", path],
                environment: [:]),
            result.status == 0
        else { return nil }
        self.path = path
    }

    func unmount() {
        for umount in ["/usr/bin/umount", "/bin/umount"] where FileManager.default.isExecutableFile(atPath: umount) {
            _ = try? ChildProcess.run(umount, [path], environment: [:])
            return
        }
    }
}

/// Runs SQL on a database file through the system's libsqlite3 (the one GRDB links), loaded at
/// run time: the end-to-end tests link no SQLite module, and the `sqlite3` tool may be missing.
enum SQLiteFile {
    typealias Open = @convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<OpaquePointer?>?) -> Int32
    typealias Execute =
        @convention(c) (
            OpaquePointer?, UnsafePointer<CChar>?, OpaquePointer?, OpaquePointer?,
            UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        ) -> Int32
    typealias Close = @convention(c) (OpaquePointer?) -> Int32

    static func execute(_ sql: String, on path: String) throws {
        guard let library = dlopen("libsqlite3.so.0", RTLD_NOW) ?? dlopen("libsqlite3.so", RTLD_NOW),
            let openSymbol = dlsym(library, "sqlite3_open"), let executeSymbol = dlsym(library, "sqlite3_exec"),
            let closeSymbol = dlsym(library, "sqlite3_close")
        else {
            throw TmuxSession.Failure(description: "libsqlite3 is not available")
        }
        let open = unsafeBitCast(openSymbol, to: Open.self)
        let exec = unsafeBitCast(executeSymbol, to: Execute.self)
        let close = unsafeBitCast(closeSymbol, to: Close.self)
        var database: OpaquePointer?
        guard open(path, &database) == 0 else { throw TmuxSession.Failure(description: "sqlite3_open \(path) failed") }
        defer { _ = close(database) }
        var message: UnsafeMutablePointer<CChar>?
        guard exec(database, sql, nil, nil, &message) == 0 else {
            throw TmuxSession.Failure(description: "sqlite3_exec failed: \(message.map { String(cString: $0) } ?? "")")
        }
    }
}
