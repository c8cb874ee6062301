import Annotations
import GRDB

/// A row of `bookmark`.
struct BookmarkRecord: AnchoredRecord, Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "bookmark"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var documentId: Int64
    var label: String
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

    /// A new bookmark anchored exactly where it was made.
    init(documentId: Int64, label: String, anchor: TextAnchor, now: Int64) {
        self.documentId = documentId
        self.label = label
        self.createdAt = now
        self.updatedAt = now
        anchorExactly(anchor)
    }

    /// Reads a row column by column (see `decodeAnchorColumns`).
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        documentId = try row.decode(forColumn: "document_id")
        label = try row.decode(forColumn: "label")
        createdAt = try row.decode(forColumn: "created_at")
        updatedAt = try row.decode(forColumn: "updated_at")
        try decodeAnchorColumns(from: row)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The document's bookmark at the place of `anchor`, if any: placed at its range now, or made
    /// with the same anchor (an orphan keeps its anchor; v2's unique index is on the anchor).
    static func atPlace(of anchor: TextAnchor, documentID: Int64) -> QueryInterfaceRequest<BookmarkRecord> {
        let placedThere =
            Column("current_start") == anchor.position.start && Column("current_end") == anchor.position.end
        let sameAnchor =
            Column("anchor_start") == anchor.position.start && Column("anchor_end") == anchor.position.end
            && Column("quote_exact") == anchor.quote.exact && Column("quote_prefix") == anchor.quote.prefix
            && Column("quote_suffix") == anchor.quote.suffix
        return filter(Column("document_id") == documentID && (placedThere || sameAnchor)).order(Column("id"))
    }

    /// The value the reader and the command line see.
    var bookmark: Bookmark {
        let placed = resolution
        return Bookmark(
            id: id ?? 0, label: label, anchor: anchor, state: placed.state, range: placed.range,
            nodePath: currentPath, created: Timestamp(millisecondsSince1970: createdAt)
        )
    }
}
