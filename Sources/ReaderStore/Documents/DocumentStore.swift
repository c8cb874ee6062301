import Annotations
import GRDB
import SpeechParser

/// The store as seen by one open document: its notes, bookmarks and reading position. The
/// interactive reader talks to it through `AnnotationStore`.
///
/// The document row is created by the first write, so listing an unknown document writes nothing.
/// Each call identifies the document again inside its transaction (see `identify`: the same
/// text at the same path, else a rename or a copy of a known text, else an edit of a known
/// path), so several processes can work on the same document at once.
public struct DocumentStore: AnnotationStore {
    /// The store.
    public let database: ReaderDatabase
    /// The document as it is now.
    public let document: Document
    /// Its absolute path, or `bundled:NAME`.
    public let path: String
    /// Its content fingerprint.
    public let fingerprint: DocumentFingerprint
    /// Tells a copy from a rename: whether another document's path still holds its text.
    let probe: PathProbe

    init(database: ReaderDatabase, document: Document, path: String, probe: PathProbe) {
        self.database = database
        self.document = document
        self.path = path
        self.fingerprint = DocumentFingerprint(document: document)
        self.probe = probe
    }

    public var isReadOnly: Bool { database.isReadOnly }

    // MARK: Notes

    public func notes() throws -> [Note] {
        try database.read { db in
            guard let known = try identify(db).record, let id = known.id else { return [] }
            var records = try NoteRecord.filter(Column("document_id") == id).fetchAll(db)
            // Only a read-only store gets here with stale placements; place them without saving.
            if !known.hasContent(fingerprint) { records = reanchored(records) }
            return NoteRecord.inDocumentOrder(records).map(\.note)
        }
    }

    public func addNote(text raw: String, range: Range<Int>) throws -> Note {
        guard let text = NoteText.normalized(raw) else { throw ReaderStoreError.emptyNote }
        try ReaderDatabase.checkLength(of: text)
        let anchor = try makeAnchor(range)
        return try database.write { db in
            let id = try ensureDocument(db)
            var record = NoteRecord(documentId: id, text: text, anchor: anchor, now: database.clock())
            try record.insert(db)
            return record.note
        }
    }

    /// Adds a note on `quote`, the first exact occurrence inside the node at `nodeIndex`, or on
    /// the node's first sentence when `quote` is nil; nil when the quote is not in that node.
    public func addNote(text: String, nodeIndex: Int, quote: String?) throws -> Note? {
        let range =
            quote.map { document.range(ofQuote: $0, inNode: nodeIndex) }
            ?? document.firstSentenceRange(ofNode: nodeIndex)
        guard let range else { return nil }
        return try addNote(text: text, range: range)
    }

    public func editNote(id: Int64, text raw: String) throws -> Note {
        guard let text = NoteText.normalized(raw) else { throw ReaderStoreError.emptyNote }
        return try database.editNote(id: id, text: text)
    }

    public func removeNote(id: Int64) throws {
        try database.removeNote(id: id)
    }

    // MARK: Bookmarks

    public func bookmarks() throws -> [Bookmark] {
        try database.read { db in
            guard let known = try identify(db).record, let id = known.id else { return [] }
            var records = try BookmarkRecord.filter(Column("document_id") == id).fetchAll(db)
            if !known.hasContent(fingerprint) { records = reanchored(records) }
            return BookmarkRecord.inDocumentOrder(records).map(\.bookmark)
        }
    }

    public func addBookmark(range: Range<Int>, label: String) throws -> Bookmark {
        try placeBookmark(range: range, label: label).bookmark
    }

