import Annotations
import SpeechParser
import Testing

@testable import ReaderCore

/// Issue 11 in the pure core: the cursor kept with the position, unknown keys, copying, the
/// outline pane's layout keys.
@Suite("Reading and annotating")
struct ReaderReadingTests {
    @Test func theSavedPositionCarriesTheCursorAndRestoresIt() {
        var state = ReaderFixture.state()
        let target = ReaderFixture.sentence(containing: "一是要把群众满意度")
        ReaderReducer.reduce(&state, .navigation(.percent))
        for _ in 0..<target { ReaderReducer.reduce(&state, .nextSentence) }
        let saved = state.readingPosition
        #expect(saved.cursorOffset == state.cursorRange?.lowerBound)
        // At another width, the same sentence.
        var reopened = ReaderFixture.state()
        ReaderReducer.reduce(&reopened, .resize(width: 140, height: 40))
        ReaderReducer.reduce(&reopened, .restore(offset: saved.offset, cursor: saved.cursorOffset))
        #expect(reopened.cursor == state.cursor)
    }

    @Test func anUnknownKeyIsSaidOnceUntilAnotherKeyWorks() {
        var state = ReaderFixture.state()
        let unknown = Keymap.action(for: .character("x"), in: state)
        #expect(unknown == .reading(.unknownKey("x")))
        ReaderReducer.reduce(&state, .reading(.unknownKey("x")))
        #expect(state.message == .reading(.unknownKey("x")))
        ReaderReducer.reduce(&state, .reading(.unknownKey("x")))
        #expect(state.message == nil)
        ReaderReducer.reduce(&state, .nextSentence)
        ReaderReducer.reduce(&state, .reading(.unknownKey("x")))
        #expect(state.message == .reading(.unknownKey("x")))
        #expect(UIStrings.of(.chinese).text(for: .reading(.unknownKey("x"))).contains("不是快捷键"))
    }

    @Test func yCopiesTheCursorSentenceByOSC52Effect() {
        var state = ReaderFixture.state()
        let effects = ReaderReducer.reduce(&state, .reading(.copy))
        let sentence = String(state.document.substring(state.cursorRange ?? 0..<0))
        #expect(effects == [.terminal(.copy(sentence))])
        #expect(state.message == .reading(.copied(.sentence, characters: sentence.count)))
        let citation = ReaderReducer.reduce(&state, .reading(.copyCitation))
        guard case .terminal(.copy(let text)) = citation.first else {
            Issue.record("no copy effect")
            return
        }
        #expect(text.hasPrefix("〔"))
    }

    @Test func theOutlineCanBeHiddenAndResized() {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .resize(width: 120, height: 30))
        let before = state.geometry.outline?.width ?? 0
        let effects = ReaderReducer.reduce(&state, .reading(.resizeOutline(4)))
        #expect(state.geometry.outline?.width == before + 4)
        #expect(effects == [.store(.saveLayout(outlineWidth: before + 4, outlineHidden: false))])
        ReaderReducer.reduce(&state, .reading(.toggleOutline))
        #expect(state.geometry.outline == nil)
        #expect(state.geometry.text?.width == 120)
    }

    @Test func aDuplicateBookmarkIsSaidAlreadyHere() {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .bookmarksChanged([], .existing(path: "1.2.1", relabelled: false)))
        #expect(state.message == .reading(.bookmarkExists(path: "1.2.1")))
        #expect(UIStrings.of(.english).text(for: state.message ?? .noteEdited).contains("already here"))
    }
}
