import Annotations
import SpeechParser

/// Notes as Markdown for writing up a study of the speech (see `MarkdownExport` for the shape):
/// a title (the document's first line, or its file name), the file and the export date, then
/// each note as its quoted passage and its text under its heading, with its state when the
/// passage moved or changed.
public enum MarkdownNotesExport {
    /// The Markdown for `notes` (in document order, orphans last, as `DocumentStore.notes()`
    /// returns them) on `document`, dated `exportedAt` (UTC).
    public static func render(
        _ notes: [Note], document: Document, documentName: String, exportedAt: Timestamp,
        language: ExportLanguage = .english
    ) -> String {
        let items = notes.map { note in
            MarkdownExport.Item(
                quote: note.quote, text: note.text, state: note.state, range: note.range,
                originalPath: note.anchor.nodePath)
        }
        return MarkdownExport(document: document, language: language)
            .render(items, kind: .notes, documentName: documentName, exportedAt: exportedAt)
    }
}
