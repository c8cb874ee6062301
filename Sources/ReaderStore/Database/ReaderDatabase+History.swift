import GRDB

/// The reader's prompt history: the last `historyLimit` distinct inputs of each kind.
extension ReaderDatabase {
    /// Which prompt an input was typed into.
    public enum HistoryKind: String, Sendable, CaseIterable {
        /// `/` searches.
        case search
        /// `:` go-to inputs.
        case goto
    }

    /// Inputs kept per kind.
    public static let historyLimit = 100

    /// The inputs of `kind`, oldest first.
    public func history(_ kind: HistoryKind) throws -> [String] {
        try read { db in
            try String.fetchAll(
                db, sql: "SELECT text FROM prompt_history WHERE kind = ? ORDER BY id", arguments: [kind.rawValue])
        }
    }

    /// Remembers `text` as the newest input of `kind` (an older copy is dropped), keeping the
    /// newest `historyLimit`. Empty text is ignored.
    public func recordHistory(_ kind: HistoryKind, text: String) throws {
        guard !text.isEmpty else { return }
        try Self.checkLength(of: text)
        let now = clock()
        try write { db in
            try db.execute(
                sql: "DELETE FROM prompt_history WHERE kind = ? AND text = ?", arguments: [kind.rawValue, text])
            try db.execute(
                sql: "INSERT INTO prompt_history (kind, text, used_at) VALUES (?, ?, ?)",
                arguments: [kind.rawValue, text, now])
            try db.execute(
                sql: """
                    DELETE FROM prompt_history WHERE kind = ? AND id NOT IN
                        (SELECT id FROM prompt_history WHERE kind = ? ORDER BY id DESC LIMIT ?)
                    """,
                arguments: [kind.rawValue, kind.rawValue, Self.historyLimit])
        }
    }
}
