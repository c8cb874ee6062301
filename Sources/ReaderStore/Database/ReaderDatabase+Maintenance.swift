import GRDB

/// Raw SQL for maintenance and tests (internal: the rest of the program goes through the
/// intent-named methods). Failures become `ReaderStoreError` like everywhere else.
extension ReaderDatabase {
    /// Runs SQL statements in one write transaction.
    func execute(_ sql: String) throws {
        try write { db in try db.execute(sql: sql) }
    }

    /// Runs SQL outside any transaction (pragmas such as `journal_mode` or `max_page_count`).
    func executeOutsideTransaction(_ sql: String) throws {
        guard !isReadOnly else { throw ReaderStoreError.readOnly(path: path) }
        do {
            try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The first column of every row of a query, as text (NULL as an empty string).
    func values(_ sql: String) throws -> [String] {
        try read { db in
            try Row.fetchAll(db, sql: sql).map { row in
                switch row.databaseValues.first?.storage {
                case .string(let text): return text
                case .int64(let number): return String(number)
                case .double(let number): return String(number)
                case .blob, .null, nil: return ""
                }
            }
        }
    }
}

extension ReaderDatabase {
    /// A store file migrated only up to `migration` (inclusive): a store as an earlier version
    /// left it, for testing the later migrations on real data.
    static func migrated(file: String, upTo migration: String) throws -> ReaderDatabase {
        do {
            let queue = try DatabaseQueue(path: file, configuration: fileConfiguration(readonly: false))
            try StoreSchema.migrator.migrate(queue, upTo: migration)
            return ReaderDatabase(queue: queue, path: file, isReadOnly: false)
        } catch {
            throw storeError(error, path: file)
        }
    }
}
