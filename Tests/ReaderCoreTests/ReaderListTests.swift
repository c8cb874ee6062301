import Annotations
import SpeechParser
import Testing

@testable import ReaderCore

/// The bookmark and note lists in the reducer: moving, jumping, deleting after y/n, editing,
/// scrolling long lists, and random walks through all of it.
@Suite("Reader reducer: bookmark and note lists")
struct ReaderListTests {
    let speech = ReaderFixture.speech

    private func notesOpen(_ notes: [Note] = ReaderFixture.sampleNotes) -> ReaderState {
        var state = ReaderFixture.loaded(notes: notes)
        ReaderReducer.reduce(&state, .showNotes)
        return state
    }

    /// One note per sentence on the first `count` sentences.
    private func manyNotes(_ count: Int) -> [Note] {
        (0..<count).map { ReaderFixture.note(Int64($0 + 1), "第\($0 + 1)条", sentences: $0) }
    }

    @Test func aOpensTheNoteListOnTheNoteWhereTheReaderIs() {
        var state = ReaderFixture.loaded(notes: ReaderFixture.sampleNotes)
        var expected = state
        expected.mode = .notes(ListState(selected: 0, top: 0))
        #expect(ReaderFixture.press(ReaderFixture.keys("A"), on: &state) == [])
        #expect(state == expected)

        // From 1.2.2 the list opens on 1.2.2's note.
        state = ReaderFixture.loaded(notes: ReaderFixture.sampleNotes)
        ReaderFixture.press(ReaderFixture.keys(":1.2.2") + [.key(.enter), .character("A")], on: &state)
        #expect(state.mode == .notes(ListState(selected: 1, top: 0)))
    }

    @Test func movingStopsAtTheEndsWithABell() {
        var state = notesOpen()
        var expected = state
        expected.mode = .notes(ListState(selected: 3))
        #expect(ReaderFixture.press(ReaderFixture.keys("jjj"), on: &state) == [])
        #expect(state == expected)
        #expect(ReaderFixture.press(ReaderFixture.keys("j"), on: &state) == [.bell])
        #expect(state == expected)
        expected.mode = .notes(ListState(selected: 0))
        #expect(ReaderFixture.press([.key(.home)], on: &state) == [])
        #expect(state == expected)
        #expect(ReaderFixture.press(ReaderFixture.keys("k"), on: &state) == [.bell])
        expected.mode = .notes(ListState(selected: 3))
        ReaderFixture.press(ReaderFixture.keys("G"), on: &state)
        #expect(state == expected)
    }

    @Test func enterJumpsToThePassageLikeAnyJump() {
        var state = notesOpen()
        ReaderFixture.press(ReaderFixture.keys("jj"), on: &state)
        var expected = ReaderFixture.loaded(notes: ReaderFixture.sampleNotes)
        let closing = ReaderFixture.sampleNotes[2].range ?? 0..<0
        let jumpEffects = ReaderReducer.jump(&expected, showing: closing)
        ReaderReducer.keepOutlineInView(&expected)
        let effects = ReaderFixture.press([.key(.enter)], on: &state)
        #expect(effects == jumpEffects && effects.count == 1)
        #expect(state == expected)
        #expect(state.cursor == ReaderFixture.sentence(containing: "同志们") && state.mode == .normal)
        #expect(state.history.back == [JumpHistory.Entry(anchor: 0, cursor: 0)])
    }

    @Test func anOrphanHasNowhereToGo() {
        var state = notesOpen()
        ReaderFixture.press(ReaderFixture.keys("G"), on: &state)
        var expected = state
        expected.message = .orphaned
        #expect(ReaderFixture.press([.key(.enter)], on: &state) == [.bell])
        #expect(state == expected)
    }

