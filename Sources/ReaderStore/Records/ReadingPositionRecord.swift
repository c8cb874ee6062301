import GRDB

/// A row of `reading_position`: where the reader was in one document.
struct ReadingPositionRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "reading_position"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var documentId: Int64
    var nodePath: String
    /// UTF-8 offset into the text whose hash is `contentHash`.
    var textOffset: Int
    /// `textOffset` relative to the start of the node at `nodePath` (survives edits before it).
    var nodeOffset: Int
    /// UTF-8 offset of the reading cursor's sentence (v4; nil when saved before).
    var cursorOffset: Int?
    /// `cursorOffset` relative to the start of the node at `nodePath`.
    var cursorNodeOffset: Int?
    var contentHash: String
    var updatedAt: Int64
}
