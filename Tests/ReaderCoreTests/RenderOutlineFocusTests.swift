import SpeechParser
import Testing

@testable import ReaderCore

/// With the outline focused the status line shows the selected entry's path and whole title
/// (the pane cuts long titles short) and the footer the outline's keys; with the text focused,
/// the current node and the text's keys. Both languages, 80×24.
@Suite("Render: the outline's focus")
struct RenderOutlineFocusTests {
    /// Tab, then down to 1.1.2, whose title the outline pane shows as `二是要心怀“国之大…`.
    private func frame(_ language: UILanguage, focused: Bool = true) -> Frame {
        var state = ReaderFixture.state(width: 80, height: 24, language: language)
        ReaderFixture.press([.key(.tab)] + ReaderFixture.keys("jjjj"), on: &state)
        if !focused { ReaderFixture.press([.key(.tab)], on: &state) }
        return Renderer.render(state)
    }

    @Test func chineseOutlineFocus() {
        let frame = frame(.chinese)
        #expect(frame.text == RenderOutlineFocusGoldens.chinese)
    }

    @Test func englishOutlineFocus() {
        let frame = frame(.english)
        #expect(frame.text == RenderOutlineFocusGoldens.english)
    }

    @Test func theTextFocusKeepsTheTextsKeys() {
        let lines = frame(.chinese, focused: false).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last.map(String.init) == UIStrings.chinese.hints)
        #expect(lines.dropLast().last?.hasPrefix(" 正文  ") == true)
    }
}
