import Annotations
import SpeechParser
import Testing

@testable import ReaderCore

/// A new version of the file under the reader (`Action.documentReloaded`): the position kept by
/// anchor, notes placed, search and folds carried over, the summary, and the `D` list.
@Suite("Reader reducer: reloading a changed file")
struct ReaderReloadTests {
    static let original = """
        今天，我们召开全体干部大会。这是开场白的第二句话。
        一、坚持学习，提高本领
        （一）加强理论学习
        一是要深化理论学习，掌握思想武器。二是要加强党性教育，砥砺初心使命。
        （二）加强实践锻炼
        要在基层一线经受考验，在急难险重任务中增长才干。
        二、严守纪律，廉洁自律
        要时刻绷紧廉洁这根弦，自觉抵制各种诱惑。
        同志们，让我们携手奋进，再创佳绩！

        """
    /// A new first paragraph, an edited sentence in 1.2, and a section removed (二、 became part
    /// of the closing's neighbour): the reader must keep its place in 1.2.
    static let edited = """
        新加的第一段：本次会议由办公室组织。
        今天，我们召开全体干部大会。这是开场白的第二句话。
        一、坚持学习，提高本领
        （一）加强理论学习
        一是要深化理论学习，掌握思想武器。二是要加强党性教育，砥砺初心使命。
        （二）加强实践锻炼
        要在基层一线经受考验，在急难险重任务中增长才干和本领。
        同志们，让我们携手奋进，再创佳绩！

        """
    let old = Document(parsing: Self.original)
    let new = Document(parsing: Self.edited)

    func note(_ id: Int64, on needle: String, in document: Document) -> Note {
        let start = ReaderFixture.offset(of: needle, in: document)
        let sentence = document.sentences[document.sentenceIndex(atOrAfter: start) ?? 0]
        let anchor = TextAnchor(document: document, range: sentence)
        return Note(
            id: id, text: "批注\(id)", anchor: anchor, state: .exact, range: sentence, nodePath: anchor.nodePath,
            created: ReaderFixture.epoch, updated: ReaderFixture.epoch)
    }

    /// A reader on the original with two notes, the cursor on `needle`'s sentence.
    func reader(at needle: String, language: UILanguage = .english) -> ReaderState {
        var state = ReaderState(document: old, width: 100, height: 12, language: language)
        let notes = [note(1, on: "二是要加强党性教育", in: old), note(2, on: "要时刻绷紧", in: old)]
        ReaderReducer.reduce(&state, .storeLoaded(notes: notes, bookmarks: [], readOnly: false, notice: nil))
        let target = ReaderFixture.sentence(containing: needle, in: old)
        while state.cursor < target { ReaderReducer.reduce(&state, .nextSentence) }
        return state
    }

    func text(_ document: Document, _ range: Range<Int>?) -> String {
        range.map { String(document.substring($0)) } ?? ""
    }

    @Test func theCursorStaysOnTheSameSentenceAndTheSummarySaysWhatChanged() {
        var state = reader(at: "要在基层一线")
        let before = text(old, state.cursorRange)
        ReaderReducer.reduce(&state, .documentReloaded(DocumentReload(document: new, notes: nil, bookmarks: nil)))
        #expect(state.document.text == Self.edited)
        // The sentence was edited: the cursor is on its new version (placed approximately).
        #expect(text(new, state.cursorRange).hasPrefix("要在基层一线经受考验"))
        #expect(before.hasPrefix("要在基层一线经受考验"))
        #expect(state.currentNode.map { new.nodes[$0].path } == "1.2")
        // preamble (new paragraph), 1.2 (edited), 2 removed.
        #expect(state.message == .reloaded(ReloadSummary(sectionsChanged: 3, notesMoved: 0, notesOrphaned: 1)))
        let words = UIStrings.of(.english).text(for: state.message ?? .noteEdited)
        #expect(words == "reloaded: 3 sections changed, 1 orphaned")
        #expect(UIStrings.of(.chinese).text(for: state.message ?? .noteEdited) == "已重新载入：3 节有改动，1 条批注失锚")
    }

    @Test func theViewAnchorFollowsInsertedTextAbove() {
        var state = reader(at: "二是要加强党性教育")
        let shownBefore = text(old, state.anchor..<min(state.anchor + 30, old.utf8Count))
        ReaderReducer.reduce(&state, .documentReloaded(DocumentReload(document: new, notes: nil, bookmarks: nil)))
        let shownAfter = text(new, state.anchor..<min(state.anchor + 30, new.utf8Count))
        #expect(shownAfter == shownBefore)
        #expect(text(new, state.cursorRange) == "二是要加强党性教育，砥砺初心使命。")
        #expect(state.top == state.anchor || state.top <= state.anchor)
    }

    @Test func notesFromTheStoreAreTakenAndTheOldOnesPlacedWhenItCannotAnswer() {
        var state = reader(at: "今天")
        ReaderReducer.reduce(&state, .documentReloaded(DocumentReload(document: new, notes: nil, bookmarks: nil)))
        let notes = state.annotations.notes
        #expect(notes.count == 2)
        #expect(notes.first { $0.id == 1 }.map { text(new, $0.range) } == "二是要加强党性教育，砥砺初心使命。")
        #expect(notes.first { $0.id == 1 }?.state == .moved)
        #expect(notes.first { $0.id == 2 }?.range == nil)

        var fromStore = reader(at: "今天")
        let placed = [note(1, on: "二是要加强党性教育", in: new)]
        ReaderReducer.reduce(
            &fromStore, .documentReloaded(DocumentReload(document: new, notes: placed, bookmarks: [])))
        #expect(fromStore.annotations.notes == placed)
        #expect(fromStore.message == .reloaded(ReloadSummary(sectionsChanged: 3)))
    }

