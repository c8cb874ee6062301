import BundledSpeech
import SpeechParser
import Testing

@testable import ReaderCore

/// Shared fixtures for the reader tests: the bundled speech, offsets found by text, and a way
/// to feed actions or keys through the reducer.
enum ReaderFixture {
    /// The bundled speech, parsed once.
    static let speech: Document = (try? Document(bytes: BundledSpeech.bytes)) ?? Document(parsing: "")

    /// A fresh reader on the bundled speech.
    static func state(width: Int = 80, height: Int = 24, language: UILanguage = .chinese) -> ReaderState {
        ReaderState(document: speech, width: width, height: height, language: language)
    }

    /// The UTF-8 offset where `needle` occurs (the `occurrence`-th time) in `document`, or -1.
    static func offset(of needle: String, in document: Document = speech, occurrence: Int = 0) -> Int {
        let matches = TextSearch.matches(of: needle, in: document.text)
        return matches.indices.contains(occurrence) ? matches[occurrence].lowerBound : -1
    }

    /// The index of the sentence containing the first occurrence of `needle`.
    static func sentence(containing needle: String, in document: Document = speech) -> Int {
        document.sentenceIndex(atOrAfter: offset(of: needle, in: document)) ?? -1
    }

    /// The index of the node with `path`.
    static func node(_ path: String, in document: Document = speech) -> Int {
        document.nodeIndex(path: path) ?? -1
    }

    /// Applies actions in order and returns all effects.
    @discardableResult
    static func apply(_ actions: [Action], to state: inout ReaderState) -> [Effect] {
        actions.flatMap { ReaderReducer.reduce(&state, $0) }
    }

    /// Feeds input events through the keymap and the reducer, as the run loop does.
    @discardableResult
    static func press(_ events: [InputEvent], on state: inout ReaderState) -> [Effect] {
        var effects: [Effect] = []
        for event in events {
            if let action = Keymap.action(for: event, in: state) {
                effects += ReaderReducer.reduce(&state, action)
            }
        }
        return effects
    }

    /// Key events for typing `text` (each character one event).
    static func keys(_ text: String) -> [InputEvent] {
        text.map { .character($0) }
    }
}

/// Failure messages show a state without its document (which would print 14 KB of text).
extension ReaderState: CustomTestStringConvertible {
    public var testDescription: String {
        "ReaderState(\(width)x\(height) \(language) focus: \(focus), anchor: \(anchor), top: \(top), "
            + "cursor: \(cursor), outlineSelection: \(outlineSelection), outlineTop: \(outlineTop), "
            + "folded: \(folded.sorted()), search: \(search.query) \(search.matches.count) current \(String(describing: search.current)), "
            + "history: back \(history.back.map { "\($0.anchor)/\($0.cursor)" }) forward \(history.forward.map { "\($0.anchor)/\($0.cursor)" }), "
            + "mode: \(mode), message: \(String(describing: message)))"
    }
}

@Suite("Reader fixtures")
struct ReaderFixtureTests {
    @Test func bundledSpeechParsesWithItsOutline() {
        let document = ReaderFixture.speech
        #expect(document.utf8Count == 14249)
        #expect(document.nodes.count == 29)
        #expect(ReaderFixture.node("1.2.1") > 0)
        #expect(ReaderFixture.offset(of: "试金石") > 0)
        #expect(ReaderFixture.offset(of: "不存在的句子") == -1)
    }
}
