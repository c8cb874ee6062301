import Annotations
import Foundation
import SpeechParser

/// Bookmarks as a W3C Web Annotation collection, shaped like `JSONNotesExport` with the
/// motivation `bookmarking` and the label as the body (none when the label is empty).
public enum JSONBookmarksExport {
    /// The JSON text for `bookmarks` on `document`; `source` is the document's path or `bundled:NAME`.
    public static func render(_ bookmarks: [Bookmark], document: Document, documentName: String, source: String)
        throws -> String
    {
        let iri = JSONNotesExport.sourceIRI(source)
        let items = bookmarks.map { bookmark in
            AnnotationJSON.Item(
                id: "urn:speechreader:bookmark:\(bookmark.id)", motivation: "bookmarking",
                created: AnnotationJSON.date(bookmark.created), modified: nil,
                body: bookmark.label.isEmpty ? nil : AnnotationJSON.Body(value: bookmark.label),
                target: JSONNotesExport.target(bookmark.anchor, range: bookmark.range, document: document, source: iri),
                state: bookmark.state.rawValue, nodePath: bookmark.nodePath,
                anchor: AnnotationJSON.Anchor(
                    selector: AnnotationJSON.selectors(of: bookmark.anchor), nodePath: bookmark.anchor.nodePath))
        }
        return try AnnotationJSON.encode(
            AnnotationJSON.Collection(
                label: "Bookmarks on \(documentName)", source: iri, total: items.count, items: items))
    }
}