    @Test func deletingAsksFirstAndTheListFollowsTheStore() {
        var state = notesOpen()
        ReaderFixture.press(ReaderFixture.keys("jj"), on: &state)
        var expected = state
        expected.mode = .notes(ListState(selected: 2, isConfirmingDelete: true))
        #expect(ReaderFixture.press(ReaderFixture.keys("d"), on: &state) == [])
        #expect(state == expected)
        // While asking, only y / n / Esc mean anything.
        #expect(Keymap.action(for: .character("j"), in: state) == nil)
        #expect(Keymap.action(for: .character("q"), in: state) == nil)
        expected.mode = .notes(ListState(selected: 2))
        #expect(ReaderFixture.press(ReaderFixture.keys("n"), on: &state) == [])
        #expect(state == expected)
        ReaderFixture.press([.character("d"), .key(.escape)], on: &state)
        #expect(state == expected)

        ReaderFixture.press(ReaderFixture.keys("d"), on: &state)
        #expect(ReaderFixture.press(ReaderFixture.keys("y"), on: &state) == [.removeNote(id: 3)])
        // The deleted note is kept for `u`.
        guard case .note(let deleted)? = state.reading.lastDeleted else {
            Issue.record("the deleted note is not kept for undo")
            return
        }
        #expect(deleted.id == 3)
        expected.reading.lastDeleted = state.reading.lastDeleted
        #expect(state == expected)
        var remaining = ReaderFixture.sampleNotes
        remaining.remove(at: 2)
        expected.annotations.setNotes(remaining, in: speech)
        expected.message = .noteRemoved
        ReaderReducer.reduce(&state, .notesChanged(remaining, .removed))
        #expect(state == expected)  // the selection now rests on the next item, the orphan

        // Deleting the last item moves the selection up.
        ReaderFixture.press(ReaderFixture.keys("dy"), on: &state)
        remaining.removeLast()
        ReaderReducer.reduce(&state, .notesChanged(remaining, .removed))
        #expect(state.mode == .notes(ListState(selected: 1)))
        #expect(state.annotations.notes.map(\.id) == [1, 2])
    }

    @Test func eEditsTheSelectedNoteOutside() {
        var state = notesOpen()
        ReaderFixture.press(ReaderFixture.keys("j"), on: &state)
        let expected = state
        let effects = ReaderFixture.press(ReaderFixture.keys("e"), on: &state)
        #expect(effects == [.editNoteExternally(id: 2, currentText: "住有所居：结合本局保障房项目\n第二行")])
        #expect(state == expected)
        let note = ReaderFixture.note(2, "改写后的批注", sentences: ReaderFixture.sentence(containing: "二是要把保障"))
        var notes = ReaderFixture.sampleNotes
        notes[1] = note
        ReaderReducer.reduce(&state, .notesChanged(notes, .edited))
        #expect(state.message == .noteEdited && state.annotations.note(id: 2)?.text == "改写后的批注")
    }

