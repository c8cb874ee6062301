import Annotations
import Foundation
import SpeechParser

/// Notes as a W3C Web Annotation collection (JSON): each note is an `Annotation` with a
/// `TextualBody` and a `target.selector` holding a `TextQuoteSelector` and a
/// `TextPositionSelector`, ISO 8601 `created`/`modified` times, its `state` and `nodePath`.
///
/// Positions are UTF-8 byte offsets (each position selector says `"unit": "utf8"`), not the W3C
/// default of code points. Anchored notes describe where the passage is now; orphans keep the
/// selectors they were made with.
public enum JSONNotesExport {
    /// The JSON text for `notes` on `document`; `source` is the document's path or `bundled:NAME`.
    public static func render(_ notes: [Note], document: Document, documentName: String, source: String) throws
        -> String
    {
        let collection = Collection(
            label: "Notes on \(documentName)", source: sourceIRI(source),
            items: notes.map { annotation(for: $0, document: document, source: sourceIRI(source)) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return JSONSafety.escapeInvisibles(String(decoding: try encoder.encode(collection), as: UTF8.self)) + "\n"
    }

    /// A file path as a `file://` IRI; anything else (`bundled:NAME`) as it is.
    static func sourceIRI(_ source: String) -> String {
        source.hasPrefix("/") ? URL(fileURLWithPath: source).absoluteString : source
    }

    private static func annotation(for note: Note, document: Document, source: String) -> Annotation {
        let anchor = note.range.map { TextAnchor(document: document, range: $0) } ?? note.anchor
        return Annotation(
            id: "urn:speechreader:note:\(note.id)",
            created: date(note.created), modified: date(note.updated),
            body: Body(value: note.text),
            target: Target(
                source: source,
                selector: [
                    Selector(
                        type: "TextQuoteSelector", exact: anchor.quote.exact, prefix: anchor.quote.prefix,
                        suffix: anchor.quote.suffix, start: nil, end: nil, unit: nil),
                    Selector(
                        type: "TextPositionSelector", exact: nil, prefix: nil, suffix: nil,
                        start: anchor.position.start, end: anchor.position.end, unit: TextPositionSelector.unit)
                ]),
            state: note.state.rawValue, nodePath: note.nodePath)
    }

    private static func date(_ timestamp: Timestamp) -> Date {
        Date(timeIntervalSince1970: Double(timestamp.millisecondsSince1970) / 1000)
    }

    private struct Collection: Encodable {
        let context = "http://www.w3.org/ns/anno.jsonld"
        let type = "AnnotationCollection"
        let label: String
        let source: String
        let items: [Annotation]
        var total: Int { items.count }

        enum CodingKeys: String, CodingKey {
            case context = "@context"
            case type, label, source, total, items
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(context, forKey: .context)
            try container.encode(type, forKey: .type)
            try container.encode(label, forKey: .label)
            try container.encode(source, forKey: .source)
            try container.encode(total, forKey: .total)
            try container.encode(items, forKey: .items)
        }
    }

    private struct Annotation: Encodable {
        let id: String
        var type = "Annotation"
        var motivation = "commenting"
        let created: Date
        let modified: Date
        let body: Body
        let target: Target
        let state: String
        let nodePath: String

        init(id: String, created: Date, modified: Date, body: Body, target: Target, state: String, nodePath: String) {
            self.id = id
            self.created = created
            self.modified = modified
            self.body = body
            self.target = target
            self.state = state
            self.nodePath = nodePath
        }
    }

    private struct Body: Encodable {
        var type = "TextualBody"
        var format = "text/plain"
        let value: String

        init(value: String) { self.value = value }
    }

    private struct Target: Encodable {
        let source: String
        let selector: [Selector]
    }

    /// Either selector; nil fields are left out.
    private struct Selector: Encodable {
        let type: String
        let exact: String?
        let prefix: String?
        let suffix: String?
        let start: Int?
        let end: Int?
        let unit: String?
    }
}
