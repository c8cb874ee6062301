import SpeechParser
import Testing

@testable import ReaderCore

/// `:` takes every name the reader shows for a node without a title of its own, in English
/// and Chinese, whichever language the interface speaks.
@Suite("Reader reducer: going to a node by the name it is shown by")
struct ReaderGotoNameTests {
    let speech = ReaderFixture.speech

    private func go(_ input: String, in document: Document, language: UILanguage) -> ReaderState {
        var state = ReaderState(document: document, width: 80, height: 24, language: language)
        ReaderFixture.apply([.startGoto] + input.map { .promptInsert($0) } + [.promptAccept], to: &state)
        return state
    }

    private func kind(_ state: ReaderState) -> NodeKind? {
        state.currentNode.map { state.document.nodes[$0].kind }
    }

    @Test(arguments: [UILanguage.english, .chinese])
    func thePreambleAndTheClosingByTheirNames(language: UILanguage) {
        for input in ["Preamble", "preamble", "开篇"] {
            let state = go(input, in: speech, language: language)
            #expect(kind(state) == .preamble, "\(input)")
            #expect(state.message == nil, "\(input)")
        }
        for input in ["Closing", "结语"] {
            #expect(kind(go(input, in: speech, language: language)) == .closing, "\(input)")
        }
    }

    @Test(arguments: [UILanguage.english, .chinese])
    func theLostHeadingByItsName(language: UILanguage) {
        for input in ["(heading lost in the gap)", "heading lost in the gap", "（标题缺失）", "(标题缺失)", "标题缺失"] {
            let state = go(input, in: speech, language: language)
            let node = state.currentNode.map { speech.nodes[$0] }
            #expect(node?.path == "2", "\(input)")
            #expect(node?.isUntitled == true, "\(input)")
        }
    }

    @Test(arguments: [UILanguage.english, .chinese])
    func theElisionByItsNameAndItsOutlineLabel(language: UILanguage) {
        for input in ["Elided text", "省略部分", "⋯ 8274 字已省略", "⋯ 8274 chars elided"] {
            #expect(kind(go(input, in: speech, language: language)) == .gap, "\(input)")
        }
    }

    @Test(arguments: [UILanguage.english, .chinese])
    func theTitleByItsName(language: UILanguage) {
        let body = "我们坚持稳中求进工作总基调，全市经济运行稳中有进。"
        let document = Document(parsing: "东川市政府工作报告\n一、回顾\n\(body)\n二、安排\n\(body)\n")
        for input in ["Title", "标题"] {
            var state = go("2", in: document, language: language)
            ReaderFixture.apply([.startGoto] + input.map { .promptInsert($0) } + [.promptAccept], to: &state)
            #expect(kind(state) == .title, "\(input)")
        }
    }

    @Test func aNameNoNodeHasSaysSo() {
        let body = "我们坚持稳中求进工作总基调，全市经济运行稳中有进。"
        let document = Document(parsing: "一、回顾\n\(body)\n二、安排\n\(body)\n")
        let state = go("（标题缺失）", in: document, language: .chinese)
        #expect(state.message != nil)
        #expect(state.mode == .normal)
    }
}
