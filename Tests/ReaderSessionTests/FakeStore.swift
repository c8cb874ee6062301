import Annotations
import ReaderCore
import ReaderSession
import SpeechParser

/// A store that keeps notes in memory and records every call; `positionFailure` makes saving the
/// reading position fail as a full disk would.
final class FakeStore: SessionStore {
    var notes: [Note]
    /// When set, every save of the reading position fails with this line.
    var positionFailure: String?
    /// The store effects performed, in order.
    private(set) var performed: [StoreEffect] = []
    /// The positions saved (or attempted), in order.
    private(set) var savedPositions: [ReadingPosition] = []
    /// The texts the store was reopened on, in order.
    private(set) var reopened: [String] = []
    /// When set, reopening fails with this line.
    var reopenFailure: String?

    init(notes: [Note] = []) {
        self.notes = notes
    }

    /// Called when the run loop first asks the store for anything.
    var onOpen: () -> Void = {}

    func initialActions() -> [Action] {
        onOpen()
        return [.storeLoaded(notes: notes, bookmarks: [], readOnly: false, notice: nil)]
    }

    func perform(_ effect: StoreEffect) -> [Action] {
        performed.append(effect)
        switch effect {
        case .editNote(let id, let text):
            guard let index = notes.firstIndex(where: { $0.id == id }) else { return [.report(.failure("no note"))] }
            notes[index].text = text
            return [.notesChanged(notes, .edited)]
        case .savePosition(let position):
            return savePosition(position).map { [.report(.failure($0))] } ?? []
        case .recordHistory:
            return []
        case .addNote, .removeNote, .addBookmark, .removeBookmark, .restoreNote, .restoreBookmark, .reattachNote,
            .saveLayout:
            return [.report(.failure("not supported by the fake store"))]
        }
    }

    func savePosition(_ position: ReadingPosition) -> String? {
        savedPositions.append(position)
        return positionFailure
    }

    /// Places the notes in the new text as the store would (by their anchors).
    func reopen(_ document: Document) -> Result<(notes: [Note], bookmarks: [Bookmark]), StoreFailure> {
        reopened.append(document.text)
        if let reopenFailure { return .failure(StoreFailure(reopenFailure)) }
        let resolved = Reanchorer(document: document).resolveAll(notes.map { ($0.anchor, $0.range?.lowerBound) })
        notes = zip(notes, resolved).map { note, resolution in
            var note = note
            note.state = resolution.state
            note.range = resolution.range
            return note
        }
        return .success((notes, []))
    }
}

/// An editor that answers with a fixed result and records the texts it was given.
final class FakeEditor: NoteEditor {
    let result: Result<String, EditorFailure>
    private(set) var given: [String] = []

    init(_ result: Result<String, EditorFailure>) {
        self.result = result
    }

    func edit(_ text: String) -> Result<String, EditorFailure> {
        given.append(text)
        return result
    }
}
