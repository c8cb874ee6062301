import GRDB

/// Migration v3: the reader's `/` and `:` inputs, kept across sessions and documents.
/// `kind` is `search` or `goto`; a newer use of the same text replaces the older row, so `id`
/// orders the entries from oldest to newest.
enum PromptHistoryTable {
    static func v3(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE prompt_history (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('search', 'goto')),
                    text TEXT NOT NULL CHECK (text <> ''),
                    used_at INTEGER NOT NULL,
                    UNIQUE (kind, text)
                );
                """)
    }
}
