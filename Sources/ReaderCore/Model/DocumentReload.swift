import Annotations
import SpeechParser

/// A new version of the open document, as the shell read it after the file changed on disk,
/// with the store's notes and bookmarks placed in it (`Action.documentReloaded`).
public struct DocumentReload: Sendable {
    /// The text as it is now.
    public let document: Document
    /// The notes placed in the new text by the store, or nil when the store could not answer:
    /// the reducer then places the notes it has itself, with the same re-anchoring.
    public let notes: [Note]?
    /// The bookmarks, likewise.
    public let bookmarks: [Bookmark]?

    /// A reload of `document` with the store's lists (nil: the store could not re-read them).
    public init(document: Document, notes: [Note]?, bookmarks: [Bookmark]?) {
        self.document = document
        self.notes = notes
        self.bookmarks = bookmarks
    }
}

extension DocumentReload: Hashable {
    /// Equal when the texts and the lists are (the outline follows from the text).
    public static func == (lhs: DocumentReload, rhs: DocumentReload) -> Bool {
        lhs.document.textHash == rhs.document.textHash && lhs.document.text == rhs.document.text
            && lhs.notes == rhs.notes && lhs.bookmarks == rhs.bookmarks
    }

    /// Hashes the text's identity and the lists.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(document.textHash)
        hasher.combine(notes)
        hasher.combine(bookmarks)
    }
}
