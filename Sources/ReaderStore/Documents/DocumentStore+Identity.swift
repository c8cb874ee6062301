import Annotations
import GRDB

extension DocumentStore {
    /// How the document relates to what the store knows.
    enum Identity {
        /// Neither its content nor its path is known.
        case unknown
        /// Known content at the known path.
        case same(DocumentRecord)
        /// Known content whose old path no longer holds it: the file was renamed or moved.
        case renamed(DocumentRecord)
        /// Known content whose old path still holds it: the file was copied. The copy becomes a
        /// document of its own, starting with copies of the original's notes and bookmarks.
        case copied(from: DocumentRecord)
        /// Known path, new content: the file was edited; its anchors must be placed again.
        case edited(DocumentRecord)

        /// The row whose notes the document shows (for a copy not yet saved: the original's).
        var record: DocumentRecord? {
            switch self {
            case .unknown: return nil
            case .same(let record), .renamed(let record), .copied(let record), .edited(let record): return record
            }
        }
    }

    /// Finds the document. The same content at the same path is the same document. The same
    /// content known under another path is a rename if that path no longer holds the text, else
    /// a copy (of the oldest document with that text). Otherwise a known path with new content is
    /// an edit (of the most recently updated row at that path).
    func identify(_ db: Database) throws -> Identity {
        let byContent =
            try DocumentRecord
            .filter(Column("content_hash") == fingerprint.hashText && Column("content_length") == fingerprint.length)
            .order(Column("updated_at").desc, Column("id").desc)
            .fetchAll(db)
        if let same = byContent.first(where: { $0.path == path }) { return .same(same) }
        // The file system is asked only here: the first time a known text turns up elsewhere.
        if let moved = byContent.first(where: { !probe.holds($0.path, fingerprint) }) { return .renamed(moved) }
        let byPath = try DocumentRecord.filter(Column("path") == path)
            .order(Column("updated_at").desc, Column("id").desc)
            .fetchOne(db)
        if let byPath { return .edited(byPath) }
        // Copied from the oldest document with this text: the original in the common case, and
        // never a sibling copy that has gathered notes of its own since.
        if let original = byContent.min(by: { ($0.id ?? 0) < ($1.id ?? 0) }) { return .copied(from: original) }
        return .unknown
    }

    /// Brings a known document's row up to date — its path, its anchors if the text changed, a
    /// copy's own row — in one transaction. Writes nothing when nothing changed or the store is
    /// read-only.
    func synchronize() throws {
        guard !isReadOnly else { return }
        let stale = try database.read { db -> Bool in
            switch try identify(db) {
            case .unknown, .same: return false
            case .renamed, .edited, .copied: return true
            }
        }
        if stale { try database.write { db in _ = try update(db) } }
    }

    /// Inside a write transaction: the document's id, creating its row if it is new.
    func ensureDocument(_ db: Database) throws -> Int64 {
        if let id = try update(db) { return id }
        return try insertDocumentRow(db).id
    }

    /// Inside a write transaction: a new row for this document at this path.
    private func insertDocumentRow(_ db: Database) throws -> (id: Int64, record: DocumentRecord) {
        let now = database.clock()
        var record = DocumentRecord(
            id: nil, path: path, contentHash: fingerprint.hashText, contentLength: fingerprint.length,
            createdAt: now, updatedAt: now)
        try record.insert(db)
        guard let id = record.id else {
            throw ReaderStoreError.failed(path: database.path, reason: "no id for a new document")
        }
        return (id, record)
    }

    /// Inside a write transaction: brings the row up to date; its id, or nil if unknown.
    private func update(_ db: Database) throws -> Int64? {
        switch try identify(db) {
        case .unknown:
            return nil
        case .same(let record):
            return record.id
        case .renamed(var record):
            record.path = path
            record.updatedAt = database.clock()
            try record.update(db, columns: ["path", "updated_at"])
            return record.id
        case .copied(let original):
            guard let originalID = original.id else { return nil }
            let copy = try insertDocumentRow(db).id
            try copyAnnotations(from: originalID, to: copy, db)
            return copy
        case .edited(var record):
            guard let id = record.id else { return nil }
            try reanchorStored(NoteRecord.self, documentID: id, db)
            try reanchorStored(BookmarkRecord.self, documentID: id, db)
            record.contentHash = fingerprint.hashText
            record.contentLength = fingerprint.length
            record.updatedAt = database.clock()
            try record.update(db, columns: ["content_hash", "content_length", "updated_at"])
            return id
        }
    }

    /// Places stored anchors in the current text and saves those whose placement changed.
    private func reanchorStored<Record: AnchoredRecord & FetchableRecord & MutablePersistableRecord>(
        _ type: Record.Type, documentID: Int64, _ db: Database
    ) throws {
        let records = try Record.filter(Column("document_id") == documentID).fetchAll(db)
        for (old, new) in zip(records, reanchored(records, keepingOrder: true)) where !old.hasSamePlacement(as: new) {
            try new.update(db, columns: ["state", "current_start", "current_end", "current_path"])
        }
    }

    /// The records with their anchors placed in the current text. They are resolved in the
    /// order of their original positions, so a shift found for one is tried for the next.
    func reanchored<Record: AnchoredRecord>(_ records: [Record], keepingOrder: Bool = false) -> [Record] {
        let order = records.indices.sorted { records[$0].anchorStart < records[$1].anchorStart }
        let items = order.map { (anchor: records[$0].anchor, hint: records[$0].currentStart) }
        let resolutions = Reanchorer(document: document).resolveAll(items)
        var result = records
        for (index, resolution) in zip(order, resolutions) {
            result[index].place(resolution, in: document)
        }
        return result
    }
}

extension AnchoredRecord {
    /// Whether two versions of a record are placed identically.
    func hasSamePlacement(as other: Self) -> Bool {
        state == other.state && currentStart == other.currentStart && currentEnd == other.currentEnd
            && currentPath == other.currentPath
    }
}
