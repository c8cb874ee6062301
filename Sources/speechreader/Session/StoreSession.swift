import Annotations
import Foundation
import ReaderCore
import ReaderSession
import ReaderStore
import SpeechParser

/// The interactive reader's link to the store for its one document: it opens the store without
/// ever stopping the reader, performs the store effects, and answers each with an action for the
/// reducer (the new list, or a one-line message). Nothing here throws: a store error becomes a
/// message in the status line.
///
/// The database is opened by `initialActions()`, which the run loop calls once the first frame
/// is on screen, so opening SQLite never delays the text.
final class StoreSession: SessionStore {
    private let loaded: LoadedDocument
    private let location: StoreLocation
    /// The open document's view of the store; nil until opened, or when it could not be opened.
    private var client: (any AnnotationStore)?
    /// Why the store is not fully usable, if it is not.
    private var notice: String?
    /// The store and the path the document is known by, to open the document again when the
    /// file changes on disk; nil when the store could not be opened.
    private var reopening: (database: ReaderDatabase, path: String)?
    /// The reading position last written (or read), so an unchanged position is not written again.
    private var lastSaved: ReadingPosition?
    /// The store itself, for what is not tied to the document (the prompt history).
    private(set) var database: ReaderDatabase?

    /// A session for `loaded` with the store at `location`, not yet opened.
    init(_ loaded: LoadedDocument, location: StoreLocation) {
        self.loaded = loaded
        self.location = location
    }

    /// Opens the store for writing if possible, else read-only, else not at all (with a notice
    /// saying why). A damaged store file is never modified.
    private func open() {
        let opened = ReaderDatabase.openForReader(location: location)
        guard let database = opened.database else {
            notice = opened.notice ?? "the store could not be opened"
            return
        }
        let path = StoreOptions.documentPath(loaded)
        do {
            client = try database.openDocument(loaded.document, path: path, probe: StoreOptions.probe)
            notice = opened.notice
            reopening = (database, path)
            self.database = database
        } catch {
            notice = Self.describe(error) + " — notes and bookmarks are unavailable"
        }
    }

    /// What the reader starts with (the store is opened here): the notes and bookmarks, then the
    /// saved reading position.
    func initialActions() -> [Action] {
        open()
        return annotationActions() + historyActions()
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
                actions.append(.restore(offset: position.offset, cursor: position.cursorOffset))
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
        if case .saveLayout(let width, let hidden) = effect {
            return saveLayout(outlineWidth: width, outlineHidden: hidden)
        }
        guard let client else { return [.report(.storeNotice(notice))] }
        do {
            switch effect {
            case .savePosition, .recordHistory, .saveLayout:
                return []  // handled above: they need no client
            case .addNote(let range, let text):
                let note = try client.addNote(text: text, range: range)
                return [.notesChanged(try client.notes(), .added(path: note.nodePath))]
            case .removeNote(let id):
                try client.removeNote(id: id)
                return [.notesChanged(try client.notes(), .removed)]
            case .addBookmark(let range, let label):
                return [try placeBookmark(client, range: range, label: label)]
            case .restoreNote(let note):
                return try restoreNote(note, client)
            case .restoreBookmark(let bookmark):
                return try restoreBookmark(bookmark, client)
            case .reattachNote(let id, let text, let range):
                return try reattachNote(id: id, text: text, range: range, client)
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

    /// The file changed on disk: opens the document again at the same path, which the store
    /// identifies as an edit of the same file (its notes and bookmarks are placed again in the
    /// new text, and saved so when the store takes writes), and re-reads the lists.
    func reopen(_ document: Document) -> Result<(notes: [Note], bookmarks: [Bookmark]), StoreFailure> {
        guard let reopening else { return .success(([], [])) }
        do {
            let store = try reopening.database.openDocument(document, path: reopening.path, probe: StoreOptions.probe)
            client = store
            lastSaved = nil
            return .success((try store.notes(), try store.bookmarks()))
        } catch {
            // Writes must not anchor to the old text: the store is left alone until the next reopen.
            client = nil
            return .failure(StoreFailure("notes could not be placed in the new text: " + Self.describe(error)))
        }
    }

    /// Remembers the outline pane's layout beside the store (not in the user's configuration).
    func saveLayout(outlineWidth: Int?, outlineHidden: Bool) -> [Action] {
        let memory = LayoutMemory(file: location.directory.appendingPathComponent("layout.json"))
        return memory.save(outlineWidth: outlineWidth, outlineHidden: outlineHidden).map { [.report(.failure($0))] }
            ?? []
    }

    /// An error in one line: the store's own wording when it is a store error.
    static func describe(_ error: any Error) -> String {
        let text = (error as? ReaderStoreError)?.description ?? String(describing: error)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
