import Annotations
import SpeechParser
import Testing

@testable import ReaderCore

/// `u` brings back the last deleted note or bookmark; `r` in the note list moves an orphaned note
/// to the cursor sentence (or the selection). The reducer only asks; the store does it.
@Suite("Reader reducer: undo and re-attach")
struct ReaderUndoReattachTests {
    @Test("a deleted note is asked back once with `u`; a second `u` has nothing to undo")
    func undoADeletedNote() {
        let note = ReaderFixture.note(7, "第一条批注", sentences: 3)
        var state = ReaderFixture.loaded(notes: [note])
        ReaderReducer.reduce(&state, .showNotes)
        ReaderReducer.reduce(&state, .listDelete)
        #expect(ReaderReducer.reduce(&state, .confirmDelete) == [.removeNote(id: 7)])
        ReaderReducer.reduce(&state, .notesChanged([], .removed))
        ReaderReducer.reduce(&state, .closeList)
        #expect(ReaderReducer.reduce(&state, .reading(.undo)) == [.store(.restoreNote(note))])
        #expect(ReaderReducer.reduce(&state, .reading(.undo)) == [.bell])
        #expect(state.message == .reading(.nothingToUndo))
    }

    @Test("a deleted bookmark is asked back with `u`")
    func undoADeletedBookmark() {
        let bookmark = ReaderFixture.bookmark(3, "要点", sentence: 5)
        var state = ReaderFixture.loaded(bookmarks: [bookmark])
        ReaderReducer.reduce(&state, .showBookmarks)
        ReaderReducer.reduce(&state, .listDelete)
        #expect(ReaderReducer.reduce(&state, .confirmDelete) == [.removeBookmark(id: 3)])
        ReaderReducer.reduce(&state, .bookmarksChanged([], .removed))
        ReaderReducer.reduce(&state, .closeList)
        #expect(ReaderReducer.reduce(&state, .reading(.undo)) == [.store(.restoreBookmark(bookmark))])
    }

    @Test("nothing deleted: `u` rings and says so; a read-only store refuses")
    func undoWithNothingOrReadOnly() {
        var state = ReaderFixture.loaded()
        #expect(ReaderReducer.reduce(&state, .reading(.undo)) == [.bell])
        #expect(state.message == .reading(.nothingToUndo))
    }

    @Test("`r` on an orphaned note asks the store to move it to the cursor sentence")
    func reattachToTheCursorSentence() throws {
        let orphan = ReaderFixture.orphan(9, "旧批注", quote: "已经删去的句子", path: "1.1")
        var state = ReaderFixture.loaded(notes: [orphan])
        ReaderReducer.reduce(&state, .nextSentence)
        let cursor = try #require(state.cursorRange)
        ReaderReducer.reduce(&state, .showNotes)
        #expect(
            ReaderReducer.reduce(&state, .reading(.reattach))
                == [.store(.reattachNote(id: 9, text: "旧批注", range: cursor))])
    }

    @Test("`r` with a selection moves the note to the selected sentences")
    func reattachToTheSelection() throws {
        let orphan = ReaderFixture.orphan(9, "旧批注", quote: "已经删去的句子", path: "1.1")
        var state = ReaderFixture.loaded(notes: [orphan])
        ReaderReducer.reduce(&state, .extendSelection)
        ReaderReducer.reduce(&state, .extendSelection)
        let selection = try #require(state.selectionRange)
        ReaderReducer.reduce(&state, .showNotes)
        #expect(
            ReaderReducer.reduce(&state, .reading(.reattach))
                == [.store(.reattachNote(id: 9, text: "旧批注", range: selection))])
        #expect(state.selectionAnchor == nil)
    }
}
