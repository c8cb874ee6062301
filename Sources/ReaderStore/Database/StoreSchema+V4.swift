import GRDB

extension StoreSchema {
    /// The reading cursor: `reading_position` gets the offset of the cursor's sentence, so a
    /// reopened document puts the cursor on the sentence left rather than on the first sentence
    /// of the top line. `cursor_node_offset` is the same distance into the node at `node_path`,
    /// for a text edited in between. Both are NULL for positions saved before this version.
    static func v4(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE reading_position ADD COLUMN cursor_offset INTEGER;
                ALTER TABLE reading_position ADD COLUMN cursor_node_offset INTEGER;
                """)
    }
}
