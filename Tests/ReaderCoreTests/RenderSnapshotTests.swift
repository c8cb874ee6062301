import SpeechParser
import Testing

@testable import ReaderCore

/// Frames of the bundled speech compared as text with the reviewed goldens in
/// `RenderGoldenTests.swift`, and their styles compared as role codes (`RenderProbe`).
@Suite("Render snapshots")
struct RenderSnapshotTests {
    private func frame(width: Int = 80, height: Int = 24, language: UILanguage = .chinese, keys: [InputEvent] = [])
        -> Frame
    {
        var state = ReaderFixture.state(width: width, height: height, language: language)
        ReaderFixture.press(keys, on: &state)
        return Renderer.render(state)
    }

    @Test func firstFrameAt80x24() {
        let frame = frame()
        #expect(frame.text == RenderGoldens.firstFrame80x24)
        // The current node (the preamble) in the outline, the cursor sentence, the heading.
        #expect(
            RenderProbe.styles(frame, row: 0) == "---OOOO-------------------|-----" + String(repeating: "C", count: 48))
        #expect(RenderProbe.styles(frame, row: 18, from: 28, to: 79) == String(repeating: "1", count: 51))
        #expect(RenderProbe.styles(frame, row: 19, from: 26) == "|" + String(repeating: "-", count: 53))
        #expect(RenderProbe.styles(frame, row: 22) == "FFFFFF" + String(repeating: "s", count: 74))
        #expect(
            RenderProbe.styles(frame, row: 23) == String(repeating: "d", count: 60) + String(repeating: "-", count: 20))
    }

    @Test func firstFrameAt40x12ShowsTheTextAlone() {
        #expect(frame(width: 40, height: 12).text == RenderGoldens.firstFrame40x12)
    }

    @Test func afterGoingTo121() {
        let frame = frame(keys: ReaderFixture.keys(":1.2.1") + [.key(.enter)])
        #expect(frame.text == RenderGoldens.afterGoto121)
        // 1.2.1 is current in the outline (row 7); its marker and title are emphasised and, as the
        // cursor sentence, underlined.
        #expect(RenderProbe.styles(frame, row: 7, from: 0, to: 26) == "-------OOOOOOOOOOOOOOOOO--")
        // 1.2.1 begins a paragraph of its own: the first text row is its marker after the 4-column
        // first-line indent, then "一是要把群众满意度作为衡量政绩的“晴雨表”" (40 columns), then the
        // sentence's "。".
        #expect(frame.cell(row: 0, col: 32)?.text == "一")
        #expect(
            RenderProbe.styles(frame, row: 0, from: 28) == "----" + String(repeating: "u", count: 40) + "CC"
                + String(repeating: "-", count: 6))
        // 1.2.2 also starts a fresh indented row, right after 1.2.1's last row (no blank row):
        // "二是要把保障和改善民生作为创造政绩的“出发点”" is 44 columns.
        #expect(RenderProbe.styles(frame, row: 8, from: 28) == "----" + String(repeating: "R", count: 44) + "----")
    }

    @Test func whileSearchingTheMatchIsHighlightedAndCounted() {
        let frame = frame(keys: ReaderFixture.keys("/试金石"))
        #expect(frame.text == RenderGoldens.whileSearching)
        let styles = RenderProbe.styles(frame, row: 0, from: 28)
        // 1.2.3 starts the first row after the indent; "三是要把维护群众利益作为检验政绩的“" is 35
        // columns: requirement marker and title under the cursor, then the match.
        #expect(
            styles == "----" + String(repeating: "u", count: 35) + "MMMMMM" + "u" + "CC"
                + String(repeating: "-", count: 4))
        #expect(RenderProbe.styles(frame, row: 8, from: 28, to: 69) == String(repeating: "2", count: 41))
        // 1.3.1 starts a fresh indented row: "一是要尊重城市建设和发展规律" is 28 columns.
        #expect(
            RenderProbe.styles(frame, row: 12, from: 28) == "----" + String(repeating: "R", count: 28)
                + String(repeating: "-", count: 20))
        // The prompt's cursor cell (after the input) is reversed; the input is not.
        #expect(frame.cell(row: 23, col: 7)?.style == Style(.prompt).with(reverse: true))
        #expect(frame.cell(row: 23, col: 1)?.style == Style(.prompt))
    }

    @Test func afterAcceptingASearchOtherMatchesAreDistinctFromTheCurrentOne() {
        let frame = frame(keys: ReaderFixture.keys("/政绩观") + [.key(.enter)])
        // The cursor sentence ends with the current match, 政绩观, split over rows 2 and 3; the next
        // match follows the sentence's 。 on row 3.
        #expect(RenderProbe.styles(frame, row: 2, from: 28) == String(repeating: "C", count: 49) + "MM-")
        #expect(RenderProbe.styles(frame, row: 3, from: 28) == "MMMMCCmmmmmm" + String(repeating: "-", count: 40))
        #expect(frame.lines()[22].hasSuffix("1/27  10%"))
    }

    @Test func theTerminalCursorGoesToTheInputLineOnlyWhileTyping() {
        var state = ReaderFixture.state()
        #expect(Renderer.cursorPosition(state) == nil)
        ReaderFixture.press(ReaderFixture.keys("/试金石") + [.key(.left)], on: &state)
        #expect(Renderer.cursorPosition(state).map { [$0.row, $0.col] } == [23, 5])  // on 石
        let frame = Renderer.render(state)
        #expect(frame.cell(row: 23, col: 5)?.text == "石")
        #expect(
            frame.cell(row: 23, col: 5)?.style.reverse == true && frame.cell(row: 23, col: 6)?.style.reverse == true)
        // A long input scrolls left so the cursor stays on screen.
        state = ReaderFixture.state(width: 20, height: 6)
        ReaderFixture.press(ReaderFixture.keys("/" + String(repeating: "长", count: 30)), on: &state)
        #expect(Renderer.cursorPosition(state).map { [$0.row, $0.col] } == [5, 17])
        #expect(Renderer.render(state).lines()[5] == "/" + String(repeating: "长", count: 8))
    }

    @Test func theHelpOverlayListsTheKeyTable() {
        #expect(frame(language: .english, keys: ReaderFixture.keys("?")).text == RenderGoldens.helpOverlayEnglish)
        let narrow = frame(width: 40, height: 12, keys: ReaderFixture.keys("?jjj"))
        #expect(narrow.text == RenderGoldens.helpOverlayChineseNarrowScrolled)
        #expect(RenderProbe.styles(narrow, row: 1, from: 1, to: 18) == "|--KKKKKKKKKKK---")  // keys: 11 columns
    }

    @Test func aTinyTerminalSaysItIsTooSmallAndRecovers() {
        #expect(frame(width: 10, height: 3, language: .english).text == RenderGoldens.tinyEnglish)
        #expect(frame(width: 10, height: 3).text == RenderGoldens.tinyChinese)
        var state = ReaderFixture.state(width: 10, height: 3)
        ReaderReducer.reduce(&state, .resize(width: 80, height: 24))
        #expect(Renderer.render(state).text == RenderGoldens.firstFrame80x24)
    }

    @Test func anOddWidthTextPaneAtTheGap() {
        let frame = frame(width: 61, height: 10, keys: ReaderFixture.keys("}}["))
        #expect(frame.text == RenderGoldens.oddWidth61AtTheGap)
        // The gap label (24 columns) centred in the 35-column pane from column 26, under the cursor.
        #expect(
            RenderProbe.styles(frame, row: 0, from: 26, to: 61) == "-----" + String(repeating: "u", count: 24)
                + "------")
    }

    @Test func theNarrowOutlineTakesTheWholeWidth() {
        let frame = frame(width: 40, height: 12, language: .english, keys: [.key(.tab)] + ReaderFixture.keys("jz"))
        #expect(frame.text == RenderGoldens.narrowOutlineFolded)
        #expect(RenderProbe.styles(frame, row: 1) == String(repeating: "S", count: 40))  // selected, full width
        #expect(RenderProbe.styles(frame, row: 0, from: 0, to: 10) == "---OOOOOOO")  // current: the preamble
    }

    @Test func aBadPathShowsAnErrorInTheStatusLine() {
        let frame = frame(language: .english, keys: ReaderFixture.keys(":9") + [.key(.enter)])
        #expect(frame.text == RenderGoldens.badPathMessage)
        #expect(RenderProbe.styles(frame, row: 22, from: 7, to: 12) == "EEEEE")
    }
}
