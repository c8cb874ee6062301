import Annotations
import SpeechParser
import Testing

@testable import ReaderCore

/// Frames with notes and bookmarks: the list overlays, the markers in the text, the counts in
/// the outline, the note prompt, the read-only notice; at ordinary, narrow and tiny sizes.
@Suite("Render: bookmarks and notes")
struct RenderAnnotationTests {
    private let bookmarks = [
        ReaderFixture.bookmark(5, "", sentence: 2), ReaderFixture.bookmark(6, "晴雨表\t重点", sentence: 40)
    ]

    private func frame(
        width: Int = 80, height: Int = 24, language: UILanguage = .chinese, notes: [Note] = ReaderFixture.sampleNotes,
        bookmarks: [Bookmark] = [], readOnly: Bool = false, notice: String? = nil, keys: [InputEvent] = []
    ) -> (Frame, ReaderState) {
        var state = ReaderFixture.loaded(
            notes: notes, bookmarks: bookmarks, readOnly: readOnly, notice: notice,
            width: width, height: height, language: language)
        ReaderFixture.press(keys, on: &state)
        return (Renderer.render(state), state)
    }

    @Test func theNoteListShowsPathStateQuoteAndTextWithOrphansApart() {
        let (frame, _) = frame(keys: ReaderFixture.keys("A"))
        #expect(frame.text == RenderAnnotationGoldens.noteList80x24)
        // The selected note's two rows are reversed across the box; a moved note's state stands out.
        #expect(RenderProbe.styles(frame, row: 6, from: 1, to: 79) == "|" + String(repeating: "S", count: 76) + "|")
        #expect(RenderProbe.styles(frame, row: 7, from: 2, to: 78) == String(repeating: "S", count: 76))
        #expect(RenderProbe.styles(frame, row: 8, from: 3, to: 18) == "KKKKKKK--iiiiii")
        #expect(RenderProbe.styles(frame, row: 13, from: 3, to: 20) == "TTTTTTTTTTTTTTTTT")
    }

    @Test func theBookmarkListInEnglish() {
        let (frame, _) = frame(language: .english, notes: [], bookmarks: bookmarks, keys: ReaderFixture.keys("Bj"))
        #expect(frame.text == RenderAnnotationGoldens.bookmarkListEnglish)
    }

    @Test func deletingAsksOnThePromptLine() {
        let (frame, _) = frame(keys: ReaderFixture.keys("Ad"))
        #expect(frame.lines()[23] == "删除这条批注？y 删除 / n 保留")
        #expect(RenderProbe.styles(frame, row: 23, from: 0, to: 4) == "iiii")
    }

    @Test func aNarrowNoteListScrollsAndClipsWithoutBreakingWideCharacters() {
        let (frame, state) = frame(width: 40, height: 12, keys: ReaderFixture.keys("AG"))
        #expect(frame.text == RenderAnnotationGoldens.noteListNarrowAtTheOrphan)
        #expect(state.mode == .notes(ListState(selected: 3, top: 2)))
        #expect(RenderProbe.wideCharactersAreWhole(frame))
    }

    @Test func annotatedSentencesAreMarkedQuietlyAndTheOutlineCountsNotes() {
        let (frame, _) = frame(bookmarks: bookmarks, keys: ReaderFixture.keys(":1.2.1") + [.key(.enter)])
        #expect(frame.text == RenderAnnotationGoldens.markersAt121)
        // The gutter: notes on rows 0 (1.2.1's first sentence) and 8–9 (1.2.2's first two); the
        // bookmark on 1.2.2's third sentence, which starts on row 9, takes that row's mark.
        #expect(frame.cell(row: 0, col: 27)?.text == "•" && frame.cell(row: 0, col: 27)?.style == Style(.noteMarker))
        #expect(frame.cell(row: 8, col: 27)?.text == "•" && frame.cell(row: 9, col: 27)?.text == "◆")
        #expect(frame.cell(row: 9, col: 27)?.style == Style(.bookmarkMarker))
        #expect(frame.cell(row: 10, col: 27)?.text == " ")
        // 1.2.2's note (two sentences) is drawn in the note colour without emphasis, the text unmoved.
        #expect(RenderProbe.styles(frame, row: 9, from: 28, to: 40) == "nnnnnnnnnnnn")
        #expect(frame.cell(row: 9, col: 28)?.style.bold == false)
        #expect(frame.cell(row: 8, col: 32)?.text == "二")
        // Outline counts, dim and right-aligned before the free column: 1.2.1 and 1.2.2 have one each.
        #expect(RenderProbe.styles(frame, row: 7, from: 23, to: 25) == "dd")
        #expect(frame.lines()[7].contains("·1 │"))
    }

