import ArgumentParser
import Foundation
import ReaderStore

/// `--store DIR`: where bookmarks, notes and reading positions are kept.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store directory. Default: $SPEECHREADER_STORE, else $XDG_DATA_HOME/speechreader, else ~/.local/share/speechreader.",
            valueName: "DIR"))
    var store: String?

    /// The resolved location.
    var location: StoreLocation {
        StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens (creating if needed) the store for writing.
    func openDatabase() throws -> ReaderDatabase {
        try ReaderDatabase.open(location: location)
    }

    /// Opens the store if it exists; nil when there is none yet (listings then show nothing,
    /// and no store is created just to be empty). With `readOnlyFallback`, a store that cannot
    /// be written (read-only file or directory) is still read; notes are then placed in an edited
    /// text without saving the new places.
    func openExistingDatabase(readOnlyFallback: Bool = false) throws -> ReaderDatabase? {
        guard FileManager.default.fileExists(atPath: location.databaseFile.path) else { return nil }
        do {
            return try openDatabase()
        } catch let error as ReaderStoreError {
            guard readOnlyFallback, case .readOnly = error,
                let database = try? ReaderDatabase.open(location: location, mode: .readOnly)
            else { throw error }
            return database
        }
    }

    /// The store's view of a loaded document.
    func openDocument(_ loaded: LoadedDocument, in database: ReaderDatabase) throws -> DocumentStore {
        try database.openDocument(loaded.document, path: Self.documentPath(loaded), probe: Self.probe)
    }

    /// What `read` takes from `loaded`'s document in the store, for the commands that only read
    /// (`list`, `export`): nothing when there is no store yet, and a store this user may not
    /// write is read where it lies.
    func read<Item>(_ loaded: LoadedDocument, _ read: (DocumentStore) throws -> [Item]) throws -> [Item] {
        try openExistingDatabase(readOnlyFallback: true).map { try read(openDocument(loaded, in: $0)) } ?? []
    }

    /// Tells a copy from a rename by opening the other path as any document is opened. A path
    /// that exists but cannot be opened counts as still holding its text (a copy: nothing is
    /// taken from the original).
    static let probe = PathProbe { path, fingerprint in
        guard path.hasPrefix("/") else { return true }
        guard FileManager.default.fileExists(atPath: path) else { return false }
        guard let other = try? LoadedDocument.load(path) else { return true }
        return DocumentFingerprint(document: other.document) == fingerprint
    }

    /// The path a document is known by: the file's absolute path with symbolic links resolved,
    /// `bundled:NAME` for the bundled speech, or `stdin:FINGERPRINT` for standard input, which
    /// has no path: the same text piped again is the same document.
    static func documentPath(_ loaded: LoadedDocument) -> String {
        if loaded.isStandardInput { return "stdin:" + DocumentFingerprint(document: loaded.document).hashText }
        guard let url = loaded.fileURL else { return "bundled:" + loaded.displayName }
        return url.resolvingSymlinksInPath().path
    }
}

/// JSON output of the store's listings: pretty, stable key order, ISO 8601 dates, and no raw
/// invisible characters (C1 and bidi controls are escaped as `\uXXXX`).
enum StoreJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return JSONSafety.escapeInvisibles(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }
}
