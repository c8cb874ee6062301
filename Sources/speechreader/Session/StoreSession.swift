import Annotations
import Foundation
import ReaderCore
import ReaderSession
import ReaderStore

/// The interactive reader's link to the store for its one document: it opens the store without
/// ever stopping the reader, performs the store effects, and answers each with an action for the
/// reducer (the new list, or a one-line message). Nothing here throws: a store error becomes a
/// message in the status line.
final class StoreSession: SessionStore {
    /// The open document's view of the store; nil when the store could not be opened.
    private let client: (any AnnotationStore)?
    /// Why the store is not fully usable, if it is not.
    private let notice: String?
    /// The reading position last written (or read), so an unchanged position is not written again.
    private var lastSaved: ReadingPosition?
    /// The store itself, for what is not tied to the document (the prompt history).
    let database: ReaderDatabase?

    private init(client: (any AnnotationStore)?, notice: String?, database: ReaderDatabase? = nil) {
        self.client = client
        self.notice = notice
        self.database = database
    }

    /// Opens the store at `location` for `loaded`: for writing if possible, else read-only, else
    /// not at all (with a notice saying why). A damaged store file is never modified.
    static func open(_ loaded: LoadedDocument, location: StoreLocation) -> StoreSession {
        let opened = ReaderDatabase.openForReader(location: location)
        guard let database = opened.database else {
            return StoreSession(client: nil, notice: opened.notice ?? "the store could not be opened")
        }
        do {
            let store = try database.openDocument(loaded.document, path: StoreOptions.documentPath(loaded))
            return StoreSession(client: store, notice: opened.notice, database: database)
        } catch {
            return StoreSession(client: nil, notice: describe(error) + " — notes and bookmarks are unavailable")
        }
    }

    /// What the reader starts with: the notes and bookmarks, then the saved reading position.
    func initialActions() -> [Action] {
        annotationActions() + historyActions()
    }

    /// The notes and bookmarks, then the saved reading position.
    private func annotationActions() -> [Action] {
        guard let client else {
            return [.storeLoaded(notes: [], bookmarks: [], readOnly: true, notice: notice)]
        }
        var actions: [Action]
        do {
            actions = [
                .storeLoaded(
                    notes: try client.notes(), bookmarks: try client.bookmarks(),
                    readOnly: client.isReadOnly, notice: notice)
            ]
        } catch {
            let reason = Self.describe(error) + " — notes and bookmarks are unavailable"
            return [.storeLoaded(notes: [], bookmarks: [], readOnly: true, notice: reason)]
        }
        do {
            if let position = try client.readingPosition() {
                lastSaved = position
                actions.append(.restore(offset: position.offset))
            }
        } catch {
            actions.append(.report(.failure("the reading position could not be read: " + Self.describe(error))))
        }
        return actions
    }

    /// Performs a store effect; the answer is the new list or the error as a message.
    func perform(_ effect: StoreEffect) -> [Action] {
        if case .savePosition(let position) = effect {
            return savePosition(position).map { [.report(.failure($0))] } ?? []
        }
        if case .recordHistory(let kind, let text) = effect {
            recordHistory(kind, text)
            return []
        }
        guard let client else { return [.report(.storeNotice(notice))] }
        do {
            switch effect {
            case .savePosition, .recordHistory:
                return []  // handled above: they need no client
            case .addNote(let range, let text):
                let note = try client.addNote(text: text, range: range)
                return [.notesChanged(try client.notes(), .added(path: note.nodePath))]
            case .removeNote(let id):
                try client.removeNote(id: id)
                return [.notesChanged(try client.notes(), .removed)]
            case .addBookmark(let range, let label):
                let bookmark = try client.addBookmark(range: range, label: label)
                return [.bookmarksChanged(try client.bookmarks(), .added(path: bookmark.nodePath))]
            case .removeBookmark(let id):
                try client.removeBookmark(id: id)
                return [.bookmarksChanged(try client.bookmarks(), .removed)]
            case .editNote(let id, let text):
                _ = try client.editNote(id: id, text: text)
                return [.notesChanged(try client.notes(), .edited)]
            }
        } catch {
            return [.report(.failure(Self.describe(error)))]
        }
    }

    /// Saves the reading position unless it is the one saved last or the store refuses writes
    /// (its notice was shown when the reader opened). Returns the error, if any, in one line.
    func savePosition(_ position: ReadingPosition) -> String? {
        guard let client, !client.isReadOnly, position != lastSaved else { return nil }
        do {
            try client.saveReadingPosition(position)
            lastSaved = position
            return nil
        } catch {
            return "the reading position was not saved: " + Self.describe(error)
        }
    }

    /// An error in one line: the store's own wording when it is a store error.
    static func describe(_ error: any Error) -> String {
        let text = (error as? ReaderStoreError)?.description ?? String(describing: error)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