    @Test func theBookmarkListJumpsAndDeletesButDoesNotEdit() {
        let bookmarks = [ReaderFixture.bookmark(5, "", sentence: 2), ReaderFixture.bookmark(6, "重点", sentence: 40)]
        var state = ReaderFixture.loaded(bookmarks: bookmarks)
        ReaderFixture.press(ReaderFixture.keys("B"), on: &state)
        #expect(state.mode == .bookmarks(ListState(selected: 0)))
        #expect(Keymap.action(for: .character("e"), in: state) == nil)
        ReaderFixture.press(ReaderFixture.keys("j"), on: &state)
        #expect(ReaderFixture.press(ReaderFixture.keys("dy"), on: &state) == [.removeBookmark(id: 6)])
        #expect(ReaderFixture.press(ReaderFixture.keys("k"), on: &state) == [])
        let effects = ReaderFixture.press([.key(.enter)], on: &state)
        #expect(state.mode == .normal && state.cursor == 2)
        // Sentence 2 is on screen: the view stays, the cursor moves (a jump all the same).
        #expect(
            state.top == 0
                && effects == [.positionChanged(path: "preamble", offset: 0, cursor: state.cursorRange?.lowerBound)])
    }

    @Test(arguments: [KeyBinding.Context.bookmarkList, .noteList])
    func escapeQAndTheOpeningKeyClose(context: KeyBinding.Context) {
        let opener: Character = context == .noteList ? "A" : "B"
        for key in [InputEvent.key(.escape), .character("q"), .character(opener)] {
            var state = ReaderFixture.loaded(notes: ReaderFixture.sampleNotes)
            let before = state
            ReaderFixture.press([.character(opener), key], on: &state)
            #expect(state == before, "\(key)")
        }
    }

    @Test func aLongListScrollsWithItsSelection() {
        var state = notesOpen(manyNotes(30))
        // 30 notes of 2 rows in a box of 20 visible rows.
        #expect(ListOverlay.visibleRows(state, rowCount: 60) == 20)
        ReaderFixture.press(ReaderFixture.keys("G"), on: &state)
        #expect(state.mode == .notes(ListState(selected: 29, top: 40)))
        ReaderFixture.press([.key(.pageUp)], on: &state)  // a page: 9 notes
        #expect(state.mode == .notes(ListState(selected: 20, top: 40)))
        ReaderFixture.press(ReaderFixture.keys("k"), on: &state)
        #expect(state.mode == .notes(ListState(selected: 19, top: 38)))
        ReaderFixture.press(ReaderFixture.keys("g"), on: &state)
        #expect(state.mode == .notes(ListState(selected: 0, top: 0)))
        // The wheel moves the selection too.
        ReaderReducer.reduce(&state, .mouse(InputEvent.MouseEvent(.wheelDown, row: 5, col: 40)))
        #expect(state.mode == .notes(ListState(selected: 1, top: 0)))
    }

    @Test func theOrphansHeadingComesIntoViewWithTheFirstOrphan() {
        var notes = manyNotes(12)
        notes.append(ReaderFixture.orphan(99, "孤儿", quote: "不见了", path: "1.1"))
        var state = notesOpen(notes)
        ReaderFixture.press(ReaderFixture.keys("G"), on: &state)
        // Rows: 24 of notes, a blank, the heading, the orphan's 2 rows = 28; 20 visible.
        #expect(state.mode == .notes(ListState(selected: 12, top: 8)))
        ReaderFixture.press(ReaderFixture.keys("kG"), on: &state)
        #expect(state.mode == .notes(ListState(selected: 12, top: 8)))
    }

    @Test func aResizeKeepsTheSelectionInView() {
        var state = notesOpen(manyNotes(30))
        ReaderFixture.press(ReaderFixture.keys("G"), on: &state)
        ReaderReducer.reduce(&state, .resize(width: 40, height: 12))
        // 10 rows in the box less its border: 8 visible; the last note's two rows at the bottom.
        #expect(state.mode == .notes(ListState(selected: 29, top: 52)))
    }

    @Test func anEmptyListOnlyCloses() {
        var state = notesOpen([])
        let before = state
        for key in ["j", "d", "e"] {
            #expect(ReaderFixture.press(ReaderFixture.keys(key), on: &state) == [.bell], "\(key)")
        }
        #expect(ReaderFixture.press([.key(.enter)], on: &state) == [.bell])
        #expect(state == before)
    }

    // MARK: - random walks

    static let actions: [Action] = [
        .extendSelection, .clearSelectionOrSearch, .startNote, .startBookmark, .promptInsert("注"), .promptAccept,
        .promptCancel, .showNotes, .showBookmarks, .listMove(.rows(1)), .listMove(.rows(-1)), .listMove(.pages(1)),
        .listLast, .listFirst, .listOpen, .listDelete, .listEdit, .confirmDelete, .cancelDelete, .closeList,
        .nextSentence, .previousSentence, .nextNode, .scroll(.pages(1)), .toggleFocus, .documentEnd,
        .notesChanged(Array(ReaderFixture.sampleNotes.prefix(2)), .removed),
        .notesChanged(ReaderFixture.sampleNotes, .reloaded),
        .bookmarksChanged([], .removed)
    ]

    @Test(arguments: [11, 12, 13] as [UInt64])
    func randomWalksKeepTheListsConsistent(seed: UInt64) {
        var random = ReaderPropertyTests.Generator(seed: seed)
        var state = ReaderFixture.loaded(
            notes: ReaderFixture.sampleNotes, bookmarks: [ReaderFixture.bookmark(1, "b", sentence: 9)])
        for step in 0..<500 {
            let action: Action =
                random.next(20) == 0
                ? .resize(width: random.next(120), height: random.next(40))
                : Self.actions[random.next(Self.actions.count)]
            ReaderReducer.reduce(&state, action)
            if let content = ListOverlay.content(state), let list = state.mode.list {
                #expect(content.items.isEmpty ? list.selected == 0 : content.items.indices.contains(list.selected))
                let visible = ListOverlay.visibleRows(state, rowCount: content.rows.count)
                #expect(list.top >= 0 && list.top <= max(content.rows.count - visible, 0), "after \(action)")
            }
            if let selected = state.selectedSentences {
                #expect(speech.sentences.indices.contains(selected.lowerBound) && selected.contains(state.cursor))
            }
            if step % 7 == 0 {
                #expect(RenderProbe.wideCharactersAreWhole(Renderer.render(state)), "\(state.width)x\(state.height)")
            }
        }
    }
}
