import Annotations
import SpeechParser

/// Bookmarks as Markdown, shaped like `MarkdownNotesExport`: each bookmark's passage under its
/// heading, followed by its label.
public enum MarkdownBookmarksExport {
    /// The Markdown for `bookmarks` (in document order, orphans last) on `document`.
    public static func render(
        _ bookmarks: [Bookmark], document: Document, documentName: String, exportedAt: Timestamp,
        language: ExportLanguage = .english
    ) -> String {
        let items = bookmarks.map { bookmark in
            MarkdownExport.Item(
                quote: bookmark.anchor.quote.exact, text: bookmark.label, state: bookmark.state,
                range: bookmark.range, originalPath: bookmark.anchor.nodePath)
        }
        return MarkdownExport(document: document, language: language)
            .render(items, kind: .bookmarks, documentName: documentName, exportedAt: exportedAt)
    }
}
