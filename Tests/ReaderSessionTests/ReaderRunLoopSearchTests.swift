import BundledSpeech
import ReaderSession
import SpeechParser
import Testing

@testable import ReaderCore

/// A search on a text longer than one slice, scanned while no key waits: the frames it draws.
@Suite("Run loop: a long search's frames")
struct ReaderRunLoopSearchTests {
    static let speech = String(decoding: BundledSpeech.bytes, as: UTF8.self)
    /// The speech repeated past five slices, so the scan takes six steps.
    static let large = Document(
        parsing: String(repeating: speech + "\n", count: ReaderReducer.searchSlice * 5 / speech.utf8.count + 2))

    @Test("while a search scans, a frame is drawn every few slices and when it ends, with the full count")
    func framesWhileScanning() throws {
        let slices = (Self.large.utf8Count + ReaderReducer.searchSlice - 1) / ReaderReducer.searchSlice
        #expect(slices == 6)
        // Two timeouts more than slices: the batch of typed keys ends on one, and one comes after
        // the scan is done (it draws nothing).
        let script: [TerminalInput] =
            [.key("/"), .key("溯"), .key("源")] + Array(repeating: .timeout, count: slices + 2)
            + [.event(.key(.escape)), .key("q")]
        let terminal = FakeTerminal(script: script)
        var loop = ReaderRunLoop(
            state: ReaderState(document: Self.large, width: 120, height: 8, language: .english), terminal: terminal,
            store: FakeStore(), editor: FakeEditor(.success("")), checker: ImmediateChecker { _ in [] })
        _ = loop.run()
        let total = TextSearch.matches(of: "溯源", in: Self.large.text).count
        let statusLines = terminal.frames.filter { $0.text.hasSuffix("/溯源") }.map { frame in
            String(frame.text.split(separator: "\n").dropLast().last ?? "")
        }
        // The query echoed (`-/0…`), one frame after the fourth slice (`1/k…`), and the last one
        // with the full count: three frames for six slices, not seven.
        #expect(statusLines.count == 1 + slices / ReaderRunLoop.slicesPerFrame + 1, "\(statusLines)")
        #expect(statusLines.count < slices)
        #expect(statusLines.dropLast().allSatisfy { $0.contains("…") }, "\(statusLines)")
        #expect(statusLines.last?.contains("1/\(total) ") == true, "\(statusLines)")
    }
}
