import Annotations
import SpeechParser
import Testing

@testable import ReaderCore

/// Bookmarks, notes and the sentence selection in the reducer, on the bundled speech at 80×24.
/// As in the other reducer tests, each step states the whole expected state.
@Suite("Reader reducer: bookmarks, notes, selection")
struct ReaderAnnotationTests {
    let speech = ReaderFixture.speech

    private func typing(_ text: String) -> [Action] { text.map { .promptInsert($0) } }
    private func sentence(_ needle: String) -> Int { ReaderFixture.sentence(containing: needle) }
    private var savedStart: SavedView { SavedView(anchor: 0, cursor: 0, search: SearchState()) }

    // MARK: - loading

    @Test func theStoreLoadsTheListsAndSaysNothingWhenAllIsWell() {
        var state = ReaderFixture.state()
        var expected = state
        let notes = ReaderFixture.sampleNotes
        let bookmarks = [ReaderFixture.bookmark(7, "重点", sentence: 3)]
        expected.annotations.setNotes(notes, in: speech)
        expected.annotations.setBookmarks(bookmarks)
        expected.annotations.isReadOnly = false
        #expect(
            ReaderReducer.reduce(&state, .storeLoaded(notes: notes, bookmarks: bookmarks, readOnly: false, notice: nil))
                == [])
        #expect(state == expected)
        // Derived: passages by start, and per-node counts (the orphan counts nowhere).
        #expect(state.annotations.noteRanges.count == 3)
        #expect(state.annotations.ownNoteCounts[ReaderFixture.node("1.2.1")] == 1)
        #expect(state.annotations.ownNoteCounts.values.reduce(0, +) == 3)
    }

    @Test func aStoreThatCannotBeOpenedIsANoticeAndRefusesWrites() {
        var state = ReaderFixture.state()
        var expected = state
        let notice = "/tmp/x/store.sqlite is not an SQLite database; left untouched"
        expected.annotations.notice = notice
        expected.message = .storeNotice(notice)
        ReaderReducer.reduce(&state, .storeLoaded(notes: [], bookmarks: [], readOnly: true, notice: notice))
        #expect(state == expected)

        // `a` and `m` say why instead of opening a prompt; the lists still open.
        for action in [Action.startNote, .startBookmark] {
            #expect(ReaderReducer.reduce(&state, action) == [.bell])
            #expect(state == expected)
        }
        expected.message = nil
        expected.mode = .notes(ListState())
        #expect(ReaderReducer.reduce(&state, .showNotes) == [])
        #expect(state == expected)
    }

    @Test func aReadOnlyStoreListsItsNotesButRefusesToChangeThem() {
        let notice = "the store /x/store.sqlite is read-only; nothing was saved — notes are read-only"
        var state = ReaderFixture.loaded(notes: ReaderFixture.sampleNotes, readOnly: true, notice: notice)
        ReaderReducer.reduce(&state, .showNotes)
        var expected = state
        expected.message = .storeNotice(notice)
        for action in [Action.listDelete, .listEdit] {
            #expect(ReaderReducer.reduce(&state, action) == [.bell])
            #expect(state == expected)
        }
    }

    @Test func beforeTheStoreAnswersWritesAreRefused() {
        var state = ReaderFixture.state()
        #expect(ReaderReducer.reduce(&state, .startNote) == [.bell])
        #expect(state.message == .storeNotice(nil) && state.mode == .normal)
    }

    // MARK: - bookmarks

    @Test func mAsksForALabelAndAddsTheBookmarkOnTheCursorSentence() {
        var state = ReaderFixture.loaded()
        var expected = state
        let range = speech.sentences[0]
        expected.mode = .prompt(PromptState(kind: .bookmarkLabel(range: range), saved: savedStart))
        #expect(ReaderReducer.reduce(&state, .startBookmark) == [])
        #expect(state == expected)

        expected.mode = .prompt(PromptState(kind: .bookmarkLabel(range: range), saved: savedStart, input: " 开篇要点 "))
        ReaderFixture.apply(typing(" 开篇要点 "), to: &state)
        #expect(state == expected)

        expected.mode = .normal
        #expect(ReaderReducer.reduce(&state, .promptAccept) == [.addBookmark(range: range, label: "开篇要点")])
        #expect(state == expected)

        // The shell answers with the committed list.
        let bookmark = ReaderFixture.bookmark(1, "开篇要点", sentence: 0)
        expected.annotations.setBookmarks([bookmark])
        expected.message = .bookmarkAdded(path: "preamble")
        #expect(ReaderReducer.reduce(&state, .bookmarksChanged([bookmark], .added(path: "preamble"))) == [])
        #expect(state == expected)
    }

    @Test func anEmptyLabelIsFine() {
        var state = ReaderFixture.loaded()
        let effects = ReaderFixture.apply([.startBookmark, .promptAccept], to: &state)
        #expect(effects == [.addBookmark(range: speech.sentences[0], label: "")])
        #expect(state.mode == .normal)
    }

    // MARK: - notes

    @Test func aAnnotatesTheCursorSentenceWithChineseTypedOneCodePointAtATime() {
        var state = ReaderFixture.loaded()
        ReaderFixture.press(ReaderFixture.keys(":1.2.1") + [.key(.enter)], on: &state)
        var expected = state
        let cursor = sentence("一是要把群众满意度")
        let range = speech.sentences[cursor]
        let saved = SavedView(anchor: state.anchor, cursor: cursor, search: SearchState())
        expected.mode = .prompt(PromptState(kind: .note(range: range, sentences: 1), saved: saved))
        #expect(ReaderFixture.press(ReaderFixture.keys("a"), on: &state) == [])
        #expect(state == expected)

        // An input method commits text one code point per event; keys such as q and j are typed.
        ReaderFixture.press(ReaderFixture.keys("群众q满意度"), on: &state)
        expected.mode = .prompt(PromptState(kind: .note(range: range, sentences: 1), saved: saved, input: "群众q满意度"))
        #expect(state == expected)

        expected.mode = .normal
        #expect(ReaderFixture.press([.key(.enter)], on: &state) == [.addNote(range: range, text: "群众q满意度")])
        #expect(state == expected)

        let note = ReaderFixture.note(1, "群众q满意度", sentences: cursor)
        expected.annotations.setNotes([note], in: speech)
        expected.message = .noteAdded(path: "1.2.1")
        ReaderReducer.reduce(&state, .notesChanged([note], .added(path: "1.2.1")))
        #expect(state == expected)
        // The next key clears the acknowledgement.
        expected.message = nil
        expected.cursor += 1
        ReaderReducer.reduce(&state, .nextSentence)
        #expect(state == expected)
    }

    @Test func anEmptyNoteIsNotSaved() {
        var state = ReaderFixture.loaded()
        var expected = state
        expected.message = .emptyNote
        #expect(ReaderFixture.apply([.startNote] + typing(" \u{3000} "), to: &state) == [])
        #expect(ReaderReducer.reduce(&state, .promptAccept) == [.bell])
        #expect(state == expected)
    }

    @Test func escapeInTheNotePromptKeepsTheSelection() {
        var state = ReaderFixture.loaded()
        ReaderFixture.apply([.extendSelection, .extendSelection], to: &state)
        let expected = state
        ReaderFixture.apply([.startNote] + typing("草稿") + [.promptCancel], to: &state)
        #expect(state == expected)
    }

    // MARK: - selection

    @Test func vSelectsThenExtendsAndANoteCoversTheSelection() {
        var state = ReaderFixture.loaded()
        var expected = state
        expected.selectionAnchor = 0
        #expect(ReaderReducer.reduce(&state, .extendSelection) == [])
        #expect(state == expected)
        #expect(state.selectedSentences == 0...0)

        expected.cursor = 2
        ReaderFixture.apply([.extendSelection, .extendSelection], to: &state)
        #expect(state == expected)
        #expect(state.selectedSentences == 0...2)
        let range = speech.sentences[0].lowerBound..<speech.sentences[2].upperBound
        #expect(state.selectionRange == range)

        let saved = SavedView(anchor: 0, cursor: 2, search: SearchState())
        expected.mode = .prompt(PromptState(kind: .note(range: range, sentences: 3), saved: saved))
        ReaderReducer.reduce(&state, .startNote)
        #expect(state == expected)

        expected.mode = .normal
        expected.selectionAnchor = nil  // saved: the selection is done
        #expect(ReaderFixture.apply(typing("三句") + [.promptAccept], to: &state) == [.addNote(range: range, text: "三句")])
        #expect(state == expected)
    }

    @Test func theSelectionRunsFromWhereItStartedToTheCursorEitherWay() {
        var state = ReaderFixture.loaded()
        ReaderFixture.apply(
            [
                .nextSentence, .nextSentence, .nextSentence, .extendSelection, .previousSentence,
                .previousSentence
            ], to: &state)
        #expect(state.selectionAnchor == 3 && state.cursor == 1 && state.selectedSentences == 1...3)
        // `v` extends away from where the selection started: upwards here.
        ReaderReducer.reduce(&state, .extendSelection)
        #expect(state.cursor == 0 && state.selectedSentences == 0...3)
        // At the first sentence it can go no further.
        #expect(ReaderReducer.reduce(&state, .extendSelection) == [.bell])
    }

    @Test func escapeClearsTheSelectionFirstThenTheSearch() {
        var state = ReaderFixture.loaded()
        ReaderFixture.apply([.startSearch] + typing("政绩观") + [.promptAccept, .extendSelection], to: &state)
        var expected = state
        expected.selectionAnchor = nil
        ReaderReducer.reduce(&state, .clearSelectionOrSearch)
        #expect(state == expected)
        expected.search = SearchState()
        ReaderReducer.reduce(&state, .clearSelectionOrSearch)
        #expect(state == expected)
    }

    // MARK: - messages from the shell

    @Test func aFailureFromTheShellIsShownUntilTheNextKey() {
        var state = ReaderFixture.loaded()
        var expected = state
        expected.message = .failure("the disk holding /x/store.sqlite is full; nothing was saved")
        ReaderReducer.reduce(&state, .report(.failure("the disk holding /x/store.sqlite is full; nothing was saved")))
        #expect(state == expected)
        // A resize or another answer from the shell leaves it; a key clears it.
        ReaderReducer.reduce(&state, .notesChanged([], .reloaded))
        #expect(state.message == expected.message)
        ReaderReducer.reduce(&state, .scroll(.rows(1)))
        #expect(state.message == nil)
    }

    @Test func theMessageForEachKindOfChange() {
        var state = ReaderFixture.loaded()
        let cases: [(Action, StatusMessage?)] = [
            (.notesChanged([], .edited), .noteEdited), (.notesChanged([], .removed), .noteRemoved),
            (.bookmarksChanged([], .removed), .bookmarkRemoved),
            (.bookmarksChanged([], .added(path: "2.1")), .bookmarkAdded(path: "2.1")),
            (.notesChanged([], .reloaded), .bookmarkAdded(path: "2.1"))  // a reload keeps the message
        ]
        for (action, message) in cases {
            ReaderReducer.reduce(&state, action)
            #expect(state.message == message, "\(action)")
        }
    }
}
