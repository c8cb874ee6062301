/// Why the store could not do something. Each `description` is one line naming the file or the
/// item involved, so the command line and the reader can show it as it is.
public enum ReaderStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store directory is missing and cannot be created (or is not a directory).
    case cannotCreateDirectory(path: String, reason: String)
    /// The database file cannot be opened (permissions, missing directory, a directory in its place…).
    case cannotOpen(path: String, reason: String)
    /// The file is not an SQLite database at all; it was left untouched.
    case notADatabase(path: String)
    /// The file is an SQLite database, but not one of ours; it was left untouched.
    case notAStore(path: String)
    /// The database is damaged; it was left untouched.
    case corrupt(path: String, detail: String)
    /// A newer speechreader migrated the store past the schema we know; we refuse to downgrade it.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The store can only be read (read-only file, directory or file system, or read-only mode).
    case readOnly(path: String)
    /// The disk (or quota) is full; the write was rolled back.
    case diskFull(path: String)
    /// Another process held the store locked longer than the busy timeout.
    case busy(path: String)
    /// Any other failure of the database or the file system.
    case failed(path: String, reason: String)
    /// No note has this id.
    case noSuchNote(id: Int64)
    /// No bookmark has this id.
    case noSuchBookmark(id: Int64)
    /// A note or bookmark must cover some text.
    case emptyPassage
    /// A note's text is nothing but white space (see `NoteText`).
    case emptyNote
    /// A note text beyond the size limit.
    case textTooLong(bytes: Int, limit: Int)
    /// A file to import is not an export speechreader can read; nothing was imported.
    case badImport(reason: String)

    public var description: String { Self.oneLine(message) }

    private var message: String {
        switch self {
        case .cannotCreateDirectory(let path, let reason):
            return "cannot create the store directory \(path): \(reason)"
        case .cannotOpen(let path, let reason): return "cannot open the store \(path): \(reason)"
        case .notADatabase(let path):
            return "\(path) is not an SQLite database; left untouched (move it away or use --store DIR)"
        case .notAStore(let path):
            return "\(path) is an SQLite database but not a speechreader store; left untouched (use --store DIR)"
        case .corrupt(let path, let detail):
            return "the store \(path) is damaged (\(detail)); left untouched — restore a backup or move it away"
        case .newerSchema(let path, let migrations):
            return
                "the store \(path) was written by a newer speechreader (schema \(migrations.joined(separator: ", "))); upgrade speechreader — refusing to downgrade it"
        case .readOnly(let path): return "the store \(path) is read-only; nothing was saved"
        case .diskFull(let path): return "the disk holding \(path) is full; nothing was saved"
        case .busy(let path): return "the store \(path) stayed locked by another process; nothing was saved, try again"
        case .failed(let path, let reason): return "store \(path): \(reason)"
        case .noSuchNote(let id): return "no note with id \(id) (see `speechreader notes list`)"
        case .noSuchBookmark(let id): return "no bookmark with id \(id) (see `speechreader bookmarks list`)"
        case .emptyPassage: return "the passage to anchor to is empty"
        case .emptyNote: return "the note's text is empty"
        case .textTooLong(let bytes, let limit): return "the note is \(bytes) bytes long; the limit is \(limit) bytes"
        case .badImport(let reason): return "not a speechreader JSON export (\(reason)); nothing was imported"
        }
    }

    /// `text` on one line, without control characters, so a message can never span lines.
    static func oneLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar.properties.generalCategory == .control ? " " : scalar
                }))
    }
}
