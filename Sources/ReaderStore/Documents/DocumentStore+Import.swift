import Annotations
import Foundation
import GRDB

extension DocumentStore {
    /// Adds the notes of a JSON export (`JSONNotesExport`) to this document in one transaction,
    /// each placed again in the current text. A note the document already has — same quote,
    /// position, text and creation time — is skipped, so importing twice adds nothing. A file
    /// that is not such an export throws `ReaderStoreError.badImport` and writes nothing.
    public func importNotes(json data: Data) throws -> JSONAnnotationsImport.Counts {
        let items = try JSONAnnotationsImport.notes(from: data)
        return try database.write { db in
            let id = try ensureDocument(db)
            var seen = Set(try NoteRecord.filter(Column("document_id") == id).fetchAll(db).map(Self.key))
            var fresh: [NoteRecord] = []
            for item in items {
                var record = NoteRecord(
                    documentId: id, text: item.text, anchor: item.anchor, now: item.created.millisecondsSince1970)
                record.updatedAt = item.updated.millisecondsSince1970
                if seen.insert(Self.key(record)).inserted { fresh.append(record) }
            }
            for var record in reanchored(fresh) { try record.insert(db) }
            return JSONAnnotationsImport.Counts(added: fresh.count, skipped: items.count - fresh.count)
        }
    }

    /// Adds the bookmarks of a JSON export (`JSONBookmarksExport`) like `importNotes(json:)`; a
    /// bookmark is skipped when the document already has one at its place.
    public func importBookmarks(json data: Data) throws -> JSONAnnotationsImport.Counts {
        let items = try JSONAnnotationsImport.bookmarks(from: data)
        return try database.write { db in
            let id = try ensureDocument(db)
            let records = items.map { item in
                BookmarkRecord(
                    documentId: id, label: item.text, anchor: item.anchor, now: item.created.millisecondsSince1970)
            }
            var added = 0
            for var record in reanchored(records) {
                let placed = record.resolution.range.map { TextAnchor(document: document, range: $0) } ?? record.anchor
                let here = try BookmarkRecord.atPlace(of: placed, documentID: id).fetchOne(db)
                let same = try BookmarkRecord.atPlace(of: record.anchor, documentID: id).fetchOne(db)
                guard here == nil, same == nil else { continue }
                try record.insert(db)
                added += 1
            }
            return JSONAnnotationsImport.Counts(added: added, skipped: items.count - added)
        }
    }

    /// What makes two notes the same for an import.
    private static func key(_ record: NoteRecord) -> String {
        [record.quoteExact, String(record.anchorStart), String(record.anchorEnd), record.text, String(record.createdAt)]
            .joined(separator: "\u{1F}")
    }
}
