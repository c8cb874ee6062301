import Annotations
import SpeechParser
import Testing

@testable import ReaderCore

/// Enter on a sentence that carries notes opens them in full: wrapped with the CJK rules,
/// scrolled with j/k/Space/b, copied with y, closed with Esc, q or Enter. Enter elsewhere in the
/// text is what it was: a key that does nothing there.
@Suite("Reader: a note in full")
struct ReaderNoteViewTests {
    private let longText = String(repeating: "结合本局保障房项目推进情况，逐项对照检查，", count: 60) + "\n最后一行。"

    /// A reader with the sample notes plus a long one, the cursor on `needle`'s sentence.
    private func reader(on needle: String, language: UILanguage = .chinese) -> ReaderState {
        let long = ReaderFixture.note(9, longText, sentences: ReaderFixture.sentence(containing: "三是要严守政治纪律"))
        var state = ReaderFixture.loaded(notes: ReaderFixture.sampleNotes + [long], language: language)
        let offset = ReaderFixture.offset(of: needle)
        ReaderReducer.reduce(&state, .restore(offset: offset, cursor: offset))
        return state
    }

    private func rows(_ state: ReaderState) -> [String] {
        Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func enterOpensTheWholeNoteAndItsLineBreaks() {
        var state = reader(on: "二是要把保障和改善民生")
        ReaderFixture.press([.key(.enter)], on: &state)
        #expect(state.mode == .noteView(NoteView(ids: [2])))
        let shown = rows(state)
        #expect(shown.contains { $0.contains("住有所居：结合本局保障房项目") })
        #expect(shown.contains { $0.contains("│ 第二行") })  // the note's own line break kept
        #expect(shown.contains { $0.contains("批注") })
        #expect(shown.last == UIStrings.chinese.noteViewHints)
        for key: InputEvent in [.key(.escape), .character("q"), .key(.enter)] {
            var open = state
            ReaderFixture.press([key], on: &open)
            #expect(open.mode == .normal, "\(key)")
        }
    }

    @Test func aLongNoteIsWrappedByTheLineBreakerAndScrolls() {
        var state = reader(on: "三是要严守政治纪律")
        ReaderFixture.press([.key(.enter)], on: &state)
        guard case .noteView(let view) = state.mode else {
            Issue.record("no overlay")
            return
        }
        let wrapped = NoteOverlay.rows(view, state)
        let width = NoteOverlay.textWidth(state)
        #expect(wrapped.allSatisfy { DisplayWidth.of($0.text) <= width })
        // clreq: no line starts with a closing mark.
        #expect(!wrapped.contains { $0.text.first.map { "，。、；：？！）」』”’》".contains($0) } ?? false })
        #expect(wrapped.last?.text == "最后一行。")
        #expect(NoteOverlay.maxScroll(view, state) > 0)
        #expect(ReaderFixture.press(ReaderFixture.keys("k"), on: &state) == [.bell])  // already at the top
        ReaderFixture.press(ReaderFixture.keys("jj"), on: &state)
        #expect(state.mode == .noteView(NoteView(ids: [9], scroll: 2)))
        ReaderFixture.press(ReaderFixture.keys(" "), on: &state)
        guard case .noteView(let paged) = state.mode else { return }
        #expect(paged.scroll > 2)
        ReaderFixture.press(Array(repeating: .character(" "), count: 20), on: &state)
        #expect(state.mode == .noteView(NoteView(ids: [9], scroll: NoteOverlay.maxScroll(view, state))))
        #expect(rows(state).contains { $0.contains("最后一行。") })
        ReaderReducer.reduce(&state, .mouse(InputEvent.MouseEvent(.wheelUp, row: 10, col: 40)))
        #expect(state.mode == .noteView(NoteView(ids: [9], scroll: NoteOverlay.maxScroll(view, state) - 3)))
    }

    @Test func yCopiesTheNoteText() {
        var state = reader(on: "二是要把保障和改善民生", language: .english)
        ReaderFixture.press([.key(.enter)], on: &state)
        let effects = ReaderFixture.press(ReaderFixture.keys("y"), on: &state)
        #expect(effects == [.terminal(.copy("住有所居：结合本局保障房项目\n第二行"))])
        #expect(state.mode == .noteView(NoteView(ids: [2])))
        #expect(rows(state).last == UIStrings.english.noteViewHints)
    }

    @Test func enterWithoutANoteIsStillNotAKeyInTheText() {
        var state = reader(on: "今天")
        let before = state
        #expect(Keymap.action(for: .key(.enter), in: state) == .reading(.unknownKey("Enter")))
        ReaderFixture.press([.key(.enter)], on: &state)
        #expect(state.mode == .normal)
        #expect(state.message == .reading(.unknownKey("Enter")))
        #expect(state.cursor == before.cursor)
    }
}
