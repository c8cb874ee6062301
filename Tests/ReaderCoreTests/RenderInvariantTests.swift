import Annotations
import SpeechParser
import Testing

@testable import ReaderCore

/// Properties every frame must have, at many sizes: whole wide characters, nothing past the
/// right edge, text rows that show exactly their source, a sensible fallback when tiny.
@Suite("Render invariants")
struct RenderInvariantTests {
    static let widths = Array(stride(from: 21, through: 101, by: 4)) + [59, 60, 61]

    /// States worth drawing: the start, a jump into the middle, the end, the outline, help, a search.
    private func states(width: Int, height: Int) -> [ReaderState] {
        let scripts: [[InputEvent]] = [
            [], ReaderFixture.keys(":2.2") + [.key(.enter)], ReaderFixture.keys("G"),
            [.key(.tab)] + ReaderFixture.keys("jjz"), ReaderFixture.keys("?j"), ReaderFixture.keys("/政绩观")
        ]
        return scripts.map { keys in
            var state = ReaderFixture.state(width: width, height: height)
            ReaderFixture.press(keys, on: &state)
            return state
        }
    }

    @Test(arguments: widths)
    func wideCharactersAreNeverBrokenAndNothingPassesTheEdge(width: Int) {
        for height in [6, 13, 24] {
            for state in states(width: width, height: height) {
                let frame = Renderer.render(state)
                #expect(frame.width == width && frame.height == height)
                #expect(RenderProbe.wideCharactersAreWhole(frame), "\(width)x\(height) \(state.mode)")
            }
        }
    }

    @Test(arguments: widths)
    func textRowsShowExactlyTheirSource(width: Int) throws {
        var state = ReaderFixture.state(width: width, height: 30)
        for _ in 0..<4 {
            let frame = Renderer.render(state)
            let pane = try #require(state.geometry.text, "no text pane at width \(width)")
            var layout = state.makeLayout()
            for (row, line) in layout.lines(fromLineStart: state.top, count: state.geometry.paneRows).enumerated() {
                guard line.kind == .text || line.kind == .heading(level: 1) || line.kind == .heading(level: 2) else {
                    continue
                }
                var shown = ""
                for cell in frame.cells(inRow: row).dropFirst(pane.x + line.indent) {
                    shown += cell.text ?? ""
                }
                while shown.unicodeScalars.last == " " { shown.unicodeScalars.removeLast() }
                let source = String(state.document.substring(line.range))
                #expect(shown == source, "row \(row) at width \(width)")
            }
            ReaderReducer.reduce(&state, .scroll(.pages(1)))
        }
    }

    @Test func theStatusAndPromptLinesAreAlwaysTheLastTwoRows() {
        for height in 6...12 {
            let frame = Renderer.render(ReaderFixture.state(width: 40, height: height))
            #expect(frame.lines()[height - 2].hasPrefix(" 正文 "))
            #expect(frame.lines()[height - 1].hasPrefix("? 帮助"))
        }
    }

    @Test(arguments: [(19, 24), (80, 5), (1, 1), (0, 0), (19, 5), (5, 30)])
    func tooSmallShowsOnlyTheMessage(width: Int, height: Int) {
        let frame = Renderer.render(ReaderFixture.state(width: width, height: height, language: .english))
        let text = frame.lines().joined()
        #expect(frame.width == width && frame.height == height)
        #expect(RenderProbe.wideCharactersAreWhole(frame))
        if width >= 5 { #expect(text.hasPrefix("Small") || text.contains("small")) }
        #expect(!text.contains(Vocabulary.english.preamble))
    }

    @Test func theOutlineFollowsTheReaderDownTheDocument() {
        var state = ReaderFixture.state(width: 80, height: 10)
        for _ in 0..<40 {
            ReaderReducer.reduce(&state, .scroll(.pages(1)))
            let frame = Renderer.render(state)
            let current = (0..<8).filter { RenderProbe.styles(frame, row: $0, from: 0, to: 26).contains("O") }
            #expect(current.count == 1, "the current node is visible at top \(state.top)")
        }
    }

    @Test func controlCharactersNeverReachTheFrame() {
        let document = Document(parsing: "一、标题\u{1B}[2J\n正文\u{7}响铃\t制表\u{202E}反转。")
        var state = ReaderState(document: document, width: 40, height: 8, language: .english)
        ReaderReducer.reduce(&state, .scroll(.rows(0)))
        let frame = Renderer.render(state)
        for cell in frame.cells {
            #expect(
                !(cell.text ?? "").unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x202E }
            )
        }
        #expect(frame.text.contains("一、标题^[[2J"))
        #expect(frame.text.contains("正文^G响铃  制表U+202E反转。"))
    }
}
