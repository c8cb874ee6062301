import GRDB

/// The store's schema: every migration ever shipped, in order. A landed migration is never
/// edited — a change is a new `v2`, `v3`, … — so any store can be brought up to date and a store
/// from a newer version is recognised (it has migrations we do not know) and left alone.
///
/// Offsets (`anchor_start`, `current_start`, `text_offset`, …) are UTF-8 byte offsets into the
/// decoded text; times are milliseconds since 1970-01-01 UTC.
enum StoreSchema {
    /// The identifiers of the migrations this version knows.
    static let knownMigrations = ["v1", "v2", "v3", "v4"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        // GRDB runs each migration with foreign keys off and checks them before the commit, so
        // v2 can rebuild `document` under the tables that refer to it.
        migrator.registerMigration("v2", migrate: v2)
        migrator.registerMigration("v3", migrate: PromptHistoryTable.v3)
        migrator.registerMigration("v4", migrate: v4)
        return migrator
    }

    /// Documents, notes, bookmarks and reading positions.
    private static func v1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    path TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    content_length INTEGER NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    UNIQUE (content_hash, content_length)
                );
                CREATE INDEX document_on_path ON document(path);
                """)
        for (table, payload) in [("note", "text TEXT NOT NULL"), ("bookmark", "label TEXT NOT NULL")] {
            try db.execute(
                sql: """
                    CREATE TABLE \(table) (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        \(payload),
                        quote_exact TEXT NOT NULL CHECK (quote_exact <> ''),
                        quote_prefix TEXT NOT NULL,
                        quote_suffix TEXT NOT NULL,
                        anchor_start INTEGER NOT NULL,
                        anchor_end INTEGER NOT NULL,
                        anchor_path TEXT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('exact', 'moved', 'fuzzy', 'orphaned')),
                        current_start INTEGER,
                        current_end INTEGER,
                        current_path TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL,
                        CHECK ((state = 'orphaned') = (current_start IS NULL))
                    );
                    CREATE INDEX \(table)_on_document ON \(table)(document_id, current_start);
                    """)
        }
        try db.execute(
            sql: """
                CREATE TABLE reading_position (
                    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                    node_path TEXT NOT NULL,
                    text_offset INTEGER NOT NULL,
                    node_offset INTEGER NOT NULL,
                    content_hash TEXT NOT NULL,
                    updated_at INTEGER NOT NULL
                );
                """)
    }
}
