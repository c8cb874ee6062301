import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The reader follows its file: an editor that saves by writing a new file and renaming it over
/// the old one is seen without restarting the reader.
@Suite("Reader follows its file in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderReloadEndToEndTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "speechreader-reload-\(UUID().uuidString)")

    func statusLine(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.count >= 2 ? String(rows[rows.count - 2]) : ""
    }

    @Test func aFileReplacedByRenameIsReloadedInPlace() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("draft.txt")
        let original = try Data(contentsOf: Repository.bundledSpeech)
        try original.write(to: file)
        let session = try TmuxSession.speechreader(
            [file.path], width: 100, height: 30,
            environment: ["SPEECHREADER_STORE": directory.appendingPathComponent("store").path],
            unsetting: ["NO_COLOR"])
        try session.waitFor("今天,我们召开")

        // Save as editors do: a new file beside it, renamed over the old one.
        let paragraph = "新加的第一段：这一段是重新载入时加上的。\n"
        let temporary = directory.appendingPathComponent(".draft.txt.swp")
        try (Data(paragraph.utf8) + original).write(to: temporary)
        let renamed = ContinuousClock.now
        #expect(rename(temporary.path, file.path) == 0)
        try session.waitFor("the reload's summary", timeout: .seconds(5)) {
            statusLine($0).contains("reloaded: 1 section changed")
        }
        let latency = ContinuousClock.now - renamed
        print("reload seen on screen \(latency) after the rename")
        #expect(latency < .seconds(2))

        // The view stayed where it was; the new paragraph is above it.
        try session.sendKeys("g")
        let screen = try session.waitFor("新加的第一段")
        #expect(screen.contains("今天,我们召开"))

        // `D` lists the changed entry; a file that disappears keeps the loaded text.
        try session.sendKeys("D")
        try session.waitFor("Changed since opened (1)")
        try session.sendKeys("Escape")
        try FileManager.default.removeItem(at: file)
        let gone = try session.waitFor("the missing-file notice") { statusLine($0).contains("The file is gone") }
        #expect(gone.contains("新加的第一段"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
