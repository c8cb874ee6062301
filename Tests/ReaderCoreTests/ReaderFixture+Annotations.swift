import Annotations
import SpeechParser
import Testing

@testable import ReaderCore

/// Notes and bookmarks on the bundled speech, made the way the store makes them (an anchor on a
/// passage, the passage's node path), for the reducer and render tests.
extension ReaderFixture {
    static let epoch = Timestamp(millisecondsSince1970: 0)

    /// A note on sentences `first` through `last` (default: just `first`).
    static func note(
        _ id: Int64, _ text: String, sentences first: Int, through last: Int? = nil, state: AnchorState = .exact
    ) -> Note {
        let range = speech.range(ofSentences: first, through: last ?? first) ?? 0..<0
        let anchor = TextAnchor(document: speech, range: range)
        return Note(
            id: id, text: text, anchor: anchor, state: state, range: range, nodePath: anchor.nodePath,
            created: epoch, updated: epoch)
    }

    /// An orphaned note: its quote is nowhere in the text.
    static func orphan(_ id: Int64, _ text: String, quote: String, path: String) -> Note {
        let anchor = TextAnchor(
            position: TextPositionSelector(start: 0, end: 3), quote: TextQuoteSelector(exact: quote),
            nodePath: path)
        return Note(
            id: id, text: text, anchor: anchor, state: .orphaned, range: nil, nodePath: path,
            created: epoch, updated: epoch)
    }

    /// A bookmark on sentence `index`.
    static func bookmark(_ id: Int64, _ label: String, sentence index: Int) -> Bookmark {
        let range = speech.sentences[index]
        let anchor = TextAnchor(document: speech, range: range)
        return Bookmark(
            id: id, label: label, anchor: anchor, state: .exact, range: range, nodePath: anchor.nodePath,
            created: epoch)
    }

    /// A reader whose store loaded `notes` and `bookmarks` (writable unless `readOnly`).
    static func loaded(
        notes: [Note] = [], bookmarks: [Bookmark] = [], readOnly: Bool = false, notice: String? = nil,
        width: Int = 80, height: Int = 24, language: UILanguage = .chinese
    ) -> ReaderState {
        var state = state(width: width, height: height, language: language)
        ReaderReducer.reduce(
            &state, .storeLoaded(notes: notes, bookmarks: bookmarks, readOnly: readOnly, notice: notice))
        return state
    }

    /// Three notes in document order (1.2.1's first sentence; two sentences of 1.2.2, moved; the
    /// closing) and an orphan, as the store would list them.
    static var sampleNotes: [Note] {
        let first = sentence(containing: "一是要把群众满意度")
        let second = sentence(containing: "二是要把保障和改善民生")
        let closing = sentence(containing: "同志们")
        return [
            note(1, "群众满意度是检验政绩的标尺", sentences: first),
            note(2, "住有所居：结合本局保障房项目\n第二行", sentences: second, through: second + 1, state: .moved),
            note(3, "结尾呼应开头", sentences: closing),
            orphan(4, "这段话在新版中删掉了", quote: "已被删除的一句话。", path: "2.1.2")
        ]
    }
}
