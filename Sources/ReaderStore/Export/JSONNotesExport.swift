import Annotations
import Foundation
import SpeechParser

/// Notes as a W3C Web Annotation collection (JSON): each note is an `Annotation` with a
/// `TextualBody` and a `target.selector` holding a `TextQuoteSelector` and a
/// `TextPositionSelector`, ISO 8601 `created`/`modified` times, its `state` and `nodePath`, and
/// the anchor it was made with (`anchor`), which `JSONAnnotationsImport` reads back.
///
/// Positions are UTF-8 byte offsets (each position selector says `"unit": "utf8"`), not the W3C
/// default of code points. Anchored notes describe where the passage is now; orphans keep the
/// selectors they were made with.
public enum JSONNotesExport {
    /// The JSON text for `notes` on `document`; `source` is the document's path or `bundled:NAME`.
    public static func render(_ notes: [Note], document: Document, documentName: String, source: String) throws
        -> String
    {
        let iri = sourceIRI(source)
        let items = notes.map { note in
            AnnotationJSON.Item(
                id: "urn:speechreader:note:\(note.id)", motivation: "commenting",
                created: AnnotationJSON.date(note.created), modified: AnnotationJSON.date(note.updated),
                body: AnnotationJSON.Body(value: note.text),
                target: target(note.anchor, range: note.range, document: document, source: iri),
                state: note.state.rawValue, nodePath: note.nodePath,
                anchor: AnnotationJSON.Anchor(
                    selector: AnnotationJSON.selectors(of: note.anchor), nodePath: note.anchor.nodePath))
        }
        return try AnnotationJSON.encode(
            AnnotationJSON.Collection(label: "Notes on \(documentName)", source: iri, total: items.count, items: items))
    }

    /// Where an annotation is now: its current passage, or the anchor as made for an orphan.
    static func target(_ anchor: TextAnchor, range: Range<Int>?, document: Document, source: String)
        -> AnnotationJSON.Target
    {
        let placed = range.map { TextAnchor(document: document, range: $0) } ?? anchor
        return AnnotationJSON.Target(source: source, selector: AnnotationJSON.selectors(of: placed))
    }

    /// A file path as a `file://` IRI; anything else (`bundled:NAME`) as it is.
    static func sourceIRI(_ source: String) -> String {
        source.hasPrefix("/") ? URL(fileURLWithPath: source).absoluteString : source
    }
}
