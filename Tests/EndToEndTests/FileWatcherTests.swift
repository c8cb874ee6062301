import Foundation
import ReaderSession
import SpeechParser
import Testing

@testable import speechreader

/// The file watcher without a reader: it sets up its watch at the first poll (after the first
/// frame), so what happens to the file before then must still be reported.
@Suite("File watcher")
struct FileWatcherTests {
    private let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("speechreader-watch-\(UUID().uuidString)")

    private func file(_ text: String) throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("draft.txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Polls `watcher` (as the run loop does at its wake-ups) until it reports, or for `seconds`.
    private func firstEvent(_ watcher: FileWatcher, seconds: Double = 3) -> DocumentWatchEvent? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let event = watcher.poll() { return event }
            usleep(20_000)
        }
        return nil
    }

    @Test("a change made between loading and the first poll is reported")
    func changeBeforeTheWatchStarts() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try file("一、总体要求\n原来的一句话。\n")
        let watcher = FileWatcher(path: path, document: Document(parsing: "一、总体要求\n原来的一句话。\n"))
        try Data("一、总体要求\n改过的一句话，长了一些。\n".utf8).write(to: URL(fileURLWithPath: path))
        guard case .changed(let document) = firstEvent(watcher) else {
            Issue.record("the change was not reported")
            return
        }
        #expect(document.text.contains("改过的一句话"))
    }

    @Test("a write after the watch started is reported once; an untouched file reports nothing")
    func changeAfterTheWatchStarted() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = "一、总体要求\n原来的一句话。\n"
        let path = try file(text)
        let watcher = FileWatcher(path: path, document: Document(parsing: text))
        #expect(firstEvent(watcher, seconds: 0.3) == nil)
        try Data("一、总体要求\n又改了。\n".utf8).write(to: URL(fileURLWithPath: path))
        guard case .changed(let document) = firstEvent(watcher) else {
            Issue.record("the change was not reported")
            return
        }
        #expect(document.text.contains("又改了"))
        #expect(firstEvent(watcher, seconds: 0.3) == nil)
    }
}
