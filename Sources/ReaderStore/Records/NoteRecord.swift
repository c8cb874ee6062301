import GRDB
import ReaderCore

/// A row of `note`.
struct NoteRecord: AnchoredRecord, Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "note"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var documentId: Int64
    var text: String
    var quoteExact = ""
    var quotePrefix = ""
    var quoteSuffix = ""
    var anchorStart = 0
    var anchorEnd = 0
    var anchorPath = ""
    var state = AnchorState.exact.rawValue
    var currentStart: Int?
    var currentEnd: Int?
    var currentPath = ""
    var createdAt: Int64
    var updatedAt: Int64

    /// A new note anchored exactly where it was made.
    init(documentId: Int64, text: String, anchor: TextAnchor, now: Int64) {
        self.documentId = documentId
        self.text = text
        self.createdAt = now
        self.updatedAt = now
        self.anchor = anchor
        self.state = AnchorState.exact.rawValue
        self.currentStart = anchor.position.start
        self.currentEnd = anchor.position.end
        self.currentPath = anchor.nodePath
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The value the reader and the command line see.
    var note: Note {
        let placed = resolution
        return Note(
            id: id ?? 0, text: text, anchor: anchor, state: placed.state, range: placed.range,
            nodePath: currentPath, created: Timestamp(millisecondsSince1970: createdAt),
            updated: Timestamp(millisecondsSince1970: updatedAt)
        )
    }
}
