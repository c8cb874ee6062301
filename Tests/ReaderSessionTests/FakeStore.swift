import Annotations
import ReaderCore
import ReaderSession

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

    init(notes: [Note] = []) {
        self.notes = notes
    }

    func initialActions() -> [Action] {
        [.storeLoaded(notes: notes, bookmarks: [], readOnly: false, notice: nil)]
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
        case .addNote, .removeNote, .addBookmark, .removeBookmark:
            return [.report(.failure("not supported by the fake store"))]
        }
    }

    func savePosition(_ position: ReadingPosition) -> String? {
        savedPositions.append(position)
        return positionFailure
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
