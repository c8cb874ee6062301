import Annotations
import GRDB

/// A row of `note`.
struct NoteRecord: AnchoredRecord, Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "note"
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
        anchorExactly(anchor)
    }

    /// Reads a row column by column (see `decodeAnchorColumns`).
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        documentId = try row.decode(forColumn: "document_id")
        text = try row.decode(forColumn: "text")
        createdAt = try row.decode(forColumn: "created_at")
        updatedAt = try row.decode(forColumn: "updated_at")
        try decodeAnchorColumns(from: row)
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