    @Test func aFoldedNodeCountsItsWholeSubtree() {
        let (frame, _) = frame(keys: [.key(.tab)] + ReaderFixture.keys("jh"))
        // Section 1 folded holds 1.2.1's and 1.2.2's notes; the closing has its own.
        #expect(frame.lines()[1].hasPrefix(" ▸ 一、溯源固本") && frame.lines()[1].contains("·2 │"))
        let closingRow = frame.lines().firstIndex { $0.contains(Vocabulary.chinese.closing) } ?? -1
        #expect(frame.lines()[closingRow].contains("·1 │"))
        // Visible counts add up to the anchored notes.
        let counts = frame.lines().prefix(22).compactMap { line -> Int? in
            guard let dot = line.firstIndex(of: "·") else { return nil }
            return Int(line[line.index(after: dot)...].prefix { $0.isNumber })
        }
        #expect(counts.reduce(0, +) == 3)
    }

    @Test func theSelectionAndTheNotePrompt() {
        let (frame, state) = frame(notes: [], keys: ReaderFixture.keys("vvva") + ReaderFixture.keys("三句话的批注"))
        #expect(RenderProbe.styles(frame, row: 0, from: 28, to: 40) == "----vvvvvvvv")
        #expect(frame.lines()[22].hasPrefix(" 批注  开篇"))
        #expect(frame.lines()[23] == "批注（3 句）：三句话的批注")
        #expect(Renderer.cursorPosition(state).map { [$0.row, $0.col] } == [23, 26])
        // Narrow: the label gives way to the input.
        let (narrow, narrowState) = self.frame(
            width: 20, height: 6, notes: [], keys: ReaderFixture.keys("vva") + ReaderFixture.keys("批注"))
        #expect(narrow.lines()[5] == "批批注")
        #expect(Renderer.cursorPosition(narrowState).map { [$0.row, $0.col] } == [5, 6])
    }

    @Test func aStoreThatCouldNotBeOpenedIsNoticed() {
        let notice =
            "/home/reader/.local/share/speechreader/store.sqlite is not an SQLite database; left untouched"
            + " (move it away or use --store DIR) — notes and bookmarks are unavailable"
        let (frame, _) = frame(language: .english, notes: [], readOnly: true, notice: notice)
        // The path gives way to what is wrong with it.
        #expect(frame.lines()[22] == " TEXT  Notes: /home/…/store.sqlite is not an SQLite database; l… read-only  10%")
        #expect(RenderProbe.styles(frame, row: 22, from: 7, to: 12) == "EEEEE")
        // After the next key the mark stays.
        let (later, _) = self.frame(
            language: .english, notes: [], readOnly: true, notice: notice, keys: ReaderFixture.keys("j"))
        #expect(later.lines()[22].hasSuffix("read-only  11%"))
        // The empty list says why in full, wrapped to the box.
        let (list, _) = self.frame(
            language: .english, notes: [], readOnly: true, notice: notice, keys: ReaderFixture.keys("A"))
        let rows = list.lines()
        #expect(rows[9] == " │ Notes: /home/reader/.local/share/speechreader/store.sqlite is not an       │")
        #expect(rows[10] == " │ SQLite database; left untouched (move it away or use --store DIR) — notes  │")
        #expect(rows[11] == " │ and bookmarks are unavailable                                              │")
    }

    @Test func controlCharactersInNotesNeverReachTheScreen() {
        let note = ReaderFixture.note(1, "\u{1B}[31m红\u{7}\r\n下一行\u{202E}", sentences: 0)
        let (frame, _) = frame(notes: [note], keys: ReaderFixture.keys("A"))
        for row in 0..<frame.height {
            for cell in frame.cells(inRow: row) {
                let scalars = (cell.text ?? "").unicodeScalars
                #expect(!scalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x202E })
            }
        }
        #expect(frame.text.contains("^[[31m红^G ↵ 下一行U+202E"))
    }

    @Test(arguments: [20, 21, 33, 40, 59, 60, 61, 77, 101])
    func listsAndMarkersDrawAtEveryWidth(width: Int) {
        let scripts: [[InputEvent]] = [
            ReaderFixture.keys("A"), ReaderFixture.keys("AG"), ReaderFixture.keys("B"), ReaderFixture.keys("Ad"),
            ReaderFixture.keys(":1.2") + [.key(.enter)], ReaderFixture.keys("vvva批注"),
            [.key(.tab)] + ReaderFixture.keys("z")
        ]
        for height in [6, 9, 24] {
            for keys in scripts {
                let (frame, _) = frame(width: width, height: height, bookmarks: bookmarks, keys: keys)
                #expect(frame.width == width && frame.height == height)
                #expect(RenderProbe.wideCharactersAreWhole(frame), "\(width)x\(height) \(keys)")
            }
        }
    }

    @Test func aTinyTerminalWithAListOpenSaysItIsTooSmall() {
        let (frame, state) = frame(width: 10, height: 3, language: .english, keys: ReaderFixture.keys("A"))
        #expect(frame.text == RenderGoldens.tinyEnglish)
        var resized = state
        ReaderReducer.reduce(&resized, .resize(width: 80, height: 24))
        #expect(Renderer.render(resized).text == RenderAnnotationGoldens.noteListEnglish80x24)
    }
}