    @Test func searchIsRunAgainAndSelectionAndPromptsAreDropped() {
        var state = reader(at: "今天")
        ReaderFixture.press(ReaderFixture.keys("/本领") + [.key(.enter)], on: &state)
        #expect(state.search.matches.count == 1)
        ReaderFixture.press(ReaderFixture.keys("v"), on: &state)
        #expect(state.selectionAnchor != nil)
        ReaderReducer.reduce(&state, .documentReloaded(DocumentReload(document: new, notes: [], bookmarks: [])))
        #expect(state.search.query == "本领")
        #expect(state.search.matches.count == 2)
        #expect(state.search.current == nil)
        #expect(state.selectionAnchor == nil)

        ReaderFixture.press(ReaderFixture.keys(":1.2"), on: &state)
        ReaderReducer.reduce(&state, .documentReloaded(DocumentReload(document: old, notes: [], bookmarks: [])))
        #expect(state.mode == .normal)
    }

    @Test func foldsAndHistoryAreCarriedOverByPath() throws {
        var state = reader(at: "今天")
        ReaderFixture.press(ReaderFixture.keys(":1.2") + [.key(.enter)], on: &state)
        ReaderFixture.press([.key(.tab), .key(.home), .character("j"), .key(.left), .key(.tab)], on: &state)
        let section = try #require(old.nodeIndex(path: "1"))
        #expect(state.folded == [section])
        let place = state.history.back.last
        ReaderReducer.reduce(&state, .documentReloaded(DocumentReload(document: new, notes: [], bookmarks: [])))
        #expect(state.folded == [try #require(new.nodeIndex(path: "1"))])
        // The place before the jump (the start) is still there, in the new text's offsets.
        #expect(state.history.back.count == 1)
        #expect(
            place.map { text(old, old.sentences[$0.cursor]) } == text(new, new.sentences[state.history.back[0].cursor]))
        ReaderFixture.press([.control("o")], on: &state)
        #expect(text(new, state.cursorRange).hasPrefix("今天"))
    }

    @Test func dListsTheSectionsChangedSinceOpeningAndEnterGoesThere() throws {
        var state = reader(at: "今天")
        ReaderFixture.press(ReaderFixture.keys("D"), on: &state)
        #expect(Renderer.render(state).text.contains("No changes since the document was opened"))
        ReaderFixture.press([.key(.escape)], on: &state)
        ReaderReducer.reduce(&state, .documentReloaded(DocumentReload(document: new, notes: [], bookmarks: [])))
        ReaderFixture.press(ReaderFixture.keys("D"), on: &state)
        let screen = Renderer.render(state).text
        #expect(screen.contains("Changed since opened (3)"))
        #expect(screen.contains("edited"))
        #expect(screen.contains("Removed (1)"))
        #expect(screen.contains("二、严守纪律"))
        let changes = state.revisions.changes
        #expect(changes.map(\.kind) == [.edited, .edited, .removed])
        // The second entry is 1.2: Enter goes there.
        ReaderFixture.press(ReaderFixture.keys("j") + [.key(.enter)], on: &state)
        #expect(state.mode == .normal)
        #expect(state.currentNode.map { new.nodes[$0].path } == "1.2")
        // A second reload back to the original: nothing differs from the text as opened.
        ReaderReducer.reduce(&state, .documentReloaded(DocumentReload(document: old, notes: [], bookmarks: [])))
        #expect(state.revisions.changes.isEmpty)
        #expect(state.revisions.reloads == 2)
        #expect(state.message == .reloaded(ReloadSummary(sectionsChanged: 3)))
    }

    @Test func findingsAreClearedUntilTheNewTextIsChecked() {
        var state = reader(at: "今天")
        ReaderReducer.reduce(&state, .checked(StructureCheck.run(old), revision: 0))
        #expect(state.findings.isComputed)
        ReaderReducer.reduce(&state, .documentReloaded(DocumentReload(document: new, notes: [], bookmarks: [])))
        #expect(!state.findings.isComputed)
        ReaderReducer.reduce(&state, .checked(StructureCheck.run(old), revision: 0))
        #expect(!state.findings.isComputed)
        ReaderReducer.reduce(&state, .checked(StructureCheck.run(new), revision: 1))
        #expect(state.findings.isComputed)
    }

    @Test func sectionDiffMatchesByContentThenByPath() {
        let signatures = SectionDiff.signatures(of: old)
        #expect(SectionDiff.changes(from: signatures, oldNodes: old.nodes, to: signatures).isEmpty)
        let changes = SectionDiff.changes(
            from: signatures, oldNodes: old.nodes, to: SectionDiff.signatures(of: new))
        #expect(changes.map(\.kind) == [.edited, .edited, .removed])
        #expect(changes.last?.original?.path == "2")
    }
}
