import GRDB

extension StoreSchema {
    /// Copies and one bookmark per place.
    ///
    /// - `document` loses v1's `UNIQUE (content_hash, content_length)`: a byte-identical copy of
    ///   a file is a document of its own. One row per path and content instead.
    /// - `bookmark` gets one row per place: the same anchor (range and quote, as made) in the same
    ///   document. The anchor as made never changes, so re-anchoring after an edit can never
    ///   collide with the index; orphans keep their anchor and are covered too. Duplicates made
    ///   before this version are merged first: the oldest row stays, with the first label any of
    ///   them had.
    static func v2(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE document_v2 (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    path TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    content_length INTEGER NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL
                );
                INSERT INTO document_v2 (id, path, content_hash, content_length, created_at, updated_at)
                    SELECT id, path, content_hash, content_length, created_at, updated_at FROM document;
                DROP TABLE document;
                ALTER TABLE document_v2 RENAME TO document;
                CREATE INDEX document_on_path ON document(path);
                CREATE INDEX document_on_content ON document(content_hash, content_length);
                CREATE UNIQUE INDEX document_on_path_and_content ON document(path, content_hash, content_length);
                """)
        let sameAnchor = """
            other.document_id = bookmark.document_id AND other.anchor_start = bookmark.anchor_start
            AND other.anchor_end = bookmark.anchor_end AND other.quote_exact = bookmark.quote_exact
            AND other.quote_prefix = bookmark.quote_prefix AND other.quote_suffix = bookmark.quote_suffix
            """
        try db.execute(
            sql: """
                UPDATE bookmark SET label = (
                    SELECT other.label FROM bookmark AS other WHERE \(sameAnchor) AND other.label <> ''
                    ORDER BY other.id LIMIT 1)
                WHERE label = '' AND EXISTS (
                    SELECT 1 FROM bookmark AS other WHERE \(sameAnchor) AND other.label <> '');
                DELETE FROM bookmark WHERE id NOT IN (
                    SELECT min(id) FROM bookmark
                    GROUP BY document_id, anchor_start, anchor_end, quote_exact, quote_prefix, quote_suffix);
                CREATE UNIQUE INDEX bookmark_on_anchor ON bookmark(
                    document_id, anchor_start, anchor_end, quote_exact, quote_prefix, quote_suffix);
                """)
    }
}
