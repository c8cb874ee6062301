import GRDB

extension DocumentStore {
    /// The columns a note or bookmark shares with its copy (all but `id` and `document_id`).
    private static let anchorColumns = [
        "quote_exact", "quote_prefix", "quote_suffix", "anchor_start", "anchor_end", "anchor_path", "state",
        "current_start", "current_end", "current_path", "created_at", "updated_at"
    ]

    /// Inside a write transaction: gives the document `copy` copies of the notes, bookmarks and
    /// reading position of `original`. Both have the same text, so every placement (state,
    /// current range) carries over unchanged, as do the created and updated times.
    func copyAnnotations(from original: Int64, to copy: Int64, _ db: Database) throws {
        for (table, payload) in [("note", "text"), ("bookmark", "label")] {
            let columns = ([payload] + Self.anchorColumns).joined(separator: ", ")
            try db.execute(
                sql: """
                    INSERT INTO \(table) (document_id, \(columns))
                    SELECT ?, \(columns) FROM \(table) WHERE document_id = ? ORDER BY id
                    """,
                arguments: [copy, original])
        }
        try db.execute(
            sql: """
                INSERT INTO reading_position (
                    document_id, node_path, text_offset, node_offset, cursor_offset, cursor_node_offset, content_hash, updated_at)
                SELECT ?, node_path, text_offset, node_offset, cursor_offset, cursor_node_offset, content_hash, updated_at
                FROM reading_position WHERE document_id = ?
                """,
            arguments: [copy, original])
    }
}
