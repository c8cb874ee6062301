import GRDB

/// A row of `document`: one speech the store knows, by content fingerprint and last path.
struct DocumentRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "document"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    /// The absolute path it was last opened from, or `bundled:NAME`.
    var path: String
    /// `DocumentFingerprint.hashText` of the text the anchors were last resolved against.
    var contentHash: String
    /// UTF-8 length of that text.
    var contentLength: Int
    var createdAt: Int64
    var updatedAt: Int64

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Whether this row describes exactly this content.
    func hasContent(_ fingerprint: DocumentFingerprint) -> Bool {
        contentHash == fingerprint.hashText && contentLength == fingerprint.length
    }
}