    /// Adds a bookmark on `range` unless the document already has one at that place (placed at
    /// the same range now, or made with the same anchor): then that one is returned, with its
    /// label replaced when `label` is not empty and differs.
    public func placeBookmark(range: Range<Int>, label: String) throws -> BookmarkAddition {
        try ReaderDatabase.checkLength(of: label)
        let anchor = try makeAnchor(range)
        return try database.write { db in
            let id = try ensureDocument(db)
            if var existing = try BookmarkRecord.atPlace(of: anchor, documentID: id).fetchOne(db) {
                guard !label.isEmpty, existing.label != label else {
                    return BookmarkAddition(bookmark: existing.bookmark, outcome: .existing)
                }
                existing.label = label
                existing.updatedAt = database.clock()
                try existing.update(db, columns: ["label", "updated_at"])
                return BookmarkAddition(bookmark: existing.bookmark, outcome: .relabelled)
            }
            var record = BookmarkRecord(documentId: id, label: label, anchor: anchor, now: database.clock())
            try record.insert(db)
            return BookmarkAddition(bookmark: record.bookmark, outcome: .added)
        }
    }

    /// Adds a bookmark on the first sentence of the node at `nodeIndex`; nil if it has no text.
    public func addBookmark(nodeIndex: Int, label: String) throws -> Bookmark? {
        try placeBookmark(nodeIndex: nodeIndex, label: label)?.bookmark
    }

    /// `placeBookmark(range:label:)` on the first sentence of the node at `nodeIndex`; nil if
    /// the node has no text.
    public func placeBookmark(nodeIndex: Int, label: String) throws -> BookmarkAddition? {
        guard let range = document.firstSentenceRange(ofNode: nodeIndex) else { return nil }
        return try placeBookmark(range: range, label: label)
    }

    public func removeBookmark(id: Int64) throws {
        try database.removeBookmark(id: id)
    }

    // MARK: Reading position

    public func readingPosition() throws -> ReadingPosition? {
        let record = try database.read { db -> ReadingPositionRecord? in
            guard let id = try identify(db).record?.id else { return nil }
            return try ReadingPositionRecord.fetchOne(db, key: id)
        }
        guard let record else { return nil }
        let saved = ReadingPosition(
            nodePath: record.nodePath, offset: record.textOffset, cursorOffset: record.cursorOffset)
        guard record.contentHash != fingerprint.hashText else { return saved }
        var moved = adjusted(saved, nodeOffset: record.nodeOffset)
        if let cursorNodeOffset = record.cursorNodeOffset {
            moved.cursorOffset = adjusted(saved, nodeOffset: cursorNodeOffset).offset
        } else {
            moved.cursorOffset = nil
        }
        return moved
    }

    public func saveReadingPosition(_ position: ReadingPosition) throws {
        try database.write { db in
            let id = try ensureDocument(db)
            let nodeStart = document.nodeIndex(path: position.nodePath).map { document.nodes[$0].range.lowerBound }
            let record = ReadingPositionRecord(
                documentId: id, nodePath: position.nodePath, textOffset: position.offset,
                nodeOffset: position.offset - (nodeStart ?? 0), cursorOffset: position.cursorOffset,
                cursorNodeOffset: position.cursorOffset.map { $0 - (nodeStart ?? 0) },
                contentHash: fingerprint.hashText,
                updatedAt: database.clock())
            try record.upsert(db)
        }
    }

    // MARK: Helpers

    private func makeAnchor(_ range: Range<Int>) throws -> TextAnchor {
        let anchor = TextAnchor(document: document, range: range)
        guard !anchor.quote.exact.isEmpty else { throw ReaderStoreError.emptyPassage }
        return anchor
    }

    /// A position saved on another version of the text: the same distance into its node if the
    /// node still exists (clamped to it), else the old offset clamped to the text.
    private func adjusted(_ position: ReadingPosition, nodeOffset: Int) -> ReadingPosition {
        if let index = document.nodeIndex(path: position.nodePath) {
            let range = document.nodes[index].range
            let wanted = range.lowerBound + Swift.max(0, nodeOffset)
            let offset = document.offset(
                of: document.index(atOffset: Swift.min(wanted, Swift.max(range.lowerBound, range.upperBound - 1))))
            return ReadingPosition(nodePath: position.nodePath, offset: offset)
        }
        let offset = document.offset(of: document.index(atOffset: position.offset))
        let path = document.nodeIndex(containing: offset).map { document.nodes[$0].path } ?? ""
        return ReadingPosition(nodePath: path, offset: offset)
    }
}
