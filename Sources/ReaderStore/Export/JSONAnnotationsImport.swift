import Annotations
import Foundation

/// Reads what `JSONNotesExport` and `JSONBookmarksExport` write, checking everything before
/// anything is stored: a file with one bad item imports nothing.
public enum JSONAnnotationsImport {
    /// One annotation read from an export.
    public struct Item: Hashable, Sendable {
        /// The note's text or the bookmark's label (may be empty for a bookmark).
        public var text: String
        /// The anchor as it was made (placed again in the document imported into).
        public var anchor: TextAnchor
        /// When it was made.
        public var created: Timestamp
        /// When its text last changed (`created` when the export has no `modified`).
        public var updated: Timestamp
    }

    /// What an import did: how many items were added and how many were already there.
    public struct Counts: Hashable, Sendable {
        /// Items stored.
        public var added: Int
        /// Items skipped because the document already had them.
        public var skipped: Int
    }

    /// The notes in an export; throws `ReaderStoreError.badImport` for anything else.
    static func notes(from data: Data) throws -> [Item] {
        try items(from: data, motivation: "commenting") { index, value in
            guard let text = value.flatMap(NoteText.normalized) else {
                throw ReaderStoreError.badImport(reason: "items.\(index).body has no note text")
            }
            try ReaderDatabase.checkLength(of: text)
            return text
        }
    }

    /// The bookmarks in an export; throws `ReaderStoreError.badImport` for anything else.
    static func bookmarks(from data: Data) throws -> [Item] {
        try items(from: data, motivation: "bookmarking") { _, value in
            let label = value ?? ""
            try ReaderDatabase.checkLength(of: label)
            return label
        }
    }

    private static func items(
        from data: Data, motivation: String, text: (Int, String?) throws -> String
    ) throws -> [Item] {
        let collection = try AnnotationJSON.decode(data)
        guard collection.type == "AnnotationCollection" else {
            throw ReaderStoreError.badImport(reason: "type is not AnnotationCollection")
        }
        return try collection.items.enumerated().map { index, item in
            guard item.motivation == motivation else {
                let wanted = motivation == "commenting" ? "notes" : "bookmarks"
                throw ReaderStoreError.badImport(
                    reason: "items.\(index) is “\(item.motivation.prefix(20))”, not one of the \(wanted)")
            }
            let made = item.anchor.flatMap { AnnotationJSON.anchor(from: $0.selector, nodePath: $0.nodePath) }
            guard
                let anchor = made
                    ?? AnnotationJSON.anchor(from: item.target.selector, nodePath: item.nodePath ?? "")
            else {
                throw ReaderStoreError.badImport(
                    reason: "items.\(index).target lacks a TextQuoteSelector and a TextPositionSelector")
            }
            let created = AnnotationJSON.timestamp(item.created)
            return Item(
                text: try text(index, item.body?.value), anchor: anchor, created: created,
                updated: item.modified.map(AnnotationJSON.timestamp) ?? created)
        }
    }
}
